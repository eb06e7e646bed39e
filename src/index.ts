// parley's library API: annotate an article, map it to RDF, build files, validate them, load them into a
// store and query it.
import type { Quad } from '@rdfjs/types';
import type { AnnotateOptions, Document } from './model/document.js';
import { annotateBody } from './pipeline/pipeline.js';
import { articleIri, toQuads as mapQuads, type MapOptions } from './rdf/map.js';
import { serialize } from './rdf/serialize.js';
import { DEFAULT_MAX_BYTES, encodingOf, listInputs, readArticle, type Encoding } from './io.js';
import { articleQuads } from './build/article.js';
import { buildCorpus, type BuildOptions, type FileResult } from './build/build.js';
import { ParleyError, isParleyError, type ErrorCode } from './errors.js';
import { DEFAULT_BASE } from './rdf/vocab.js';
import type { QueryResult, StreamedResult } from './query/results.js';
import { actorsIn, resolveQuery, withParameters } from './query/named.js';
import { queryShape, withLimit } from './query/sparql.js';
import type { GraphData, GraphWriter, QueryEngine, ReadForm } from './store/store.js';
import { isRdfFile, readRdfGraphs } from './store/input.js';
import { DEFAULT_STORE, EmbeddedEngine, EmbeddedWriter } from './store/embedded.js';
import { GraphStoreWriter, SparqlEndpoint } from './store/remote.js';
import { credentialsFromEnv, type HttpOptions } from './store/http.js';

export type { Document, AnnotateOptions } from './model/document.js';
export type { Format } from './rdf/serialize.js';
export { FORMATS, serialize } from './rdf/serialize.js';
export { validate, formatReport } from './rdf/validate.js';
export { ParleyError, isParleyError } from './errors.js';
export { ENCODINGS, type Encoding } from './io.js';
export type { BuildSettings } from './rdf/provenance.js';

/**
 * Annotates one article's text (as read: code-point offsets refer to exactly this string, less a leading
 * byte-order mark). A character no RDF string can hold reads as U+FFFD, one for one, so offsets stay
 * right and every span's text conforms.
 */
export function annotate(text: string, options: AnnotateOptions & { readonly id?: string } = {}): Document {
  return annotateBody(options.id ?? 'article', text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options);
}

export function toQuads(doc: Document, options: MapOptions = {}): Quad[] {
  return mapQuads(doc, options);
}

export type { BuildOptions, BuildResult, FileResult } from './build/build.js';
export { buildCorpus, defaultJobs } from './build/build.js';

/**
 * Builds one output file per article (`<outDir>/<stem><ext>`), or one N-Quads bundle with `singleFile`; a
 * bad file is reported and skipped, never stops the others. Results are in input order (sorted by path).
 */
export async function build(inputs: readonly string[], options: BuildOptions): Promise<readonly FileResult[]> {
  return (await buildCorpus(inputs, options)).files;
}

// Loading and querying: the embedded store by default, any SPARQL 1.1 store by protocol.

export type { QueryResult, ResultFormat, Row, RowStream, StreamedResult, TextOutput, Written, WriteOptions } from './query/results.js';
export { collect, formatResult, writeResult } from './query/results.js';
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
  /** How article files are decoded: 'utf8' (the default) or 'latin1'. */
  readonly encoding?: Encoding;
  /** Called after each input is read, for progress and error reporting. */
  readonly onFile?: (result: LoadFileResult) => void;
  /** The embedded store's lock: how long to wait for another writer (default two minutes), and a call when waiting starts. */
  readonly lock?: { readonly waitMs?: number; readonly onWait?: (holder: string) => void };
}

export type LoadFileResult =
  | { readonly ok: true; readonly input: string; readonly graphs: readonly string[]; readonly triples: number; readonly warning?: string }
  | { readonly ok: false; readonly input: string; readonly error: string };

export interface LoadResult {
  /**
   * True when every graph was stored. False when a bad input stopped the load before anything changed, or
   * when a remote store failed part-way through (then `error` says why and `stored` what it took).
   */
  readonly committed: boolean;
  readonly location: string;
  /**
   * Each input: read and checked (`ok`), or not and why. After a remote store failed part-way, an input
   * whose graphs did not all reach the store is not `ok` either, so the `ok` inputs are exactly those stored.
   */
  readonly files: readonly LoadFileResult[];
  /** The graphs stored, and only those: all of them, none, or those before a remote store failed. */
  readonly stored: readonly string[];
  /** Why storing stopped part-way (a remote store that failed after taking some graphs). */
  readonly error?: string;
}

/** The graphs one input holds: an article (.txt) is annotated into its graph; an RDF file is read as it is. */
async function inputGraphs(file: string, options: LoadOptions): Promise<{ graphs: GraphData[]; warning?: string }> {
  if (isRdfFile(file)) return { graphs: await readRdfGraphs(file) };
  const article = await readArticle(file, options.maxBytes ?? DEFAULT_MAX_BYTES, options.encoding);
  const { quads } = articleQuads(article, options, true);
  const graph = articleIri(options.base ?? DEFAULT_BASE, article.stem).value;
  return { graphs: [{ graph, source: file, triples: quads.length, nquads: await serialize(quads, 'nquads') }], ...(article.warning ? { warning: article.warning } : {}) };
}

const STORE_PROBLEMS: ReadonlySet<ErrorCode> = new Set(['write-failed', 'store-locked', 'not-a-store', 'store-refused', 'store-unreachable']);

/**
 * Loads articles (.txt, annotated on the way) and RDF files into a store, one named graph per article;
 * loading an article again replaces its graph. Every input is read before anything is stored: one bad
 * input and nothing changes (`committed` is false).
 */
export async function load(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  encodingOf(options.encoding); // a bad encoding fails once, before any file is read
  const files = await listInputs(inputs, (name) => name.endsWith('.txt') || isRdfFile(name));
  if (!files.length) throw new ParleyError('no-input', `no articles (.txt) or RDF files found in ${inputs.join(', ')}`);
  const writer: GraphWriter = options.graphStore
    ? new GraphStoreWriter(options.graphStore, { credentials: credentialsFromEnv(), ...options.http })
    : new EmbeddedWriter(options.store ?? DEFAULT_STORE, options.lock);
  const results: LoadFileResult[] = [];
  try {
    for (const file of files) {
      let result: LoadFileResult;
      try {
        const { graphs, warning } = await inputGraphs(file, options);
        for (const graph of graphs) await writer.stage(graph);
        result = { ok: true, input: file, graphs: graphs.map((g) => g.graph), triples: graphs.reduce((n, g) => n + g.triples, 0), ...(warning ? { warning } : {}) };
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
      return { committed: false, location: writer.location, files: results, stored: [] };
    }
    try {
      await writer.commit();
    } catch (error) {
      // Nothing stored: the store is as it was, and the error says why. Something stored (a remote store
      // that failed part-way): say exactly what.
      if (!writer.stored.length || !isParleyError(error)) throw error;
      const stored = new Set(writer.stored);
      const files = results.map((r): LoadFileResult => (!r.ok || r.graphs.every((g) => stored.has(g))
        ? r
        : { ok: false, input: r.input, error: `${r.input}: not loaded: the store failed before taking its graph${r.graphs.length > 1 ? 's' : ''}` }));
      return { committed: false, location: writer.location, files, stored: [...writer.stored], error: error.message };
    }
    return { committed: true, location: writer.location, files: results, stored: [...writer.stored] };
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
  /**
   * At most this many rows of a SELECT (solutions of a CONSTRUCT or DESCRIBE); the store is asked for no
   * more than that (one more for SELECT, so that a writer can tell whether there were more).
   */
  readonly limit?: number;
}

/** Opens the store `options` names: an endpoint, or the embedded store (read into memory). */
export async function openEngine(options: Pick<QueryOptions, 'store' | 'endpoint' | 'http'> = {}): Promise<QueryEngine> {
  if (options.endpoint) return new SparqlEndpoint(options.endpoint, { credentials: credentialsFromEnv(), ...options.http });
  return EmbeddedEngine.open(options.store ?? DEFAULT_STORE);
}

/** The query to run: resolved, checked, its parameters bound, limited; and the engine to run it on. */
async function prepare(given: string, options: QueryOptions): Promise<{ engine: QueryEngine; text: string; form: ReadForm }> {
  const chosen = await resolveQuery(given);
  const { form } = queryShape(chosen.text);
  if (form === undefined) throw new ParleyError('bad-query', 'is not a SPARQL query: it has no SELECT, ASK, CONSTRUCT or DESCRIBE', chosen.label);
  if (form === 'update') throw new ParleyError('bad-query', 'is an update; parley query only reads (updates go through `parley serve --allow-update`)', chosen.label);
  if (options.limit !== undefined && !(Number.isInteger(options.limit) && options.limit > 0)) throw new ParleyError('bad-option', `the limit must be a positive whole number, not ${options.limit}`);
  // Parameters are checked before the store is opened (which can take seconds); names are looked up in it.
  let engine = options.engine;
  const open = async (): Promise<QueryEngine> => (engine ??= await openEngine(options));
  let text = await withParameters(chosen, options.params ?? {}, async (name) => actorsIn(await open())(name));
  if (options.limit !== undefined) text = withLimit(text, form === 'select' ? options.limit + 1 : options.limit) ?? text;
  return { engine: await open(), text, form };
}

/**
 * Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query: `given` is the name of a named query (queries/*.rq), a
 * .rq file, or SPARQL text. The default graph is the union of all graphs; GRAPH reaches each article's.
 */
export async function query(given: string, options: QueryOptions = {}): Promise<QueryResult> {
  const { engine, text, form } = await prepare(given, options);
  const result = await engine.query(text, form);
  return result.kind === 'bindings' && options.limit !== undefined && result.rows.length > options.limit
    ? { ...result, rows: result.rows.slice(0, options.limit) }
    : result;
}

/**
 * The same as `query`, but SELECT rows come as they are read, for results too large to hold: pass the
 * result to `writeResult` (with the same `limit`) to write it out row by row.
 */
export async function streamQuery(given: string, options: QueryOptions = {}): Promise<StreamedResult> {
  const { engine, text, form } = await prepare(given, options);
  if (engine.stream) return engine.stream(text, form);
  const result = await engine.query(text, form);
  return result.kind === 'bindings' ? { kind: 'rows', variables: result.variables, rows: result.rows } : result;
}
