// A remote store that misbehaves: drops the connection, answers 500, or never answers. Loads and queries
// retry, then fail with one line naming the URL and the cause; a load that fails part-way reports exactly
// the graphs the store took (the Graph Store Protocol has no transaction across graphs), never more.
import { afterAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { load, query, streamQuery, writeResult, type LoadResult } from '../../src/index.js';
import { tempDirs } from '../helpers/tmp.js';
import { NO_STACK, graphFiles, parley } from './helpers.js';

const tempDir = tempDirs();

type Fault = 'drop' | '500' | 'hang';

/**
 * A Graph Store Protocol service and SPARQL endpoint that misbehaves (`fault`) on the first `times`
 * requests for the graphs in `bad` (and, for queries, on the first `times` queries); it keeps the graphs
 * it answered 2xx for, and counts every request.
 */
async function flakyStore(fault: Fault, bad: readonly string[], times = Infinity) {
  const stored = new Map<string, string>();
  const requests = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const key = url.searchParams.get('graph') ?? 'query';
      const seen = (requests.get(key) ?? 0) + 1;
      requests.set(key, seen);
      if ((key === 'query' || bad.includes(key)) && seen <= times) {
        if (fault === 'drop') request.socket.destroy();
        else if (fault === '500') response.writeHead(500, { 'content-type': 'text/plain' }).end('the database is on fire');
        return; // 'hang': never answers
      }
      if (key === 'query') {
        response.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end('{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"7"}}]}}');
        return;
      }
      stored.set(key, Buffer.concat(chunks).toString('utf8'));
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { graphStore: `${base}/store`, endpoint: `${base}/sparql`, stored, requests };
}

const servers: http.Server[] = [];
afterAll(() => { for (const server of servers) { server.closeAllConnections(); server.close(); } });

const http_ = { retries: 2, backoffMs: () => 0, timeoutMs: 300 };
const GRAPH = (i: number): string => `https://example.org/test/graph/${i}`;
const FAULTS: readonly Fault[] = ['drop', '500', 'hang'];
const CAUSE: Readonly<Record<Fault, RegExp>> = {
  drop: /: cannot reach the store \(the connection was dropped[^)]*\) after 3 attempt\(s\); check that it is running and the URL is right$/,
  500: /: HTTP 500 \(the database is on fire\): the store failed 3 time\(s\); see its log$/,
  hang: /: cannot reach the store \(timed out after 0\.3 s\) after 3 attempt\(s\); check that it is running and the URL is right$/,
};

function inputs(): string {
  const dir = path.join(tempDir(), 'in');
  graphFiles(dir, 5, 20, 'remote');
  return dir;
}

describe('loading into a store that misbehaves', () => {
  it.each(FAULTS)('%s twice, then takes the graph: retried, and everything is loaded', async (fault) => {
    const store = await flakyStore(fault, [GRAPH(2)], 2);
    const result = await load([inputs()], { graphStore: store.graphStore, http: http_ });
    expect(result.committed).toBe(true);
    expect(result.stored).toEqual([0, 1, 2, 3, 4].map(GRAPH));
    expect([...store.stored.keys()].sort()).toEqual([0, 1, 2, 3, 4].map(GRAPH));
    expect(store.requests.get(GRAPH(2))).toBe(3);
    expect(store.stored.get(GRAPH(2))!.trim().split('\n')).toHaveLength(20);
  });

  it.each(FAULTS)('%s for good on the third graph: one clear error, and only the two graphs stored are reported', async (fault) => {
    const store = await flakyStore(fault, [GRAPH(2)]);
    const result: LoadResult = await load([inputs()], { graphStore: store.graphStore, http: http_ });
    expect(result.committed).toBe(false);
    expect(result.stored).toEqual([GRAPH(0), GRAPH(1)]);
    expect([...store.stored.keys()]).toEqual(result.stored);
    expect(result.error).toMatch(new RegExp(`^${store.graphStore.replace(/[.?]/g, '\\$&')}\\?graph=https%3A%2F%2Fexample\\.org%2Ftest%2Fgraph%2F2${CAUSE[fault].source}`));
    expect(result.files.filter((f) => f.ok).map((f) => path.basename(f.input))).toEqual(['g0.nq', 'g1.nq']);
    expect(result.files.filter((f) => !f.ok).map((f) => !f.ok && f.error)).toEqual(['g2.nq', 'g3.nq', 'g4.nq'].map((f) => expect.stringMatching(new RegExp(`${f}: not loaded: the store failed before taking its graph$`))));
    expect(store.requests.get(GRAPH(2))).toBe(3);
    expect(store.requests.has(GRAPH(3))).toBe(false);
  });

  it('from the command line: the error, then what was loaded, and exit 2', async () => {
    const store = await flakyStore('500', [GRAPH(2)]);
    const run = await parley(['load', inputs(), '--graph-store', store.graphStore, '--timeout', '5']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^parley: http:\/\/127\.0\.0\.1:\d+\/store\?graph=.*graph%2F2: HTTP 500 \(the database is on fire\): the store failed 4 time\(s\); see its log$/);
    expect(lines[1]).toMatch(/^parley: loaded only 2 of 5 input\(s\) into http:\/\/127\.0\.0\.1:\d+\/store before it failed \(2 graph\(s\), 40 triples\); the others were not loaded$/);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect([...store.stored.keys()]).toEqual([GRAPH(0), GRAPH(1)]);
  }, 60_000);

  it('that is down from the start: one error, nothing reported as loaded', async () => {
    const store = await flakyStore('drop', [GRAPH(0)]);
    await expect(load([inputs()], { graphStore: store.graphStore, http: http_ })).rejects.toThrow(CAUSE.drop);
    expect(store.stored.size).toBe(0);
  });
});

describe('querying an endpoint that misbehaves', () => {
  it.each(FAULTS)('%s twice: retried, and answered', async (fault) => {
    const store = await flakyStore(fault, [], 2);
    const result = await query('SELECT ?n WHERE { ?s ?p ?n }', { endpoint: store.endpoint, http: http_ });
    expect(result.kind === 'bindings' && result.rows.map((r) => r.get('n')!.value)).toEqual(['7']);
    expect(store.requests.get('query')).toBe(3);
  });

  it.each(FAULTS)('%s for good: retried, then one clear error', async (fault) => {
    const store = await flakyStore(fault, []);
    const error = await query('SELECT ?n WHERE { ?s ?p ?n }', { endpoint: store.endpoint, http: http_ }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/sparql${CAUSE[fault].source}`));
    expect(store.requests.get('query')).toBe(3);
  });

  it('that breaks off in the middle of its answer: the rows read are written, then an error says it broke off', async () => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/sparql-results+json' });
      response.write('{"head":{"vars":["n"]},"results":{"bindings":[');
      response.write(Array.from({ length: 3 }, (_, i) => `{"n":{"type":"literal","value":"${i}"}}`).join(',') + ',{"n":{"type":"lit');
      setTimeout(() => response.socket?.destroy(), 50);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
    const result = await streamQuery('SELECT ?n WHERE { ?s ?p ?n }', { endpoint, http: http_ });
    let out = '';
    const error = await writeResult(result, 'csv', { write: (chunk) => { out += chunk; return true; } }).catch((e: Error) => e);
    expect(out).toBe('n\r\n0\r\n1\r\n2\r\n');
    expect((error as Error).message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql: the answer broke off \(the connection was dropped[^)]*\); what was printed is incomplete$/);
  });
});
