// What a store is to parley: a place that takes whole named graphs (each replacing the graph of the same
// name) and a SPARQL engine that answers queries. The embedded store is both; a remote store is a Graph
// Store Protocol URL for loading and a SPARQL 1.1 Protocol endpoint for querying.
import type { QueryResult, StreamedResult } from '../query/results.js';
import type { QueryForm } from '../query/sparql.js';

/** One named graph, ready to store. */
export interface GraphData {
  /** The graph's IRI: the article's IRI for parley output. */
  readonly graph: string;
  /** The input file it was read from. */
  readonly source: string;
  readonly triples: number;
  /** The graph as N-Quads (UTF-8 text or its bytes), every quad in `graph`, ending with a line break. */
  readonly nquads: string | Uint8Array;
}

/** A load in progress: graphs are staged, then committed together, or abandoned. */
export interface GraphWriter {
  /** Where the graphs go (a folder or a URL), for messages. */
  readonly location: string;
  /**
   * The graphs stored so far by `commit`: all of them once it succeeds. A store without transactions (a
   * remote one, graph by graph) may fail part-way: then only those before the failure.
   */
  readonly stored: readonly string[];
  stage(graph: GraphData): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export type ReadForm = Exclude<QueryForm, 'update'>;

export interface QueryEngine {
  readonly location: string;
  /** Runs a read-only query whose form the caller has already read from its text. */
  query(text: string, form: ReadForm): Promise<QueryResult>;
  /** The same, with SELECT rows read as they come rather than all at once (engines without it are read whole). */
  stream?(text: string, form: ReadForm): Promise<StreamedResult>;
}

/** The N-Triples text of one graph as N-Quads in that graph (every N-Triples line ends with " ."). */
export function inGraph(ntriples: string, graph: string): string {
  return ntriples.replace(/ \.\n/g, ` <${graph}> .\n`);
}
