// Query text as data: the query form, where parameters are bound, and terms that user text cannot escape.
import { describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { DataFactory } from 'n3';
import fc from 'fast-check';
import { bindParameters, queryShape, sparqlTerm } from '../../src/query/sparql.js';
import { parseQuery, withParameters } from '../../src/query/named.js';
import { ParleyError } from '../../src/errors.js';

const { literal, namedNode } = DataFactory;
const one = (text: string) => new Map([['x', [literal(text)]]]);

describe('queryShape', () => {
  it('reads the form past prefixes, comments, strings and IRIs', () => {
    expect(queryShape('# SELECT in a comment\nPREFIX a: <urn:{x}#>\nASK { ?s a:p "}" }').form).toBe('ask');
    expect(queryShape('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }').form).toBe('construct');
    expect(queryShape('describe <urn:x>').form).toBe('describe');
    expect(queryShape('INSERT DATA { <urn:a> <urn:b> <urn:c> }').form).toBe('update');
    expect(queryShape('hello').form).toBeUndefined();
  });

  it('finds the top-level WHERE body, not a CONSTRUCT template or a string', () => {
    const text = 'CONSTRUCT { ?s ?p "WHERE {" } WHERE { ?s ?p ?o }';
    expect(text.slice(queryShape(text).whereBody!)).toBe(' ?s ?p ?o }');
    const select = 'SELECT * { ?s ?p ?o }';
    expect(select.slice(queryShape(select).whereBody!)).toBe(' ?s ?p ?o }');
  });

  it('lists sub-queries and the variables inside each', () => {
    const shape = queryShape('SELECT ?a WHERE { { SELECT ?a WHERE { ?a <urn:p> ?x } } ?a <urn:q> ?y }');
    expect(shape.subqueries).toHaveLength(1);
    expect([...shape.subqueries[0]!.variables].sort()).toEqual(['a', 'x']);
  });
});

describe('bindParameters', () => {
  const store = new oxigraph.Store();
  store.load('<urn:a> <urn:name> "Mao Ning" .\n<urn:b> <urn:name> "O\'Brien \\"Bob\\"" .\n', { format: 'application/n-triples' });
  const names = (query: string): string[] => (store.query(query) as Map<string, oxigraph.Term>[]).map((row) => row.get('s')!.value);

  it('binds a string as a literal at the top of the WHERE clause', () => {
    const query = bindParameters('SELECT ?s WHERE { ?s <urn:name> ?x }', one('Mao Ning'), 'test');
    expect(query).toContain('VALUES ?x { "Mao Ning" }');
    expect(names(query)).toEqual(['urn:a']);
  });

  it('binds inside sub-queries that use the variable, and UNDEF leaves it free', () => {
    const text = 'SELECT ?s WHERE { { SELECT DISTINCT ?s WHERE { ?s <urn:name> ?x } } }';
    expect(names(bindParameters(text, one('Mao Ning'), 'test'))).toEqual(['urn:a']);
    expect(names(bindParameters(text, new Map([['x', undefined]]), 'test')).sort()).toEqual(['urn:a', 'urn:b']);
  });

  it('keeps any text inside one literal: no injection', () => {
    const text = 'SELECT ?s WHERE { ?s <urn:name> ?x }';
    expect(names(bindParameters(text, one('O\'Brien "Bob"'), 'test'))).toEqual(['urn:b']);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (value) => {
      const query = bindParameters(text, one(value), 'test');
      const parsed = store.query(query.replace('SELECT ?s', 'SELECT ?x')) as Map<string, oxigraph.Term>[];
      // Whatever the value, the query parses and ?x is exactly that value, as one literal.
      return parsed.every((row) => row.get('x')?.value === value);
    }), { numRuns: 300 });
    for (const attack of ['" } } ; DROP ALL ; #', '"} UNION { ?s ?p ?o', '\\" }', '\\u0022 } #', 'x"^^<urn:t> . ?s ?p ?o #']) {
      expect(names(bindParameters(text, one(attack), 'test'))).toEqual([]);
    }
  });

  it('refuses an IRI that would break out of its brackets, and unknown variables', () => {
    expect(() => sparqlTerm(namedNode('urn:x> } ; DROP ALL ; <urn:y'))).toThrow(ParleyError);
    expect(() => bindParameters('SELECT * WHERE { ?s ?p ?o }', one('x'), 'q.rq')).toThrow(/no variable \?x/);
  });
});

describe('named query headers', () => {
  const text = '# Title here\n#\n# What it does,\n# over two lines.\n#\n# @param actor actor The actor\n# @param from date? The first day\n#\n# Example: parley query q --param actor=X\nSELECT ?s WHERE { ?s ?p ?actor FILTER(!BOUND(?from) || ?s > ?from) }\n';

  it('reads title, description, parameters and examples', () => {
    const query = parseQuery('q', text);
    expect(query.title).toBe('Title here');
    expect(query.description).toBe('What it does, over two lines.');
    expect(query.parameters).toEqual([
      { name: 'actor', type: 'actor', optional: false, description: 'The actor' },
      { name: 'from', type: 'date', optional: true, description: 'The first day' },
    ]);
    expect(query.examples).toEqual(['parley query q --param actor=X']);
  });

  it('checks parameters: required, known, well-typed', async () => {
    const query = parseQuery('q', text);
    const none = async (): Promise<never[]> => [];
    await expect(withParameters(query, {}, none)).rejects.toThrow(/needs --param actor/);
    await expect(withParameters(query, { actor: 'X', color: 'red' }, none)).rejects.toThrow(/no parameter "color"/);
    await expect(withParameters(query, { actor: 'X', from: '22/08/2025' }, none)).rejects.toThrow(/YYYY-MM-DD/);
    const bound = await withParameters(query, { actor: 'X', from: '2025-08-22' }, async () => [namedNode('urn:x')]);
    expect(bound).toContain('VALUES ?actor { <urn:x> }');
    expect(bound).toContain('VALUES ?from { "2025-08-22"^^<http://www.w3.org/2001/XMLSchema#date> }');
    // A name no actor goes by stays a literal, which matches nothing.
    expect(await withParameters(query, { actor: 'Nobody' }, none)).toContain('VALUES ?actor { "Nobody" }');
  });
});
