// sh:datatype xsd:string on text outside the Basic Multilingual Plane (emoji, rarer CJK), which the
// lexical check shacl-engine ships with rejects.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { validate } from '../../src/rdf/validate.js';
import { pa, rdfs, xsd } from '../../src/rdf/vocab.js';
import { ttl } from '../helpers/rdf.js';

const graph = (content: Quad['object'], label: Quad['object']): Quad[] => [
  ...ttl`
    @prefix ex: <https://example.org/> .
    ex:a a pa:Article .
    ex:s a pa:Statement ; pa:inArticle ex:a ; pa:isDirectQuote true ; pa:contentSpan ex:span ; pa:speaker ex:who .
    ex:who a pa:Actor, pa:Person .
    ex:span a oa:TextPositionSelector ; oa:start "0"^^xsd:nonNegativeInteger ; oa:end "3"^^xsd:nonNegativeInteger .
  `,
  DataFactory.quad(DataFactory.namedNode('https://example.org/s'), pa.content, content),
  DataFactory.quad(DataFactory.namedNode('https://example.org/who'), rdfs.label, label),
];

const { literal } = DataFactory;

describe('sh:datatype xsd:string', () => {
  it('accepts characters outside the BMP, in plain properties and inside sh:or', async () => {
    const report = await validate(graph(literal('We will 💪 not give up 🕊️'), literal('𠮷野家 Tanaka')));
    expect(report).toEqual({ conforms: true, results: [] });
  });

  it('still rejects a lone surrogate', async () => {
    const report = await validate(graph(literal('broken \uD83D text'), literal('Jane Doe')));
    expect(report.conforms).toBe(false);
    expect(report.results).toContainEqual(expect.objectContaining({ focusNode: 'https://example.org/s', path: pa.content.value }));
  });

  it('still rejects another datatype', async () => {
    const report = await validate(graph(literal('42', xsd.decimal), literal('Jane Doe')));
    expect(report.results).toContainEqual(expect.objectContaining({ focusNode: 'https://example.org/s', path: pa.content.value, value: '"42"^^<http://www.w3.org/2001/XMLSchema#decimal>' }));
    const labelled = await validate(graph(literal('fine'), literal('Jane Doe', 'en')));
    expect(labelled.conforms).toBe(true);
  });
});
