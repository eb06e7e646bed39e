// Remote stores: loading by the SPARQL 1.1 Graph Store HTTP Protocol (one PUT per graph, so loading an
// article again replaces its graph) and querying by the SPARQL 1.1 Protocol. Works with Virtuoso, Fuseki,
// GraphDB and any other store that speaks the two protocols.
import * as oxigraph from 'oxigraph';
import { ParleyError } from '../errors.js';
import { parseGraphResult, parseJsonResults, streamJsonResults, type QueryResult, type StreamedResult } from '../query/results.js';
import { HttpClient, storeUrl, type HttpOptions, type HttpRequest } from './http.js';
import type { GraphData, GraphWriter, QueryEngine, ReadForm } from './store.js';

/** The request URL for one graph: the service URL with `graph=<IRI>` added to its query string. */
function graphUrl(service: URL, graph: string): string {
  const url = new URL(service.href);
  url.searchParams.append('graph', graph);
  return url.href;
}

/** The graph's triples as N-Triples (the protocol sends one graph's triples, not quads). */
function triplesOf(graph: GraphData): string {
  const store = new oxigraph.Store();
  try {
    store.load(graph.nquads, { format: 'application/n-quads' });
    return store.dump({ format: 'application/n-triples', from_graph_name: oxigraph.namedNode(graph.graph) });
  } finally {
    store.free();
  }
}

/**
 * A load into a Graph Store Protocol service. Every input is read and checked before the first PUT, so a
 * bad file sends nothing; the store then replaces each graph on its own (the protocol has no transaction
 * across graphs). A PUT that still fails after its retries stops the load: `stored` then lists the graphs
 * the store took (answered 2xx); the one that failed may or may not have been replaced, and the rest were
 * not sent.
 */
export class GraphStoreWriter implements GraphWriter {
  private readonly staged = new Map<string, GraphData>();
  private readonly done: string[] = [];
  private readonly service: URL;
  private readonly http: HttpClient;

  constructor(url: string, options: HttpOptions = {}) {
    this.service = storeUrl(url);
    this.http = new HttpClient(options);
  }

  get location(): string { return this.service.href; }

  get stored(): readonly string[] { return this.done; }

  async stage(graph: GraphData): Promise<void> {
    const earlier = this.staged.get(graph.graph);
    if (earlier) throw new ParleyError('duplicate-graph', `holds graph <${graph.graph}>, as does ${earlier.source}; load only one of them`, graph.source);
    this.staged.set(graph.graph, graph);
  }

  async commit(): Promise<void> {
    for (const graph of this.staged.values()) {
      await this.http.expectOk({
        method: 'PUT', url: graphUrl(this.service, graph.graph),
        headers: { 'content-type': 'text/turtle; charset=utf-8' }, body: triplesOf(graph), // N-Triples is Turtle
      }, 'write graphs');
      this.done.push(graph.graph);
    }
    this.staged.clear();
  }

  async abort(): Promise<void> {
    this.staged.clear();
  }
}

const SOLUTIONS = 'application/sparql-results+json';
const GRAPH_TYPES = 'text/turtle, application/n-triples;q=0.9, text/plain;q=0.5';

/** A SPARQL 1.1 Protocol endpoint: queries are POSTed as a form, answers read as SPARQL JSON or Turtle. */
export class SparqlEndpoint implements QueryEngine {
  private readonly endpoint: URL;
  private readonly http: HttpClient;

  constructor(url: string, options: HttpOptions = {}) {
    this.endpoint = storeUrl(url);
    this.http = new HttpClient(options);
  }

  get location(): string { return this.endpoint.href; }

  private request(text: string, graph: boolean): HttpRequest {
    return {
      method: 'POST', url: this.endpoint.href,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: graph ? GRAPH_TYPES : SOLUTIONS },
      body: new URLSearchParams({ query: text }).toString(),
    };
  }

  private checkSolutions(contentType: string): void {
    const type = contentType.split(';')[0]!.trim().toLowerCase();
    if (type && !/json/.test(type)) throw new ParleyError('bad-response', `answered with ${type}, not SPARQL JSON results; check that the URL is a SPARQL endpoint`, this.location);
  }

  /** SELECT rows as the endpoint sends them, read a binding at a time; other forms whole. */
  async stream(text: string, form: ReadForm): Promise<StreamedResult> {
    if (form !== 'select') return this.query(text, form) as Promise<StreamedResult>;
    const response = await this.http.open(this.request(text, false));
    if (!('body' in response)) return this.http.refusal(response, this.request(text, false), 'query');
    try {
      this.checkSolutions(response.contentType);
      return await streamJsonResults(response.body, this.location);
    } catch (error) {
      await response.cancel();
      throw error;
    }
  }

  async query(text: string, form: ReadForm): Promise<QueryResult> {
    const graph = form === 'construct' || form === 'describe';
    const response = await this.http.expectOk(this.request(text, graph), 'query');
    const type = response.contentType.split(';')[0]!.trim().toLowerCase();
    if (graph) {
      if (/html/.test(type)) throw new ParleyError('bad-response', `answered with ${type}, not RDF; check that the URL is a SPARQL endpoint`, this.location);
      return parseGraphResult(response.text, this.location);
    }
    this.checkSolutions(response.contentType);
    return parseJsonResults(response.text, this.location);
  }
}
