#!/usr/bin/env node
// `npm run fuzz` (not a test): the property checks of scripts/fuzz-properties.js on many generated
// articles, over the built library (dist/). Every article is annotated, written as Turtle, parsed back,
// and its spans and statements checked; SHACL validation and the other formats run on a sample.
// Usage: npm run fuzz -- [--runs N] [--seed S] [--validate-every K] [--formats-every K]
//   --runs            articles to generate (default 10000)
//   --seed            fast-check seed (default 20250306): the same seed generates the same articles
//   --validate-every  validate every K-th article against the SHACL shapes (default 1: all of them)
//   --formats-every   for every K-th article, write and read back JSON-LD, N-Quads and TriG, and build it
//                     from a file as well (default 10)
// Prints the seed, the runs and what was checked; on a failure, the shrunk counterexample, and exits 1.
// 10,000 runs took 7.5 minutes on a shared 2-core machine with every article validated, 4.5 with one in
// four (validation is the larger part of a run). Long lines go up to 150 copies of a paragraph (12,000 to
// 45,000 characters on one line); the pipeline's time grows faster than their length.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { annotate, build, toQuads, serialize, validate, formatReport } from '../dist/index.js';
import { articleText, checkArticle, checkBuild, tally } from './fuzz-properties.js';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < (name === 'seed' ? -(2 ** 31) : 1)) {
    console.error(`fuzz: --${name} expects a whole number${name === 'seed' ? '' : ' above 0'}`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 10_000);
const seed = option('seed', 20250306);
const validateEvery = option('validate-every', 1);
const formatsEvery = option('formats-every', 10);

const parley = { annotate, build, toQuads, serialize, validate, formatReport };
const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-fuzz-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const { totals, add } = tally();
let generated = 0;
let validated = 0;
let formatted = 0;
let slowest = { ms: 0, length: 0 };
const started = performance.now();

const share = (k) => (k === 1 ? 'every article' : `one article in ${k}`);
console.log(`fuzz: seed ${seed}, ${runs} runs (SHACL on ${share(validateEvery)}, the other formats and a build from a file on ${share(formatsEvery)})`);
const details = await fc.check(
  fc.asyncProperty(articleText({ maxRepeat: 150 }), async (text) => {
    const n = generated++;
    const shacl = n % validateEvery === 0;
    const formats = n % formatsEvery === 0;
    const t = performance.now();
    const counts = await checkArticle(parley, text, { shacl, formats });
    if (formats) await checkBuild(parley, text, dir);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, length: text.length };
    // Counts only while the search is still generating, not while it shrinks a counterexample.
    if (n < runs) {
      add(counts);
      if (shacl) validated++;
      if (formats) formatted++;
    }
    if (n > 0 && n % 1000 === 0 && n < runs) console.log(`fuzz: ${n} runs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }),
  { seed, numRuns: runs },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(`fuzz: ${details.numRuns} runs in ${seconds} s; checked ${totals.statements} statements, ${totals.proposals} proposals, ` +
  `${totals.positions} positions, ${totals.actors} actors, ${totals.spans} spans, ${totals.triples} triples ` +
  `(${totals.hostile} literals with characters to escape); SHACL on ${validated} articles, the other formats and a build from a file on ${formatted}`);
console.log(`fuzz: slowest article ${slowest.ms.toFixed(0)} ms (${slowest.length} UTF-16 code units)`);
if (details.failed) {
  console.error(`fuzz: FAILED after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath}, ${details.numShrinks} shrinks)`);
  console.error(`fuzz: counterexample: ${JSON.stringify(details.counterexample?.[0])}`);
  console.error(`fuzz: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  console.error(`fuzz: replay with: npm run fuzz -- --seed ${details.seed} --runs ${runs}`);
  process.exit(1);
}
console.log('fuzz: no counterexample');
