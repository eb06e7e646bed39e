// `parley serve`: a SPARQL 1.1 Protocol endpoint over the embedded store. Queries by GET or POST, results as
// JSON, CSV, TSV or XML (Turtle, N-Triples, RDF/XML or JSON-LD for graphs) by the Accept header; bound to
// 127.0.0.1 and read-only unless asked otherwise. A load or removal by another process is picked up at the
// next request; an update (with --allow-update) is written back to the store's files.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import * as oxigraph from 'oxigraph';
import { ParleyError, isParleyError } from '../errors.js';
import { queryShape } from '../query/sparql.js';
import { DEFAULT_STORE, openDataset, persistDataset, queryFailure, UNION } from './embedded.js';

export interface ServeOptions {
  readonly store?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly allowUpdate?: boolean;
}

export interface Server {
  /** The endpoint's URL, e.g. http://127.0.0.1:7878/sparql */
  readonly url: string;
  readonly graphs: number;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 7878;
const MAX_BODY = 16 * 1024 * 1024;

/** Media types offered for solutions and for graphs, first is the default; value: oxigraph's format name. */
const SOLUTION_TYPES: readonly (readonly [string, string])[] = [
  ['application/sparql-results+json', 'application/sparql-results+json'],
  ['application/json', 'application/sparql-results+json'],
  ['application/sparql-results+xml', 'application/sparql-results+xml'],
  ['application/xml', 'application/sparql-results+xml'],
  ['text/xml', 'application/sparql-results+xml'],
  ['text/csv', 'text/csv'],
  ['text/tab-separated-values', 'text/tab-separated-values'],
];
const GRAPH_TYPES: readonly (readonly [string, string])[] = [
  ['text/turtle', 'text/turtle'],
  ['application/n-triples', 'application/n-triples'],
  ['text/plain', 'application/n-triples'],
  ['application/rdf+xml', 'application/rdf+xml'],
  ['application/ld+json', 'application/ld+json'],
];

/** The offered type the Accept header prefers (q-values, then order; `*` ranges), or undefined for 406. */
export function negotiate(accept: string | undefined, offers: readonly (readonly [string, string])[]): readonly [string, string] | undefined {
  if (!accept?.trim()) return offers[0];
  const ranges = accept.split(',').map((part, order) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    return { range, q: Number.isFinite(q) ? q : 0, order };
  }).filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { range } of ranges) {
    const offer = offers.find(([type]) => range === type || range === '*/*' || (range.endsWith('/*') && type.startsWith(range.slice(0, -1))));
    if (offer) return offer;
  }
  return undefined;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, `the request body is over ${MAX_BODY} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

interface Operation {
  readonly query?: string;
  readonly update?: string;
  readonly defaultGraphs: readonly string[];
  readonly namedGraphs: readonly string[];
}

/** The operation of a SPARQL 1.1 Protocol request: query by GET or POST (form or direct), update by POST. */
async function readOperation(request: http.IncomingMessage, url: URL): Promise<Operation> {
  const fromParams = (params: URLSearchParams): Operation => ({
    ...(params.get('query') !== null ? { query: params.get('query')! } : {}),
    ...(params.get('update') !== null ? { update: params.get('update')! } : {}),
    defaultGraphs: [...params.getAll('default-graph-uri'), ...params.getAll('using-graph-uri')],
    namedGraphs: [...params.getAll('named-graph-uri'), ...params.getAll('using-named-graph-uri')],
  });
  if (request.method === 'GET') return fromParams(url.searchParams);
  if (request.method !== 'POST') throw new HttpError(405, 'use GET or POST');
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const body = await readBody(request);
  if (type === 'application/x-www-form-urlencoded') return fromParams(new URLSearchParams(body));
  const graphs = fromParams(url.searchParams);
  if (type === 'application/sparql-query') return { ...graphs, query: body };
  if (type === 'application/sparql-update') return { ...graphs, update: body };
  throw new HttpError(415, 'send application/x-www-form-urlencoded, application/sparql-query or application/sparql-update');
}

/** Starts the endpoint; resolves once it listens. */
export async function serve(options: ServeOptions = {}): Promise<Server> {
  const dir = options.store ?? DEFAULT_STORE;
  const manifestFile = path.join(dir, 'parley-store.json');
  let state = await openDataset(dir);
  let seen = (await fs.stat(manifestFile)).mtimeMs;

  /** Reads the store again when another process has changed it since. */
  async function refresh(): Promise<void> {
    const mtime = (await fs.stat(manifestFile).catch(() => undefined))?.mtimeMs;
    if (mtime === undefined || mtime === seen) return;
    const next = await openDataset(dir);
    state.dataset.free();
    state = next;
    seen = mtime;
  }

  function runQuery(text: string, operation: Operation, accept: string | undefined): { type: string; body: string } {
    const form = queryShape(text).form;
    const graph = form === 'construct' || form === 'describe';
    const offer = negotiate(accept, graph ? GRAPH_TYPES : SOLUTION_TYPES);
    if (!offer) throw new HttpError(406, `cannot answer in ${accept}; accept one of ${(graph ? GRAPH_TYPES : SOLUTION_TYPES).map(([t]) => t).join(', ')}`);
    const dataset = operation.defaultGraphs.length || operation.namedGraphs.length
      ? {
        default_graph: operation.defaultGraphs.map((g) => oxigraph.namedNode(g)),
        ...(operation.namedGraphs.length ? { named_graphs: operation.namedGraphs.map((g) => oxigraph.namedNode(g)) } : {}),
      }
      : UNION;
    let body: string;
    try {
      body = state.dataset.query(text, { ...dataset, results_format: offer[1] }) as string;
    } catch (error) {
      throw new HttpError(400, `the query failed: ${queryFailure(text, error)}`);
    }
    return { type: offer[0], body };
  }

  async function runUpdate(text: string): Promise<void> {
    if (!options.allowUpdate) throw new HttpError(403, 'this endpoint is read-only; start it with `parley serve --allow-update` to accept updates');
    const before = state.manifest.generation;
    try {
      try {
        state.dataset.update(text);
      } catch (error) {
        throw new HttpError(400, `the update failed: ${queryFailure(text, error)}`);
      }
      const manifest = await persistDataset(dir, state.dataset, before);
      state = { dataset: state.dataset, manifest };
      seen = (await fs.stat(manifestFile)).mtimeMs;
    } catch (error) {
      // Whatever happened, the store's files are the truth: read them again.
      seen = -1;
      await refresh();
      throw error;
    }
  }

  const server = http.createServer((request, response) => {
    const send = (status: number, type: string, body: string): void => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      response.end(body);
    };
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname !== '/sparql') {
        send(url.pathname === '/' ? 200 : 404, 'text/plain', 'parley: the SPARQL 1.1 endpoint is at /sparql (GET ?query=..., or POST)\n');
        return;
      }
      const operation = await readOperation(request, url);
      await refresh();
      if (operation.update !== undefined) {
        await runUpdate(operation.update);
        send(200, 'text/plain', 'ok\n');
      } else if (operation.query !== undefined) {
        const { type, body } = runQuery(operation.query, operation, request.headers.accept);
        send(200, type, body);
      } else {
        throw new HttpError(400, 'give a query (the query parameter, or a POST body)');
      }
    })().catch((error: unknown) => {
      // oxigraph's errors are the request's fault (a query that does not parse); a store problem is ours.
      const status = error instanceof HttpError ? error.status : isParleyError(error) ? (error.code === 'store-locked' ? 409 : 500) : 400;
      send(status, 'text/plain', `${(error as Error).message}\n`);
    });
  });

  const host = options.host ?? '127.0.0.1';
  const wanted = options.port ?? DEFAULT_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      state.dataset.free();
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL'
        ? new ParleyError('bad-option', `cannot listen on ${host}:${wanted} (${error.code}); choose another --port or --host`)
        : error);
    });
    server.listen(wanted, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/sparql`,
    graphs: Object.keys(state.manifest.graphs).filter((g) => g !== '').length,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { state.dataset.free(); resolve(); });
      server.closeAllConnections();
    }),
  };
}
