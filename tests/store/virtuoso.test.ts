// A real Virtuoso (see ./virtuoso.ts: the one .ci/run started, or one started here) receives the seed
// through the Graph Store Protocol and answers the named queries exactly as the embedded store does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedEngine, load, namedQueries, query, SparqlEndpoint, type QueryEngine } from '../../src/index.js';
import { exampleParams } from '../../src/query/named.js';
import { tempDirs } from '../helpers/tmp.js';
import { NO_STACK, SEEDS, SEED_GRAPH, parley, termKeys } from './helpers.js';
import { virtuoso, type Virtuoso } from './virtuoso.js';

const tempDir = tempDirs();
const COUNT = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${SEED_GRAPH}> { ?s ?p ?o } }`;

let server: Virtuoso;
let store: string;
let embedded: QueryEngine;
let remote: QueryEngine;
beforeAll(async () => {
  server = await virtuoso();
  store = tempDir();
  await load([SEEDS], { store });
  embedded = await EmbeddedEngine.open(store);
  remote = new SparqlEndpoint(server.endpoint);
}, 180_000);
afterAll(() => server?.stop(), 60_000);

const credentials = () => ({ user: server.user, password: server.password });

describe('Virtuoso', () => {
  it('receives the seed by the Graph Store Protocol; loading it twice leaves one copy', async () => {
    for (let i = 0; i < 2; i++) {
      const result = await load([SEEDS], { graphStore: server.graphStore, http: { credentials: credentials() } });
      expect(result.committed).toBe(true);
    }
    expect(termKeys(await remote.query(COUNT, 'select'))).toEqual(termKeys(await embedded.query(COUNT, 'select')));
  }, 60_000);

  it('answers every named query exactly as the embedded store does', async () => {
    const extra: Record<string, Record<string, string>[]> = {
      'statements-by-actor': [{ actor: 'Putin\'s foreign minister' }, { actor: 'Nobody At All' }],
      'said-about': [{ about: 'Zelensky' }, { about: 'Ukraine' }],
      'positions-on-proposal': [{ proposal: 'meet' }],
      'via-intermediary': [{}],
      timeline: [{ actor: 'Mao Ning', from: '2025-08-22', to: '2025-08-22' }, { actor: 'Sergey Lavrov', to: '2025-08-21' }],
      'opposing-positions': [{ about: 'guarantor' }],
    };
    let compared = 0;
    for (const q of await namedQueries()) {
      const cases = [
        ...q.examples.map(exampleParams),
        ...(extra[q.label] ?? []),
      ];
      for (const params of cases) {
        const here = await query(q.label, { engine: embedded, params });
        const there = await query(q.label, { engine: remote, params });
        expect(there.kind === 'bindings' && there.variables, q.label).toEqual(here.kind === 'bindings' && here.variables);
        expect(termKeys(there), `${q.label} ${JSON.stringify(params)}`).toEqual(termKeys(here));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(16);
  }, 60_000);

  it('from the command line: credentials from the environment, a one-line refusal without them', async () => {
    const env = { PARLEY_STORE_USER: server.user, PARLEY_STORE_PASSWORD: server.password };
    const loaded = await parley(['load', 'seeds', '--graph-store', server.graphStore], env);
    expect([loaded.code, loaded.stderr]).toEqual([0, '']);
    const refused = await parley(['load', 'seeds', '--graph-store', server.graphStore], { PARLEY_STORE_USER: server.user, PARLEY_STORE_PASSWORD: 'wrong' });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(new RegExp(`^parley: ${server.graphStore.replace(/[.?]/g, '\\$&')}\\?graph=\\S+: HTTP 401: .*PARLEY_STORE_PASSWORD.*\\n$`));
    expect(refused.stderr).not.toMatch(NO_STACK);
    const args = ['query', 'statements-by-actor', '--param', 'actor=Mao Ning', '--format', 'csv'];
    const there = await parley([...args, '--endpoint', server.endpoint]);
    const here = await parley([...args, '--store', store]);
    expect(there.code).toBe(0);
    expect(there.stdout).toBe(here.stdout);
    expect(there.stdout.split('\r\n')).toHaveLength(5);
  }, 60_000);
});
