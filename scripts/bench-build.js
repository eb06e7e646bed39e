#!/usr/bin/env node
// `npm run bench:build` (not a test): parley build on a generated corpus.
//  0. a warm-up build (to count each article's triples and warm the file cache), not reported;
//  1. a floor, measured in this run on one thread, before and after the builds: reading every file, the NLP library's tokenization
//     (wink-nlp with the sentence and part-of-speech passes parley uses), and n3 writing as many triples
//     as parley writes for that article, to a file;
//  2. `parley build` with --jobs 1 and with the default (one worker per core), each into a fresh folder:
//     articles/s, MB/s, triples/s, peak RSS, and the time as a ratio to the floor;
//  3. a rebuild with nothing changed (incremental: every input skipped), as a share of the first build;
//  4. whether the two builds wrote byte-identical files.
// Before each timed step the files written so far are flushed to disk (`sync`): otherwise a step pays for
// the write-back of the hundreds of megabytes the step before it wrote, and the order of the steps decides.
// The corpus: BENCH_ARTICLES articles (default 10,000) of 300 to 700 words from scripts/corpus.js.
// Usage: npm run bench:build   (BENCH_ARTICLES=2000 npm run bench:build for a quicker run)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { DataFactory, Writer } from 'n3';
import { writeCorpus } from './corpus.js';
import { PREFIXES } from '../dist/rdf/vocab.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'parley-bench-build-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const number = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes) => bytes / (1024 * 1024);

// --- corpus -----------------------------------------------------------------------------------------
const corpus = path.join(tmp, 'corpus');
const bytes = writeCorpus(corpus, ARTICLES, 1);
const files = readdirSync(corpus, { recursive: true }).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpus, f));
console.log(`corpus: ${number(files.length)} articles, ${number(mb(bytes), 1)} MB, in ${tmp}`);
console.log(`machine: ${os.cpus().length} cores, Node ${process.version}\n`);

// --- floor: read + tokenize + write as many triples -------------------------------------------------
const nlp = winkNLP(model, ['sbd', 'pos']);
/** Flushes what earlier steps wrote, so that the next timed step does not pay for it. */
const settle = () => execFileSync('sync');
const { namedNode, literal, quad } = DataFactory;
const type = namedNode(`${PREFIXES.rdf}type`);
const exact = namedNode('http://www.w3.org/ns/oa#exact');
const selector = namedNode('http://www.w3.org/ns/oa#TextPositionSelector');
/** One pass of the floor over the corpus, in seconds. */
function floorRun(triplesOf, label) {
  const floorOut = path.join(tmp, `floor-${label}`);
  execFileSync('mkdir', ['-p', floorOut]);
  settle();
  const started = performance.now();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const tokens = nlp.readDoc(text).tokens().out();
    const writer = new Writer({ prefixes: { ...PREFIXES } });
    const base = `https://w3id.org/parley/id/article/${path.basename(file, '.txt')}/span/`;
    const want = triplesOf.get(file) ?? 0;
    for (let i = 0; i < want; i++) {
      const subject = namedNode(`${base}${i >> 1}`);
      writer.addQuad(i % 2 ? quad(subject, exact, literal(tokens[i % tokens.length] ?? '')) : quad(subject, type, selector));
    }
    writer.end((error, turtle) => { if (error) throw error; writeFileSync(path.join(floorOut, `${path.basename(file, '.txt')}.ttl`), turtle); });
  }
  return (performance.now() - started) / 1000;
}

// --- parley builds ----------------------------------------------------------------------------------
function build(label, out, args) {
  const report = path.join(tmp, `${label}.json`);
  settle();
  const started = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), 'build', corpus, '-o', out, '--quiet', '--report', report, ...args], { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, report: JSON.parse(readFileSync(report, 'utf8')) };
}

// The floor runs before and after the builds (the machine's load may change meanwhile); their mean is the floor.
const warm = build('warm-up', path.join(tmp, 'out-0'), []);
const triplesOf = new Map(warm.report.files.map((f) => [f.input, f.triples ?? 0]));
const floorBefore = floorRun(triplesOf, 'before');
const one = build('jobs-1', path.join(tmp, 'out-1'), ['--jobs', '1']);
const all = build('jobs-default', path.join(tmp, 'out-n'), []);
const again = build('rebuild', path.join(tmp, 'out-n'), []);
const floorAfter = floorRun(triplesOf, 'after');
const floor = (floorBefore + floorAfter) / 2;

// --- report -----------------------------------------------------------------------------------------
const same = (() => {
  const a = path.join(tmp, 'out-1');
  const b = path.join(tmp, 'out-n');
  const names = readdirSync(a).filter((n) => n.endsWith('.ttl')).sort();
  return names.length === readdirSync(b).filter((n) => n.endsWith('.ttl')).length
    && names.every((n) => readFileSync(path.join(a, n)).equals(readFileSync(path.join(b, n))));
})();
const outputBytes = readdirSync(path.join(tmp, 'out-1')).reduce((n, f) => n + statSync(path.join(tmp, 'out-1', f)).size, 0);
const row = (label, seconds, run) => console.log(
  `${label.padEnd(24)} ${number(seconds, 2).padStart(7)} s ${number(files.length / seconds).padStart(7)} articles/s ${number(mb(bytes) / seconds, 2).padStart(6)} MB/s `
  + `${number(run ? run.report.triples / seconds : one.report.triples / seconds).padStart(10)} triples/s `
  + `${run ? number(mb(run.report.peakRssBytes)).padStart(5) + ' MB peak RSS' : number(mb(process.resourceUsage().maxRSS * 1024)).padStart(5) + ' MB peak RSS'}`
  + `${run ? `  ${number(seconds / floor, 2)}x the floor` : ''}`);
console.log(`${'run'.padEnd(24)} ${'time'.padStart(9)} ${'throughput'.padStart(18)}`);
row('floor (1 thread)', floor);
console.log(`  (floor before the builds ${number(floorBefore, 2)} s, after ${number(floorAfter, 2)} s)`);
row('parley --jobs 1', one.seconds, one);
row(`parley --jobs ${all.report.jobs} (default)`, all.seconds, all);
console.log(`\nrebuild, nothing changed: ${number(again.seconds, 2)} s = ${number((100 * again.seconds) / all.seconds, 1)}% of the first build (${number(again.report.unchanged)} of ${number(again.report.articles)} skipped)`);
console.log(`output: ${number(one.report.triples)} triples, ${number(one.report.statements)} statements, ${number(mb(outputBytes), 1)} MB of Turtle; --jobs 1 and --jobs ${all.report.jobs} byte-identical: ${same ? 'yes' : 'NO'}`);
console.log(`targets: ≥ 330 articles/s (${number(files.length / all.seconds)}), peak RSS < 1 GiB (${number(mb(all.report.peakRssBytes))} MB), ≤ 3x the floor (${number(one.seconds / floor, 2)}x with --jobs 1, ${number(all.seconds / floor, 2)}x with --jobs ${all.report.jobs}), rebuild < 10% (${number((100 * again.seconds) / all.seconds, 1)}%)`);
if (!same) process.exitCode = 1;
