// Queries with very many rows: `parley query` writes them as it reads them (memory grows with a fraction of
// the output, not many times it; the table works on a quarter of a million rows), `--limit` caps the rows
// and asks the store for no more (a query of 125 million rows answers at once), and an endpoint's rows are
// printed while its answer is still arriving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { load } from '../../src/index.js';
import { tempDirs } from '../helpers/tmp.js';
import { ROOT, injectFaults, parley } from './helpers.js';

const tempDir = tempDirs();
const SUBJECTS = 500;
const PAIRS = 'SELECT ?a ?b WHERE { ?a <https://example.org/test/p> ?x . ?b <https://example.org/test/p> ?y }';
const TRIPLETS = 'SELECT ?a ?b ?c WHERE { ?a <https://example.org/test/p> ?x . ?b <https://example.org/test/p> ?y . ?c <https://example.org/test/p> ?z }';

let store: string;
beforeAll(async () => {
  const dir = tempDir();
  let nquads = '';
  for (let i = 0; i < SUBJECTS; i++) nquads += `<https://example.org/generated/subject/${String(i).padStart(6, '0')}> <https://example.org/test/p> "value ${i}" <https://example.org/test/graph> .\n`;
  writeFileSync(path.join(dir, 'generated.nq'), nquads);
  store = path.join(tempDir(), 'store');
  await load([dir], { store });
});

/** A run of parley whose output is counted as it comes, not kept: lines, bytes, the head and the tail. */
function counted(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; lines: number; bytes: number; head: string; tail: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let bytes = 0;
    let head = '';
    let tail = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      bytes += chunk.length;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
      if (head.length < 1000) head += text.slice(0, 1000);
      tail = (tail + text).slice(-1000);
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.once('close', (code) => resolve({ code, lines, bytes, head, tail, stderr }));
  });
}

/** The peak resident memory, in kB, a run printed (tests/store/inject-faults.mjs). */
const peak = (stderr: string): number => Number(/maxRSS=(\d+)/.exec(stderr)?.[1]);

describe('a query of a quarter of a million rows', { timeout: 90_000 }, () => {
  it('is written out as it is read: memory grows by a fraction of the output; the table works too', async () => {
    const [tsv, limited, table] = await Promise.all([
      counted(['query', PAIRS, '--store', store, '--format', 'tsv'], injectFaults(undefined, true)),
      counted(['query', PAIRS, '--store', store, '--format', 'tsv', '--limit', '10'], injectFaults(undefined, true)),
      counted(['query', PAIRS, '--store', store]),
    ]);
    expect(tsv.code, tsv.stderr).toBe(0);
    expect(tsv.lines).toBe(SUBJECTS * SUBJECTS + 1);
    expect(tsv.head).toMatch(/^\?a\t\?b\n<https:\/\/example\.org\/generated\/subject\/\d{6}>\t<https:\/\/example\.org\/generated\/subject\/\d{6}>\n/);
    // oxigraph hands over its answer whole (compact TSV), so memory grows with the result; what parley adds
    // on top is a row at a time. Holding every row as objects, or the output as one string, costs far more.
    const grown = (peak(tsv.stderr) - peak(limited.stderr)) * 1024;
    expect(grown, `peak ${peak(tsv.stderr)} kB against ${peak(limited.stderr)} kB for ${tsv.bytes} bytes of output`).toBeLessThan(6 * tsv.bytes);
    expect(limited.lines).toBe(11);
    expect(limited.stderr).toMatch(/^parley: printed the first 10 rows \(--limit 10\); the query has more\n/);
    expect(table.code, table.stderr).toBe(0);
    expect(table.lines).toBe(SUBJECTS * SUBJECTS + 3);
    expect(table.head).toMatch(/^a {47}b\n-{46} {2}-{46}\n<https:\/\/example\.org\/generated\/subject\/\d{6}> {2}<https/);
    expect(table.tail).toMatch(/\n\(250000 rows\)\n$/);
  });

  it('with --limit asks the store for no more: 125 million rows, five printed, at once', async () => {
    const started = Date.now();
    const run = await parley(['query', TRIPLETS, '--store', store, '--format', 'csv', '--limit', '5']);
    expect([run.code, run.stdout.split('\r\n').length]).toEqual([0, 7]);
    expect(run.stderr).toBe('parley: printed the first 5 rows (--limit 5); the query has more\n');
    expect(Date.now() - started).toBeLessThan(30_000);
    const table = await parley(['query', PAIRS, '--store', store, '--limit', '3']);
    expect(table.stdout).toMatch(/\n\(3 rows shown; the query has more, --limit 3\)\n$/);
  });
});

describe('an endpoint\'s answer', { timeout: 60_000 }, () => {
  const servers: http.Server[] = [];
  afterAll(() => { for (const server of servers) { server.closeAllConnections(); server.close(); } });

  it('is printed while it is still arriving', async () => {
    let seen: () => void = () => {};
    const printed = new Promise<boolean>((resolve) => { seen = () => resolve(true); setTimeout(() => resolve(false), 20_000).unref(); });
    let printedBeforeTheEnd: boolean | undefined;
    const row = (i: number): string => `${i ? ',' : ''}{"n":{"type":"literal","value":"row ${i}"}}`;
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/sparql-results+json' });
      response.write(`{"head":{"vars":["n"]},"results":{"bindings":[${Array.from({ length: 1000 }, (_, i) => row(i)).join('')}`);
      // The rest only once the first thousand rows are out (or 20 s have gone by).
      void printed.then((before) => {
        printedBeforeTheEnd = before;
        response.end(`${Array.from({ length: 1000 }, (_, i) => row(1000 + i)).join('')}]}}`);
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), 'query', 'SELECT ?n WHERE { ?s ?p ?n }', '--endpoint', `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`, '--format', 'csv'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); if (out.includes('row 999\r\n')) seen(); });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(printedBeforeTheEnd).toBe(true);
    expect(code).toBe(0);
    expect(out.split('\r\n')).toHaveLength(2002);
  });
});
