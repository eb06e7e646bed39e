#!/usr/bin/env node
// `npm run bench` (not a test): the embedded store on about a million triples.
//  1. load throughput of `parley load` into the embedded store, next to oxigraph's own Store.load of the
//     same N-Quads in the same run (target: at least 70% of it);
//  2. cold start of `parley query` (a new process reading the store) on that store;
//  3. median latency of each named query on it, with its documented example parameters (target: < 100 ms).
// The data: the seed and the shared development corpora (../shared, if present) built by parley, copied
// under new article IRIs until there are BENCH_TRIPLES triples (default 1,000,000).
// Usage: npm run bench   (BENCH_TRIPLES=200000 BENCH_RUNS=3 npm run bench for a quicker or steadier run)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oxigraph from 'oxigraph';
import { build, load, namedQueries, openEngine, query } from '../dist/index.js';
import { exampleParams } from '../dist/query/named.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = process.env.PARLEY_SHARED ?? path.join(ROOT, '..', 'shared');
const TARGET = Number(process.env.BENCH_TRIPLES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const QUERY_RUNS = 15;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const seconds = (ms) => (ms / 1000).toFixed(2);
const rate = (triples, ms) => Math.round(triples / (ms / 1000)).toLocaleString('en-US');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const time = async (fn) => { const t = performance.now(); const value = await fn(); return { ms: performance.now() - t, value }; };

// --- data -------------------------------------------------------------------------------------------
const sources = [path.join(ROOT, 'seeds'), path.join(SHARED, 'corpus', 'diplomacy-dev'), path.join(SHARED, 'corpus', 'polnear-dev', 'data', 'dev', 'text')]
  .filter((dir) => existsSync(dir));
const built = path.join(tmp, 'built');
const { ms: buildMs, value: results } = await time(() => build(sources, { outDir: built, format: 'nquads' }));
const articles = results.filter((r) => r.ok).map((r) => ({ stem: path.basename(r.output, '.nq'), text: readFileSync(r.output, 'utf8') }));
const data = path.join(tmp, 'data');
mkdirSync(data);
let triples = 0;
let files = 0;
for (let copy = 0; triples < TARGET; copy++) {
  for (const { stem, text } of articles) {
    const renamed = text.split(`/article/${stem}`).join(`/article/${stem}-c${copy}`);
    writeFileSync(path.join(data, `${stem}-c${copy}.nq`), renamed);
    triples += renamed.split('\n').length - 1;
    files++;
    if (triples >= TARGET) break;
  }
}
console.log(`data: ${articles.length} articles built in ${seconds(buildMs)} s from ${sources.map((s) => path.relative(ROOT, s)).join(', ')};`);
console.log(`      copied into ${files} article graphs, ${triples.toLocaleString('en-US')} triples (N-Quads, one file per article)\n`);

// --- 1. load throughput -----------------------------------------------------------------------------
const texts = readdirSync(data).sort().map((f) => readFileSync(path.join(data, f), 'utf8'));
const raw = [];
const embedded = [];
let store = '';
for (let run = 0; run < RUNS; run++) {
  const { ms: rawMs, value: size } = await time(() => {
    const s = new oxigraph.Store();
    for (const text of texts) s.load(text, { format: 'application/n-quads' });
    const n = s.size;
    s.free();
    return n;
  });
  raw.push(rawMs);
  if (store) rmSync(store, { recursive: true, force: true });
  store = path.join(tmp, `store-${run}`);
  const { ms: loadMs, value: result } = await time(() => load([data], { store }));
  if (!result.committed) throw new Error('the benchmark load failed');
  embedded.push(loadMs);
  console.log(`run ${run + 1}: oxigraph Store.load ${seconds(rawMs)} s (${size.toLocaleString('en-US')} quads), parley load ${seconds(loadMs)} s`);
}
const bestRaw = Math.min(...raw);
const bestLoad = Math.min(...embedded);
const ratio = bestRaw / bestLoad;
console.log(`\nload throughput (best of ${RUNS}):`);
console.log(`  oxigraph Store.load (in memory)          ${rate(triples, bestRaw)} triples/s`);
console.log(`  parley load (embedded store, on disk)    ${rate(triples, bestLoad)} triples/s  = ${(ratio * 100).toFixed(0)}% of oxigraph  [target >= 70%: ${ratio >= 0.7 ? 'met' : 'NOT met'}]`);
console.log('  (parley load reads the files, parses and checks them, writes one file per graph with fsync and commits)');

// --- 2. cold start of `parley query` ----------------------------------------------------------------
const cold = [];
for (let run = 0; run < Math.max(RUNS, 2); run++) {
  const { ms } = await time(() => execFileSync(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), 'query', 'ASK { ?s ?p ?o }', '--store', store], { stdio: 'pipe' }));
  cold.push(ms);
}
console.log(`\ncold start of \`parley query\` on the ${triples.toLocaleString('en-US')}-triple store: ${seconds(median(cold))} s (median of ${cold.length}; a new process reads every graph file into oxigraph)`);

// --- 3. named queries -------------------------------------------------------------------------------
const { ms: openMs, value: engine } = await time(() => openEngine({ store }));
console.log(`\nnamed queries (store opened once in ${seconds(openMs)} s; median of ${QUERY_RUNS} runs after one warm-up):`);
let slowest = 0;
for (const q of await namedQueries()) {
  const example = q.examples.find((e) => e.includes('--param')) ?? q.examples[0] ?? '';
  const params = exampleParams(example);
  let rows = 0;
  const times = [];
  for (let run = 0; run <= QUERY_RUNS; run++) {
    const { ms, value } = await time(() => query(q.label, { engine, params }));
    rows = value.kind === 'bindings' ? value.rows.length : value.kind === 'quads' ? value.quads.length : 1;
    if (run > 0) times.push(ms);
  }
  const ms = median(times);
  slowest = Math.max(slowest, ms);
  const shown = Object.entries(params).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
  console.log(`  ${q.label.padEnd(24)} ${ms.toFixed(1).padStart(7)} ms  ${String(rows).padStart(6)} rows  ${shown}`);
}
console.log(`  slowest: ${slowest.toFixed(1)} ms  [target < 100 ms: ${slowest < 100 ? 'met' : 'NOT met'}]`);

// For scale, not a target: the actor queries for the actor who says the most in this store.
const busiest = await query('SELECT ?name (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <https://w3id.org/parley/ontology#speaker> ?a . ?a <http://www.w3.org/2000/01/rdf-schema#label> ?name } } GROUP BY ?name ORDER BY DESC(?n) LIMIT 1', { engine });
const name = busiest.rows[0]?.get('name')?.value;
if (name) {
  console.log(`\nthe same for the most quoted actor, ${JSON.stringify(name)} (for scale):`);
  for (const [label, param] of [['statements-by-actor', 'actor'], ['timeline', 'actor'], ['said-about', 'about']]) {
    const times = [];
    let rows = 0;
    for (let run = 0; run <= 5; run++) {
      const { ms, value } = await time(() => query(label, { engine, params: { [param]: name } }));
      rows = value.rows.length;
      if (run > 0) times.push(ms);
    }
    console.log(`  ${label.padEnd(24)} ${median(times).toFixed(1).padStart(7)} ms  ${String(rows).padStart(6)} rows`);
  }
}
