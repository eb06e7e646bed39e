// `parley serve`: a SPARQL 1.1 Protocol endpoint an ordinary HTTP client can use; read-only unless asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { EmbeddedEngine, load, namedQueries, query, serve, SparqlEndpoint, type Server } from '../../src/index.js';
import { exampleParams } from '../../src/query/named.js';
import { tempDirs } from '../helpers/tmp.js';
import { SEED, SEEDS, SEED_GRAPH, termKeys } from './helpers.js';

const tempDir = tempDirs();
const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';

let store: string;
let server: Server;
beforeAll(async () => {
  store = tempDir();
  await load([SEEDS], { store });
  server = await serve({ store, port: 0 });
});
afterAll(() => server.close());

const get = (query: string, accept?: string) => fetch(`${server.url}?query=${encodeURIComponent(query)}`, accept ? { headers: { accept } } : {});

describe('parley serve', () => {
  it('listens on 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql$/);
  });

  it('answers GET in SPARQL JSON by default, and CSV, TSV or XML when asked', async () => {
    const json = await get(COUNT);
    expect(json.headers.get('content-type')).toBe('application/sparql-results+json; charset=utf-8');
    const count = Number(((await json.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value);
    expect(count).toBeGreaterThan(500);
    expect(await (await get(COUNT, 'text/csv')).text()).toBe(`n\r\n${count}\r\n`);
    expect(await (await get(COUNT, 'text/tab-separated-values')).text()).toBe(`?n\n${count}\n`);
    const xml = await (await get(COUNT, 'application/sparql-results+xml')).text();
    expect(xml).toContain(`<literal datatype="http://www.w3.org/2001/XMLSchema#integer">${count}</literal>`);
    expect((await get(COUNT, 'text/html;q=0.9, text/csv;q=0.5')).headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await get(COUNT, 'image/png')).status).toBe(406);
  });

  it('answers POST as a form or a bare query, and graphs as Turtle', async () => {
    const form = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query: 'ASK { ?s a <https://w3id.org/parley/ontology#Statement> }' }) });
    expect(await form.json()).toEqual({ head: {}, boolean: true });
    const construct = await fetch(server.url, {
      method: 'POST', headers: { 'content-type': 'application/sparql-query', accept: 'text/turtle' },
      body: `CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?n } WHERE { GRAPH <${SEED_GRAPH}> { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?n } }`,
    });
    expect(construct.headers.get('content-type')).toMatch(/^text\/turtle/);
    expect(new Parser().parse(await construct.text()).map((q) => q.object.value)).toContain('Mao Ning');
  });

  it('says what is wrong with a bad request', async () => {
    const bad = await get('SELECT ?x WHERE { ?x');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/error/i);
    expect((await fetch(server.url)).status).toBe(400);
    expect((await fetch(server.url.replace('/sparql', '/nothing'))).status).toBe(404);
  });

  it('refuses updates unless started with --allow-update', async () => {
    const update = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'DROP ALL' });
    expect(update.status).toBe(403);
    expect(await update.text()).toContain('--allow-update');
    expect((await (await get(COUNT, 'text/csv')).text()).split('\r\n')[1]).not.toBe('0');
  });

  it('answers every named query as the embedded store does', async () => {
    const endpoint = new SparqlEndpoint(server.url);
    const embedded = await EmbeddedEngine.open(store);
    for (const q of await namedQueries()) {
      for (const example of q.examples) {
        const params = exampleParams(example);
        expect(termKeys(await query(q.label, { engine: endpoint, params })), example).toEqual(termKeys(await query(q.label, { engine: embedded, params })));
      }
    }
  });

  it('picks up a load by another process at the next request', async () => {
    const other = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${other}/second.txt`, 'Foreign Minister Jane Doe said on Monday that the talks would resume.');
    await load([other], { store, date: '2025-03-07' });
    const graphs = await (await get('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }', 'text/csv')).text();
    expect(graphs).toBe('n\r\n2\r\n');
  });
});

describe('parley serve --allow-update', () => {
  it('writes updates back to the store', async () => {
    const dir = tempDir();
    await load([SEED], { store: dir });
    const writable = await serve({ store: dir, port: 0, allowUpdate: true });
    try {
      const post = (body: string) => fetch(writable.url, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body });
      expect((await post('INSERT DATA { GRAPH <urn:notes> { <urn:a> <urn:says> "hello" } }')).status).toBe(200);
      expect((await post(`DELETE WHERE { GRAPH <${SEED_GRAPH}> { ?s <http://www.w3.org/2004/02/skos/core#altLabel> ?o } }`)).status).toBe(200);
    } finally {
      await writable.close();
    }
    const reopened = await EmbeddedEngine.open(dir);
    expect(termKeys(await reopened.query('SELECT ?o WHERE { GRAPH <urn:notes> { <urn:a> <urn:says> ?o } }', 'select'))).toEqual(['o="hello"^^http://www.w3.org/2001/XMLSchema#string@']);
    expect(termKeys(await reopened.query('SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2004/02/skos/core#altLabel> ?o }', 'select'))).toEqual(['n="0"^^http://www.w3.org/2001/XMLSchema#integer@']);
  });
});
