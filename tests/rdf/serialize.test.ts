// Quads -> text -> quads for every output format: lossless, deterministic, SHACL-valid, and
// JSON-LD that reads as plain JSON (context keys, native booleans).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { annotate, toQuads } from '../../src/index.js';
import { FORMATS, serialize, type Format } from '../../src/rdf/serialize.js';
import { articleIri } from '../../src/rdf/map.js';
import { validate, formatReport } from '../../src/rdf/validate.js';
import { PA_IRI, DEFAULT_BASE, pa } from '../../src/rdf/vocab.js';
import { EMOJI_CRLF, ERDOGAN, JANE_DOE } from '../helpers/articles.js';
import { ntriples, objectsOf, parseOutput, subjectsOfType } from '../helpers/rdf.js';

const SEED = readFileSync(new URL('../../seeds/000_81ed9d07d236dca6.txt', import.meta.url), 'utf8');

const ARTICLES: readonly (readonly [string, string])[] = [
  ['jane', JANE_DOE],
  ['emoji-crlf', EMOJI_CRLF],
  ['erdogan', ERDOGAN],
  ['000_81ed9d07d236dca6', SEED],
];

const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

const quadsFor = (id: string, text: string, format: Format): Quad[] =>
  toQuads(annotate(text, { id, date: '2025-03-06' }), {
    namedGraph: FORMATS[format].namedGraph, sourceFile: `${id}.txt`, sha256: 'ab'.repeat(32), provenance: { date: '2025-03-06', publisher: 'Example Wire' },
  });

const cases = FORMAT_NAMES.flatMap((format) => ARTICLES.map(([id, text]) => [format, id, text] as const));

describe.each(cases)('%s output of %s', (format, id, text) => {
  const quads = quadsFor(id, text, format);

  it('parses back to the same triples', async () => {
    const back = await parseOutput(await serialize(quads, format), format);
    expect(ntriples(back)).toEqual(ntriples(quads));
  });

  it('is the same string when serialized twice', async () => {
    expect(await serialize(quadsFor(id, text, format), format)).toBe(await serialize(quads, format));
  });

  it(FORMATS[format].namedGraph ? "puts every quad in the article's named graph" : 'puts every quad in the default graph', async () => {
    const back = await parseOutput(await serialize(quads, format), format);
    const graphs = new Set(back.map((q) => q.graph.termType === 'DefaultGraph' ? '' : q.graph.value));
    expect(graphs).toEqual(new Set([FORMATS[format].namedGraph ? articleIri(DEFAULT_BASE, id).value : '']));
  });

  it('conforms to the SHACL shapes', async () => {
    const report = await validate(await parseOutput(await serialize(quads, format), format));
    expect(formatReport(report, `${id}${FORMATS[format].extension}`)).toBe('');
    expect(report.conforms).toBe(true);
  });
});

describe('JSON-LD output', () => {
  /** Every key of every object below the top level, skipping the inlined context. */
  function keys(value: unknown): string[] {
    if (Array.isArray(value)) return value.flatMap(keys);
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([key, inner]) => (key === '@context' ? [] : [key, ...keys(inner)]));
  }

  const nodesOf = (document: Record<string, unknown>): Record<string, unknown>[] =>
    (document['@graph'] as Record<string, unknown>[] | undefined) ?? [document];

  it.each(ARTICLES)('uses the context terms as keys, never full or prefixed IRIs (%s)', async (id, text) => {
    const document = JSON.parse(await serialize(quadsFor(id, text, 'jsonld'), 'jsonld')) as Record<string, unknown>;
    const all = keys(document);
    expect(all).toContain('isDirectQuote');
    expect(all).toContain('speaker');
    expect(all.filter((key) => key.startsWith(PA_IRI) || key.includes(':'))).toEqual([]);
  });

  it.each(ARTICLES)('writes isDirectQuote as a JSON boolean that matches the graph (%s)', async (id, text) => {
    const quads = quadsFor(id, text, 'jsonld');
    const document = JSON.parse(await serialize(quads, 'jsonld')) as Record<string, unknown>;
    const statements = subjectsOfType(quads, pa.Statement);
    expect(statements.length).toBeGreaterThan(0);
    const byId = new Map(nodesOf(document).map((node) => [node['id'], node]));
    for (const statement of statements) {
      const expected = objectsOf(quads, statement, pa.isDirectQuote)[0]?.value === 'true';
      expect({ id: statement.value, isDirectQuote: byId.get(statement.value)?.['isDirectQuote'] }).toEqual({ id: statement.value, isDirectQuote: expected });
    }
  });

  it('carries its context inline, so it reads without fetching anything', async () => {
    const document = JSON.parse(await serialize(quadsFor('jane', JANE_DOE, 'jsonld'), 'jsonld')) as Record<string, unknown>;
    expect(typeof document['@context']).toBe('object');
  });
});
