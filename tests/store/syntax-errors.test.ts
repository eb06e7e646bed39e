// Malformed SPARQL: the embedded store, `parley query` and `parley serve` say where the mistake is, by line
// and column, in one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { load, query, serve, type Server } from '../../src/index.js';
import { describeSyntaxError } from '../../src/query/sparql.js';
import { tempDirs } from '../helpers/tmp.js';
import { NO_STACK, graphFiles, parley } from './helpers.js';

const tempDir = tempDirs();

/** Malformed queries, and where and what the error must say. */
const CASES: readonly (readonly [string, RegExp])[] = [
  ['SELECT ?s WHERE {\n  ?s ex:says ?o .\n}', /^syntax error at line 2, column 6 \(near "ex:says \?o \. }"\): the prefix "ex:" is not declared; add PREFIX ex: <\.\.\.> at the top$/],
  ['SELECT ?s WHERE {\n  ?s ?p "never closed .\n}', /^syntax error at line 2, column 9 \(near "\\"never closed \. }"\): this string is not closed$/],
  ['SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER (?o > 3\n}', /^syntax error at line 4, column 1 \(near "}"\): this "}" does not close the "\(" of line 3, column 10$/],
  ['SELECT ?s WHERE { ?s ?p ?o', /^syntax error at line 1, column 17 \(near "\{ \?s \?p \?o"\): this "\{" is never closed$/],
  ['SELECT ?s WHERE { ?s ?p ?o } }', /^syntax error at line 1, column 30 \(near "}"\): this "}" closes nothing$/],
  // Left to oxigraph, which gives the place where its parser stopped.
  ['SELECT ?s WHERE { ?s ?p ?o }\nLIMIT ten', /^syntax error at line 2, column 7 \(near "ten"\): expected one of [A-Z]+/],
  ['SELECT ?s\nWHERE {\n  ?s ?p ?o\n}\nGROUP BY ?p', /^syntax error at line 5, column \d+.*: the SELECT contains a variable that is unbound/],
];

let store: string;
beforeAll(async () => {
  store = path.join(tempDir(), 'store');
  const dir = path.join(tempDir(), 'in');
  graphFiles(dir, 1, 3, 'syntax');
  await load([dir], { store });
});

describe('a malformed query', () => {
  it.each(CASES)('on the embedded store: %j', async (text, expected) => {
    const error = await query(text, { store }).catch((e: Error) => e);
    expect((error as Error).message.replace(/^the query failed: /, '')).toMatch(expected);
    expect((error as Error).message).not.toContain('\n');
  });

  it('from the command line: one line with the line and column', async () => {
    const run = await parley(['query', 'SELECT ?s WHERE {\n  ?s ex:says ?o .\n}', '--store', store]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^parley: the query failed: syntax error at line 2, column 6 \(near "ex:says \?o \. }"\): the prefix "ex:" is not declared; add PREFIX ex: <\.\.\.> at the top\n$/);
    expect(run.stderr).not.toMatch(NO_STACK);
  }, 60_000);

  it('is not reported for a query that only fails when it runs', () => {
    expect(describeSyntaxError('SELECT * WHERE { SERVICE <urn:x> { ?s ?p ?o } }', 'the SERVICE call failed')).toBeUndefined();
  });
});

describe('parley serve', () => {
  let server: Server;
  beforeAll(async () => { server = await serve({ store, port: 0, allowUpdate: true }); });
  afterAll(() => server.close());

  it.each(CASES)('answers 400 with the line and column: %j', async (text, expected) => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent(text)}`);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body.trimEnd().replace(/^the query failed: /, '')).toMatch(expected);
    expect(body.trimEnd()).not.toContain('\n');
  });

  it('says where an update is malformed too', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'INSERT DATA {\n  GRAPH <urn:g> { <urn:a> <urn:b> "c" \n}' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^the update failed: syntax error at line 1, column 13 \(near "\{ GRAPH <urn:g> \{ <u"\): this "\{" is never closed\n$/);
  });
});
