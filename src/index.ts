// parley's library API: annotate an article, map it to RDF, build files, validate them, load them into a
// store and query it.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import type { AnnotateOptions, Document } from './model/document.js';
import { runPipeline } from './pipeline/pipeline.js';
import { articleIri, toQuads as mapQuads, type MapOptions } from './rdf/map.js';
import { FORMATS, serialize, type Format } from './rdf/serialize.js';
import { DEFAULT_MAX_BYTES, listInputs, readArticle, writeAtomic, type ArticleFile } from './io.js';
import { ParleyError, isParleyError, type ErrorCode } from './errors.js';
import { DEFAULT_BASE } from './rdf/vocab.js';
import type { QueryResult } from './query/results.js';
import { actorsIn, resolveQuery, withParameters } from './query/named.js';
import { queryShape } from './query/sparql.js';
import type { GraphData, GraphWriter, QueryEngine } from './store/store.js';
import { isRdfFile, readRdfGraphs } from './store/input.js';
import { DEFAULT_STORE, EmbeddedEngine, EmbeddedWriter } from './store/embedded.js';
import { GraphStoreWriter, SparqlEndpoint } from './store/remote.js';
import { credentialsFromEnv, type HttpOptions } from './store/http.js';

export type { Document, AnnotateOptions } from './model/document.js';
export type { Format } from './rdf/serialize.js';
export { FORMATS, serialize } from './rdf/serialize.js';
export { validate, formatReport } from './rdf/validate.js';
export { ParleyError, isParleyError } from './errors.js';

/** Characters no xsd:string can hold: lone surrogate halves and the non-characters U+FFFE, U+FFFF. */
const NOT_IN_STRINGS = /[\p{Cs}\uFFFE\uFFFF]/gu;

/**
 * Annotates one article's text (as read: code-point offsets refer to exactly this string, less a leading
 * byte-order mark). A character no RDF string can hold reads as U+FFFD, one for one, so offsets stay
 * right and every span's text conforms.
 */
export function annotate(text: string, options: AnnotateOptions & { readonly id?: string } = {}): Document {
  return annotateBody(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options);
}

/** Annotates a text whose byte-order mark is already removed (readArticle's): a second U+FEFF is text. */
function annotateBody(body: string, options: AnnotateOptions & { readonly id?: string }): Document {
  return runPipeline({ id: options.id ?? 'article', text: body.replace(NOT_IN_STRINGS, '\uFFFD') }, options);
}

export function toQuads(doc: Document, options: MapOptions = {}): Quad[] {
  return mapQuads(doc, options);
}

export interface BuildOptions extends AnnotateOptions {
  readonly outDir: string;
  readonly format?: Format;
  readonly base?: string;
  readonly maxBytes?: number;
  /** Called after each input, for progress and error reporting. */
  readonly onFile?: (result: FileResult) => void;
}

export type FileResult =
  | { readonly ok: true; readonly input: string; readonly output: string; readonly statements: number; readonly actors: number; readonly triples: number }
  | { readonly ok: false; readonly input: string; readonly error: string };

/** Builds one output file per article; a bad file is reported and skipped, never stops the others. */
export async function build(inputs: readonly string[], options: BuildOptions): Promise<FileResult[]> {
  const format = options.format ?? 'turtle';
  const files = await listInputs(inputs);
  if (!files.length) throw new ParleyError('no-input', `no .txt articles found in ${inputs.join(', ')}`);
  await fs.mkdir(options.outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ParleyError('write-failed', `cannot create the output folder (${error.code ?? String(error)}); give a folder path for -o`, options.outDir);
  });
  const seen = new Map<string, string>();
  const results: FileResult[] = [];
  for (const file of files) {
    let result: FileResult;
    try {
      result = await buildOne(file, format, options, seen);
    } catch (error) {
      if (!isParleyError(error)) throw error;
      result = { ok: false, input: file, error: error.message };
    }
    results.push(result);
    options.onFile?.(result);
  }
  return results;
}

/** One article annotated and mapped to quads (all in the article's named graph when `namedGraph`). */
function articleQuads(article: ArticleFile, options: AnnotateOptions & { readonly base?: string }, namedGraph: boolean): { doc: Document; quads: Quad[] } {
  const doc = annotateBody(article.text, { id: article.stem, ...(options.date ? { date: options.date } : {}), ...(options.publisher ? { publisher: options.publisher } : {}) });
  const quads = mapQuads(doc, {
    ...(options.base ? { base: options.base } : {}), sourceFile: article.name, sha256: article.sha256, namedGraph,
  });
  return { doc, quads };
}

async function buildOne(file: string, format: Format, options: BuildOptions, seen: Map<string, string>): Promise<FileResult> {
  const article = await readArticle(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const earlier = seen.get(article.stem);
  if (earlier) throw new ParleyError('duplicate-stem', `has the same name as ${earlier}, so both would write ${article.stem}${FORMATS[format].extension}; rename one`, file);
  seen.set(article.stem, file);
  const { doc, quads } = articleQuads(article, options, FORMATS[format].namedGraph);
  const output = path.join(options.outDir, article.stem + FORMATS[format].extension);
  await writeAtomic(output, await serialize(quads, format));
  return { ok: true, input: file, output, statements: doc.statements?.length ?? 0, actors: doc.actors?.length ?? 0, triples: quads.length };
}

// Loading and querying: the embedded store by default, any SPARQL 1.1 store by protocol.

export type { QueryResult, ResultFormat } from './query/results.js';
export { formatResult } from './query/results.js';
export type { QueryText, Parameter } from './query/named.js';
export { namedQueries } from './query/named.js';
export type { QueryEngine } from './store/store.js';
export type { HttpOptions } from './store/http.js';
export type { StoreStats, Manifest } from './store/embedded.js';
export { DEFAULT_STORE, EmbeddedEngine, listGraphs, removeArticles, storeStats } from './store/embedded.js';
export { SparqlEndpoint } from './store/remote.js';
export { DEFAULT_PORT, serve, type ServeOptions, type Server } from './store/serve.js';

export interface LoadOptions extends AnnotateOptions {
  /** The embedded store's folder (default `.parley-store`), unless `graphStore` is given. */
  readonly store?: string;
  /** A SPARQL 1.1 Graph Store Protocol service: each graph is PUT there instead. */
  readonly graphStore?: string;
  /** Time-outs, retries and credentials for `graphStore` (credentials default to PARLEY_STORE_USER/PASSWORD). */
  readonly http?: HttpOptions;
  readonly base?: string;
  readonly maxBytes?: number;
  /** Called after each input is read, for progress and error reporting. */
  readonly onFile?: (result: LoadFileResult) => void;
}

export type LoadFileResult =
  | { readonly ok: true; readonly input: string; readonly graphs: readonly string[]; readonly triples: number }
  | { readonly ok: false; readonly input: string; readonly error: string };

export interface LoadResult {
  /** True when the graphs were stored; false when a bad input stopped the load before anything changed. */
  readonly committed: boolean;
  readonly location: string;
  readonly files: readonly LoadFileResult[];
}

/** The graphs one input holds: an article (.txt) is annotated into its graph; an RDF file is read as it is. */
async function inputGraphs(file: string, options: LoadOptions): Promise<GraphData[]> {
  if (isRdfFile(file)) return readRdfGraphs(file);
  const article = await readArticle(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const { quads } = articleQuads(article, options, true);
  const graph = articleIri(options.base ?? DEFAULT_BASE, article.stem).value;
  return [{ graph, source: file, triples: quads.length, nquads: await serialize(quads, 'nquads') }];
}

const STORE_PROBLEMS: ReadonlySet<ErrorCode> = new Set(['write-failed', 'store-locked', 'not-a-store', 'store-refused', 'store-unreachable']);

/**
 * Loads articles (.txt, annotated on the way) and RDF files into a store, one named graph per article;
 * loading an article again replaces its graph. Every input is read before anything is stored: one bad
 * input and nothing changes (`committed` is false).
 */
export async function load(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const files = await listInputs(inputs, (name) => name.endsWith('.txt') || isRdfFile(name));
  if (!files.length) throw new ParleyError('no-input', `no articles (.txt) or RDF files found in ${inputs.join(', ')}`);
  const writer: GraphWriter = options.graphStore
    ? new GraphStoreWriter(options.graphStore, { credentials: credentialsFromEnv(), ...options.http })
    : new EmbeddedWriter(options.store ?? DEFAULT_STORE);
  const results: LoadFileResult[] = [];
  try {
    for (const file of files) {
      let result: LoadFileResult;
      try {
        const graphs = await inputGraphs(file, options);
        for (const graph of graphs) await writer.stage(graph);
        result = { ok: true, input: file, graphs: graphs.map((g) => g.graph), triples: graphs.reduce((n, g) => n + g.triples, 0) };
      } catch (error) {
        // A bad input is reported and the load goes on reading the others; a problem with the store stops it.
        if (!isParleyError(error) || STORE_PROBLEMS.has(error.code)) throw error;
        result = { ok: false, input: file, error: error.message };
      }
      results.push(result);
      options.onFile?.(result);
    }
    if (results.some((r) => !r.ok)) {
      await writer.abort();
      return { committed: false, location: writer.location, files: results };
    }
    await writer.commit();
    return { committed: true, location: writer.location, files: results };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

export interface QueryOptions {
  /** The embedded store's folder (default `.parley-store`), unless `endpoint` or `engine` is given. */
  readonly store?: string;
  /** A SPARQL 1.1 Protocol endpoint to query instead. */
  readonly endpoint?: string;
  /** An engine already open, to run many queries without reading the store each time. */
  readonly engine?: QueryEngine;
  /** Parameter values by name, bound as RDF terms of the query's declared types. */
  readonly params?: Readonly<Record<string, string>>;
  readonly http?: HttpOptions;
}

/** Opens the store `options` names: an endpoint, or the embedded store (read into memory). */
export async function openEngine(options: Pick<QueryOptions, 'store' | 'endpoint' | 'http'> = {}): Promise<QueryEngine> {
  if (options.endpoint) return new SparqlEndpoint(options.endpoint, { credentials: credentialsFromEnv(), ...options.http });
  return EmbeddedEngine.open(options.store ?? DEFAULT_STORE);
}

/**
 * Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query: `given` is the name of a named query (queries/*.rq), a
 * .rq file, or SPARQL text. The default graph is the union of all graphs; GRAPH reaches each article's.
 */
export async function query(given: string, options: QueryOptions = {}): Promise<QueryResult> {
  const chosen = await resolveQuery(given);
  const { form } = queryShape(chosen.text);
  if (form === undefined) throw new ParleyError('bad-query', 'is not a SPARQL query: it has no SELECT, ASK, CONSTRUCT or DESCRIBE', chosen.label);
  if (form === 'update') throw new ParleyError('bad-query', 'is an update; parley query only reads (updates go through `parley serve --allow-update`)', chosen.label);
  // Parameters are checked before the store is opened (which can take seconds); names are looked up in it.
  let engine = options.engine;
  const open = async (): Promise<QueryEngine> => (engine ??= await openEngine(options));
  const text = await withParameters(chosen, options.params ?? {}, async (name) => actorsIn(await open())(name));
  return (await open()).query(text, form);
}
