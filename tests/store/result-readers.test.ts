// The readers behind streamed results: SPARQL JSON read piece by piece (whatever the pieces), SPARQL TSV
// read a line at a time, and the LIMIT a query gets for --limit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as oxigraph from 'oxigraph';
import { collect, parseJsonResults, parseTsvResults, streamJsonResults, type QueryResult } from '../../src/query/results.js';
import { withLimit } from '../../src/query/sparql.js';
import { termKeys } from './helpers.js';

/** Virtuoso's way: a link in the head, distinct and ordered, a typed-literal; and strings full of JSON's own marks. */
const ANSWER = JSON.stringify({
  head: { link: [], vars: ['s', 'o'] },
  results: {
    distinct: false, ordered: true,
    bindings: [
      { s: { type: 'uri', value: 'urn:x:1' }, o: { type: 'literal', value: 'braces { } [ ] and "quotes", a \\ and é 😀', 'xml:lang': 'en' } },
      { s: { type: 'bnode', value: 'b0' }, o: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '42' } },
      { s: { type: 'uri', value: 'urn:x:3' } },
    ],
  },
}, null, 1);

async function* pieces(text: string, cuts: readonly number[]): AsyncGenerator<string> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) { yield text.slice(at, cut); at = cut; }
  yield text.slice(at);
}

describe('SPARQL JSON read piece by piece', () => {
  it('gives the rows parsed whole, however the text is cut', async () => {
    const whole = termKeys(parseJsonResults(ANSWER, 'test'));
    expect(whole).toHaveLength(3);
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 0, max: ANSWER.length }), { maxLength: 40 }), async (cuts) => {
      const streamed = await collect(await streamJsonResults(pieces(ANSWER, cuts), 'test'));
      expect(termKeys(streamed)).toEqual(whole);
      expect(streamed.kind === 'bindings' && streamed.variables).toEqual(['s', 'o']);
    }), { numRuns: 200 });
    // Every single cut, one character at a time.
    const oneByOne = await collect(await streamJsonResults(pieces(ANSWER, Array.from({ length: ANSWER.length }, (_, i) => i)), 'test'));
    expect(termKeys(oneByOne)).toEqual(whole);
  });

  it('reads a boolean, and says so when the answer stops short', async () => {
    expect(await streamJsonResults(pieces('{"head":{},"boolean":true}', [7, 20]), 'test')).toEqual({ kind: 'boolean', value: true });
    const short = await streamJsonResults(pieces(ANSWER.slice(0, ANSWER.indexOf('urn:x:3')), []), 'test');
    await expect(collect(short)).rejects.toThrow(/^test: answered with something that is not SPARQL JSON results \(the answer ended before the results did\)/);
  });
});

describe('SPARQL TSV read line by line', () => {
  it('gives the same terms as oxigraph\'s SPARQL JSON', () => {
    const store = new oxigraph.Store();
    const query = String.raw`SELECT ?x ?i ?t ?d ?m ?k ?e ?l ?b ?u ?n ?none WHERE {
      VALUES (?x ?i ?t ?d ?m ?k ?e ?l ?b ?u ?none) {
        ("tab\there\nnew \"q\" back\\slash\r" <urn:a%20b> "x"^^<urn:dt> 1e3 -0.5 7 "" "x"@en-GB true "é 😀 \u0007" UNDEF)
        (UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF false UNDEF UNDEF)
      }
      BIND (BNODE() AS ?n)
    }`;
    const tsv = store.query(query, { results_format: 'text/tab-separated-values' }) as string;
    const json = store.query(query, { results_format: 'application/sparql-results+json' }) as string;
    const fromTsv = parseTsvResults(tsv, 'test');
    const rows = [...fromTsv.rows as Iterable<never>];
    expect(rows).toHaveLength(2);
    const asBindings: QueryResult = { kind: 'bindings', variables: fromTsv.variables, rows };
    const blank = (keys: string[]): string[] => keys.map((k) => k.replace(/BlankNode:\S+/, 'BlankNode'));
    expect(blank(termKeys(asBindings))).toEqual(blank(termKeys(parseJsonResults(json, 'test'))));
  });

  it('keeps rows with nothing bound, and results without variables', () => {
    expect([...parseTsvResults('?x\n\n\n', 'test').rows].map((row) => row.size)).toEqual([0, 0]);
    expect(parseTsvResults('\n\n', 'test').variables).toEqual([]);
    expect([...parseTsvResults('\n\n', 'test').rows]).toHaveLength(1);
    expect([...parseTsvResults('?x\n', 'test').rows]).toHaveLength(0);
  });
});

describe('withLimit', () => {
  it('adds a LIMIT, keeps a smaller one, lowers a larger one, and puts it before a trailing VALUES', () => {
    expect(withLimit('SELECT * WHERE { ?s ?p ?o } # all of it', 5)).toBe('SELECT * WHERE { ?s ?p ?o } # all of it\nLIMIT 5\n');
    expect(withLimit('SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3', 5)).toBe('SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3');
    expect(withLimit('SELECT * WHERE { ?s ?p ?o } LIMIT 100 OFFSET 10', 5)).toBe('SELECT * WHERE { ?s ?p ?o } LIMIT 5 OFFSET 10');
    expect(withLimit('SELECT * WHERE { ?s ?p ?o } VALUES ?s { <urn:a> }', 5)).toBe('SELECT * WHERE { ?s ?p ?o } LIMIT 5 VALUES ?s { <urn:a> }');
    expect(withLimit('SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 100 } }', 5)).toBe('SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 100 } }\nLIMIT 5\n');
    expect(withLimit('ASK { ?s ?p ?o }', 5)).toBeUndefined();
    // Each result is a query oxigraph accepts.
    const store = new oxigraph.Store();
    for (const text of ['SELECT * WHERE { ?s ?p ?o } # all of it', 'CONSTRUCT WHERE { ?s ?p ?o }', 'DESCRIBE <urn:a>', 'SELECT * WHERE { ?s ?p ?o } VALUES ?s { <urn:a> }']) {
      expect(() => store.query(withLimit(text, 5)!), text).not.toThrow();
    }
  });
});
