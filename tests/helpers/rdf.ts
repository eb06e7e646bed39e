// Test helpers for RDF: graphs as sets of N-Triples lines, expected graphs written as Turtle
// (LDkit's ttl() style), and parsing back every format parley writes.
import { Parser, Writer } from 'n3';
import jsonld from 'jsonld';
import type { Quad, Term } from '@rdfjs/types';
import type { Format } from '../../src/rdf/serialize.js';

/** The prefixes of CONTRACT.md section 3, plus xsd. */
export const PREFIXES = `
@prefix pa:     <https://w3id.org/parley/ontology#> .
@prefix oa:     <http://www.w3.org/ns/oa#> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
`;

const lineWriter = new Writer({ format: 'N-Triples' });

/** One triple as an N-Triples line (the graph is dropped). */
export function ntriple(quad: Quad): string {
  return lineWriter.quadToString(quad.subject, quad.predicate, quad.object).trim();
}

export function ntriples(quads: Iterable<Quad>): Set<string> {
  return new Set([...quads].map(ntriple));
}

/** Expected RDF as Turtle (PREFIXES are in scope; backslashes reach the parser as written), parsed into quads. */
export function ttl(strings: TemplateStringsArray, ...values: unknown[]): Quad[] {
  return new Parser().parse(PREFIXES + String.raw(strings, ...values));
}

/** The quads of `actual` whose subject and predicate appear together in `expected`. */
export function restrictTo(actual: readonly Quad[], expected: readonly Quad[]): Quad[] {
  const key = (q: Quad): string => `${q.subject.value} ${q.predicate.value}`;
  const pairs = new Set(expected.map(key));
  return actual.filter((q) => pairs.has(key(q)));
}

/** Parses serialized output back into quads: n3 for Turtle, N-Quads and TriG; jsonld.toRDF for JSON-LD. */
export async function parseOutput(text: string, format: Format): Promise<Quad[]> {
  if (format === 'jsonld') {
    const nquads = (await jsonld.toRDF(JSON.parse(text) as object, { format: 'application/n-quads' })) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  }
  const n3Format = { turtle: 'Turtle', nquads: 'N-Quads', trig: 'TriG' }[format];
  return new Parser({ format: n3Format }).parse(text);
}

export const objectsOf = (quads: readonly Quad[], subject: Term, predicate: Term): Term[] =>
  quads.filter((q) => q.subject.equals(subject) && q.predicate.equals(predicate)).map((q) => q.object);

export const subjectsOfType = (quads: readonly Quad[], type: Term): Term[] =>
  quads.filter((q) => q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && q.object.equals(type)).map((q) => q.subject);
