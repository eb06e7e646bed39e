// The embedded store: one named graph per article on disk; loading again replaces, a failed or interrupted
// load changes nothing, concurrent loads do not corrupt it, removal by name; RDF files of every kind.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, listGraphs, load, query, removeArticles, storeStats } from '../../src/index.js';
import { withLock } from '../../src/store/lock.js';
import { ParleyError } from '../../src/errors.js';
import { tempDirs } from '../helpers/tmp.js';
import { ROOT, SEED, SEED_GRAPH, SEEDS, column, parley, rowsOf } from './helpers.js';

const tempDir = tempDirs();

const COUNT = 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g';

/** A folder of `n` copies of the seed, as articles named a0.txt, a1.txt, ... */
function seedCopies(n: number, prefix = 'a'): string {
  const dir = tempDir();
  for (let i = 0; i < n; i++) copyFileSync(SEED, path.join(dir, `${prefix}${i}.txt`));
  return dir;
}

/** Every file under a store folder, relative, sorted. */
const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe('loading the seed', () => {
  it('twice leaves exactly one copy of its graph', async () => {
    const store = tempDir();
    const first = await load([SEEDS], { store });
    expect(first.committed).toBe(true);
    const once = rowsOf(await query(COUNT, { store }));
    await load([SEEDS], { store });
    const twice = rowsOf(await query(COUNT, { store }));
    expect(twice).toEqual(once);
    expect(once).toEqual([{ g: SEED_GRAPH, n: String(first.files[0]!.ok && first.files[0]!.triples) }]);
    expect(filesIn(store).filter((f) => f.startsWith('graphs/'))).toHaveLength(1);
    expect(filesIn(store).filter((f) => !f.startsWith('graphs/'))).toEqual(['parley-store.json']);
    expect(await storeStats(store)).toMatchObject({ graphs: 1, triples: Number(once[0]!.n) });
  });

  it('gives the same triples as `parley build`', async () => {
    const store = tempDir();
    const out = tempDir();
    const [built] = await build([SEED], { outDir: out, format: 'nquads' });
    await load([SEED], { store });
    const manifest = JSON.parse(readFileSync(path.join(store, 'parley-store.json'), 'utf8')) as { graphs: Record<string, { file: string }> };
    const stored = readFileSync(path.join(store, manifest.graphs[SEED_GRAPH]!.file), 'utf8');
    expect(built?.ok).toBe(true);
    expect(new Set(stored.split('\n'))).toEqual(new Set(readFileSync(built!.ok ? built!.output : '', 'utf8').split('\n')));
  });
});

describe('replacing and removing', () => {
  it('replaces an article\'s graph when it is loaded again, leaving nothing of the old one', async () => {
    const store = tempDir();
    const before = tempDir();
    const after = tempDir();
    writeFileSync(path.join(before, 'story.txt'), 'Foreign Minister Jane Doe said on Monday that the talks would resume.');
    writeFileSync(path.join(after, 'story.txt'), 'Prime Minister John Roe said on Tuesday that the border would stay closed.');
    await load([before], { store, date: '2025-03-07' });
    await load([after], { store, date: '2025-03-07' });
    const contents = column(await query('SELECT ?c WHERE { ?s a <https://w3id.org/parley/ontology#Statement> ; <https://w3id.org/parley/ontology#content> ?c }', { store }), 'c');
    expect(contents).toEqual(['the border would stay closed']);
    expect(column(await query('SELECT DISTINCT ?n WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?n }', { store }), 'n')).not.toContain('Jane Doe');
  });

  it('removes by article name, file or graph IRI, and says so when there is no such article', async () => {
    const store = tempDir();
    await load([seedCopies(3)], { store });
    const graphs = (await listGraphs(store)).map((g) => g.graph);
    expect(graphs).toHaveLength(3);
    expect(await removeArticles(store, ['a0'])).toEqual([graphs.find((g) => g.endsWith('/a0'))]);
    expect(await removeArticles(store, [path.join('somewhere', 'a1.txt')])).toEqual([graphs.find((g) => g.endsWith('/a1'))]);
    expect(await removeArticles(store, [graphs.find((g) => g.endsWith('/a2'))!])).toHaveLength(1);
    expect(await listGraphs(store)).toEqual([]);
    expect(filesIn(path.join(store, 'graphs'))).toEqual([]);
    await expect(removeArticles(store, ['a0'])).rejects.toThrow(/no graph for "a0"/);
  });
});

describe('a load that fails', () => {
  it('on a bad input changes nothing, and names every bad file', async () => {
    const store = tempDir();
    await load([SEEDS], { store });
    const manifest = readFileSync(path.join(store, 'parley-store.json'), 'utf8');
    const files = filesIn(store);
    const inputs = seedCopies(2);
    writeFileSync(path.join(inputs, 'broken.nq'), '<urn:a> <urn:b> "unterminated .\n');
    writeFileSync(path.join(inputs, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const errors: string[] = [];
    const result = await load([inputs], { store, onFile: (r) => { if (!r.ok) errors.push(r.error); } });
    expect(result.committed).toBe(false);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/binary\.txt: binary data/);
    expect(errors[1]).toMatch(/broken\.nq: not valid N-Quads/);
    expect(readFileSync(path.join(store, 'parley-store.json'), 'utf8')).toBe(manifest);
    expect(filesIn(store)).toEqual(files);
  });

  it('when the process is killed half-way leaves the store as it was; the next load tidies up', async () => {
    const store = tempDir();
    await load([SEEDS], { store });
    const manifest = readFileSync(path.join(store, 'parley-store.json'), 'utf8');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), 'load', seedCopies(60), '--store', store], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const staging = path.join(store, 'staging');
    for (let i = 0; i < 600 && !(existsSync(staging) && readdirSync(staging).some((d) => readdirSync(path.join(staging, d)).length > 3)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(path.join(store, 'parley-store.json'), 'utf8')).toBe(manifest);
    expect(column(await query(COUNT, { store }), 'g')).toEqual([SEED_GRAPH]);
    await load([SEEDS], { store });
    expect(readdirSync(staging)).toEqual([]);
  }, 60_000);
});

describe('two loads at once', () => {
  it('both land, in a store that stays whole', async () => {
    const store = tempDir();
    const run = (dir: string) => parley(['load', dir, '--store', store, '-q']);
    const [a, b] = await Promise.all([run(seedCopies(6, 'x')), run(seedCopies(6, 'y'))]);
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);
    const graphs = (await listGraphs(store)).map((g) => g.graph.slice(g.graph.lastIndexOf('/') + 1)).sort();
    expect(graphs).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'y0', 'y1', 'y2', 'y3', 'y4', 'y5']);
    expect(filesIn(path.join(store, 'graphs'))).toHaveLength(12);
    expect(existsSync(path.join(store, 'lock'))).toBe(false);
  }, 60_000);

  it('wait for the lock, and break one left by a dead process', async () => {
    const store = tempDir();
    await load([SEEDS], { store });
    const error = await withLock(store, 'test', () => withLock(store, 'second', async () => 'never', { waitMs: 300 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParleyError);
    expect((error as Error).message).toMatch(/locked by process \d+ on .* \(test, since .*\); wait for it to finish, or delete .*lock/);
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    writeFileSync(path.join(store, 'lock'), JSON.stringify({ pid: dead.pid, host: (await import('node:os')).hostname(), since: 'then', what: 'crashed' }));
    expect((await load([SEEDS], { store })).committed).toBe(true);
  });
});

describe('RDF inputs', () => {
  it('puts Turtle and JSON-LD from `parley build` in their article\'s graph', async () => {
    const out = tempDir();
    await build([SEED], { outDir: out, format: 'turtle' });
    await build([SEED], { outDir: out, format: 'jsonld' });
    const ttl = tempDir();
    const jsonld = tempDir();
    await load([path.join(out, '000_81ed9d07d236dca6.ttl')], { store: ttl });
    await load([path.join(out, '000_81ed9d07d236dca6.jsonld')], { store: jsonld });
    const fromTtl = rowsOf(await query(COUNT, { store: ttl }));
    expect(fromTtl.map((r) => r.g)).toEqual([SEED_GRAPH]);
    expect(rowsOf(await query(COUNT, { store: jsonld }))).toEqual(fromTtl);
  });

  it('keeps the named graphs of TriG, names other data by its file, and keeps blank nodes of two files apart', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'two.trig'), '<urn:g1> { <urn:a> <urn:p> "1" } <urn:g2> { <urn:b> <urn:p> "2" . <urn:b> <urn:p> "3" }');
    writeFileSync(path.join(dir, 'one.ttl'), '_:x <urn:p> "one" .');
    writeFileSync(path.join(dir, 'other.nt'), '_:x <urn:p> "other" .\n');
    const store = tempDir();
    await load([dir], { store });
    const counts = Object.fromEntries(rowsOf(await query(COUNT, { store })).map((r) => [r.g, r.n]));
    expect(counts).toEqual({
      'urn:g1': '1', 'urn:g2': '2',
      [pathToFileURL(path.join(dir, 'one.ttl')).href]: '1', [pathToFileURL(path.join(dir, 'other.nt')).href]: '1',
    });
    expect(column(await query('SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x <urn:p> ?v FILTER isBlank(?x) }', { store }), 'n')).toEqual(['2']);
  });

  it('refuses a folder that holds something other than a store', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    await expect(load([SEEDS], { store: dir })).rejects.toThrow(/not empty and not a parley store/);
    await expect(query('SELECT * WHERE { ?s ?p ?o }', { store: path.join(dir, 'nothing') })).rejects.toThrow(/no parley store here; load articles first/);
  });
});
