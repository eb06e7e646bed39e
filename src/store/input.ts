// RDF files to load: parsed with oxigraph (which is also the check that they are valid), split into their
// named graphs. Triples in the default graph (Turtle, JSON-LD from `parley build`) go to the graph of the
// article they describe, or, for other data, to the graph named by the file's URL.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataFactory } from 'n3';
import * as oxigraph from 'oxigraph';
import { ParleyError } from '../errors.js';
import { pa, rdf } from '../rdf/vocab.js';
import { sparqlTerm } from '../query/sparql.js';
import { inGraph, type GraphData } from './store.js';

/** File extensions `parley load` reads as RDF, with their media types. */
const RDF_FORMATS: Readonly<Record<string, { readonly media: string; readonly name: string }>> = {
  '.nq': { media: 'application/n-quads', name: 'N-Quads' },
  '.trig': { media: 'application/trig', name: 'TriG' },
  '.ttl': { media: 'text/turtle', name: 'Turtle' },
  '.nt': { media: 'application/n-triples', name: 'N-Triples' },
  '.jsonld': { media: 'application/ld+json', name: 'JSON-LD' },
  '.rdf': { media: 'application/rdf+xml', name: 'RDF/XML' },
};

export const isRdfFile = (file: string): boolean => Object.hasOwn(RDF_FORMATS, path.extname(file).toLowerCase());

function rows(store: oxigraph.Store, query: string): Map<string, oxigraph.Term>[] {
  return store.query(query) as Map<string, oxigraph.Term>[];
}

/** The article a default graph describes, when it describes exactly one. */
function articleOf(store: oxigraph.Store): string | undefined {
  const found = rows(store, `SELECT ?a WHERE { ?a <${rdf.type.value}> <${pa.Article.value}> } LIMIT 2`);
  const only = found.length === 1 ? found[0]!.get('a') : undefined;
  return only?.termType === 'NamedNode' ? only.value : undefined;
}

/**
 * Blank nodes keep their labels when parsed, so `_:b0` of two files would become one node in the store.
 * Each file's blank nodes get a prefix from a digest of the file: distinct across files, stable across loads.
 */
function separateBlankNodes(ntriples: string, salt: string): string {
  const rename = <T extends oxigraph.Term>(term: T): T =>
    (term.termType === 'BlankNode' ? oxigraph.blankNode(`${salt}${term.value}`) : term) as T;
  const quads = oxigraph.parse(ntriples, { format: 'application/n-triples' })
    .map((q) => oxigraph.quad(rename(q.subject), q.predicate, rename(q.object)));
  const store = new oxigraph.Store(quads);
  try {
    return store.dump({ format: 'application/n-triples', from_graph_name: oxigraph.defaultGraph() });
  } finally {
    store.free();
  }
}

/** Reads one RDF file into its graphs. */
export async function readRdfGraphs(file: string): Promise<GraphData[]> {
  const format = RDF_FORMATS[path.extname(file).toLowerCase()];
  if (!format) throw new ParleyError('bad-option', `is not an article (.txt) or an RDF file (${Object.keys(RDF_FORMATS).join(', ')})`, file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ParleyError('missing', 'no such file; check the path', file);
    if (code === 'EISDIR') throw new ParleyError('not-a-file', 'is a folder', file);
    throw new ParleyError('unreadable', `cannot read (${code ?? String(error)})`, file);
  }
  const store = new oxigraph.Store();
  try {
    try {
      store.load(bytes, { format: format.media, base_iri: pathToFileURL(path.resolve(file)).href });
    } catch (error) {
      throw new ParleyError('bad-rdf', `not valid ${format.name} (${(error as Error).message}); fix it or rebuild it with parley build`, file);
    }
    const named = rows(store, 'SELECT DISTINCT ?g WHERE { GRAPH ?g {} }').map((row) => row.get('g')!);
    const inDefault = store.query('ASK { ?s ?p ?o }') as boolean;
    // The common case, `parley build --format nquads` output: one graph, kept byte for byte.
    if (format.media === 'application/n-quads' && named.length === 1 && named[0]!.termType === 'NamedNode' && !inDefault && !bytes.includes('_:')) {
      const nquads = bytes.at(-1) === 0x0a ? bytes : Buffer.concat([bytes, Buffer.from('\n')]);
      return [{ graph: named[0]!.value, source: file, triples: store.size, nquads }];
    }
    if (inDefault) {
      const target = articleOf(store) ?? pathToFileURL(path.resolve(file)).href;
      store.update(`ADD DEFAULT TO ${sparqlTerm(DataFactory.namedNode(target))}`);
      store.update('CLEAR DEFAULT');
    }
    const salt = `f${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}_`;
    return rows(store, 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g').map((row) => {
      const graph = row.get('g')!;
      if (graph.termType !== 'NamedNode') throw new ParleyError('bad-rdf', 'has a graph named by a blank node, which a store cannot address; name the graph with an IRI', file);
      const dumped = store.dump({ format: 'application/n-triples', from_graph_name: graph });
      const ntriples = dumped.includes('_:') ? separateBlankNodes(dumped, salt) : dumped;
      return { graph: graph.value, source: file, triples: Number(row.get('n')!.value), nquads: inGraph(ntriples, graph.value) };
    });
  } finally {
    store.free();
  }
}
