// The named queries in queries/: on the seed they give the answers a reader of the article expects; on a
// small hand-written dataset, the cases the seed does not have (opponents across articles, date bounds).
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedEngine, load, namedQueries, query, type QueryEngine } from '../../src/index.js';
import { exampleParams } from '../../src/query/named.js';
import { tempDirs } from '../helpers/tmp.js';
import { SEEDS, SEED_GRAPH, rowsOf } from './helpers.js';

const tempDir = tempDirs();
const STATEMENT = (n: number): string => `${SEED_GRAPH}/statement/${n}`;

let seed: QueryEngine;
beforeAll(async () => {
  const store = tempDir();
  await load([SEEDS], { store });
  seed = await EmbeddedEngine.open(store);
});

const run = async (name: string, params: Record<string, string> = {}, engine = seed) => rowsOf(await query(name, { engine, params }));

describe('every named query', () => {
  it('is documented: a title, a description, typed parameters and an example that runs', async () => {
    const queries = await namedQueries();
    expect(queries.map((q) => q.label).sort()).toEqual(['opposing-positions', 'positions-on-proposal', 'said-about', 'statements-by-actor', 'timeline', 'via-intermediary']);
    for (const q of queries) {
      expect(q.title, q.label).not.toBe('');
      expect(q.description.length, q.label).toBeGreaterThan(40);
      expect(q.examples.length, q.label).toBeGreaterThan(0);
      for (const example of q.examples) {
        const params = exampleParams(example);
        await expect(query(q.label, { engine: seed, params }), example).resolves.toMatchObject({ kind: 'bindings' });
      }
    }
  });
});

describe('on the seed', () => {
  it('statements-by-actor: Mao Ning said three things, all reported speech on the publication day', async () => {
    const rows = await run('statements-by-actor', { actor: 'Mao Ning' });
    expect(rows.map((r) => r.statement).sort()).toEqual([STATEMENT(1), STATEMENT(5), STATEMENT(6)]);
    expect(rows.every((r) => r.speaker === 'Mao Ning' && r.direct === 'false' && r.date === '2025-08-22')).toBe(true);
    expect(rows.map((r) => r.content)).toContainEqual(expect.stringMatching(/^China stands ready to play a constructive role/));
  });

  it('statements-by-actor: "Putin\'s foreign minister" is Sergey Lavrov, quoted through Reuters on Thursday', async () => {
    expect(await run('statements-by-actor', { actor: 'Putin\'s foreign minister' })).toEqual([expect.objectContaining({
      speaker: 'Sergey Lavrov', via: 'Reuters', date: '2025-08-21', cue: 'said',
      content: expect.stringMatching(/^Russian President Vladimir Putin is prepared to meet/),
    })]);
    expect(await run('statements-by-actor', { actor: 'Nobody At All' })).toEqual([]);
  });

  it('said-about: what was said about China, and by whom', async () => {
    const rows = await run('said-about', { about: 'China' });
    const bySpeaker = (speaker: string) => rows.filter((r) => r.speaker === speaker).map((r) => r.content);
    expect(bySpeaker('Volodymyr Zelensky')).toEqual(['Ukraine does not need China as a guarantor providing security guarantees']);
    expect(bySpeaker('Mao Ning')).toEqual(expect.arrayContaining([expect.stringMatching(/^China has always held/), expect.stringMatching(/^China stands ready/)]));
    expect(bySpeaker('Wang Xiaoquan')).toHaveLength(2);
    expect(rows.map((r) => r.speaker)).not.toContain('Sergey Lavrov');
  });

  it('positions-on-proposal: Zelensky opposes China as a security guarantor', async () => {
    const rows = await run('positions-on-proposal', { proposal: 'SECURITY GUARANTOR' });
    expect(rows).toContainEqual(expect.objectContaining({
      stance: 'https://w3id.org/parley/ontology#Opposes', holder: 'Volodymyr Zelensky',
      said: 'Ukraine does not need China as a guarantor providing security guarantees', article: SEED_GRAPH,
    }));
    expect(rows.every((r) => r.on.toLowerCase().includes('security guarantor'))).toBe(true);
  });

  it('via-intermediary: Lavrov through Reuters, Zelensky through Ukrainian media', async () => {
    const rows = await run('via-intermediary');
    expect(rows).toContainEqual(expect.objectContaining({ via: 'Reuters', speaker: 'Sergey Lavrov', date: '2025-08-21' }));
    expect(rows).toContainEqual(expect.objectContaining({ via: 'Ukrainian media', speaker: 'Volodymyr Zelensky' }));
    expect((await run('via-intermediary', { intermediary: 'Reuters' })).map((r) => r.speaker)).toEqual(['Sergey Lavrov']);
  });

  it('timeline: Zelensky\'s claim, dated by the article, opposing the guarantor proposal', async () => {
    expect(await run('timeline', { actor: 'Zelensky' })).toEqual([expect.objectContaining({
      date: '2025-08-22', speaker: 'Volodymyr Zelensky', stance: 'https://w3id.org/parley/ontology#Opposes',
      on: expect.stringContaining('security guarantor'),
    })]);
    expect(await run('timeline', { actor: 'Sergey Lavrov', from: '2025-08-22' })).toEqual([]);
    expect((await run('timeline', { actor: 'Sergey Lavrov', to: '2025-08-21' })).map((r) => r.date)).toEqual(['2025-08-21']);
  });

  it('opposing-positions: every pair found is a supporter and an opponent of the same target', async () => {
    for (const row of await run('opposing-positions')) {
      const positions = await run('positions-on-proposal', { proposal: row.on! });
      expect(positions).toContainEqual(expect.objectContaining({ holder: row.supporter, stance: 'https://w3id.org/parley/ontology#Supports' }));
      expect(positions).toContainEqual(expect.objectContaining({ holder: row.opponent, stance: 'https://w3id.org/parley/ontology#Opposes' }));
    }
  });
});

const FIXTURE = `
@prefix pa: <https://w3id.org/parley/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .

ex:a {
  ex:a a pa:Article ; schema:datePublished "2025-01-03"^^xsd:date .
  ex:ann a pa:Actor, pa:Person ; rdfs:label "Ann Example" .
  ex:zed a pa:Actor, pa:Country ; rdfs:label "Zedland" ; skos:altLabel "Zed" .
  ex:a-p1 a pa:Proposal ; pa:inArticle ex:a ; pa:content "a ceasefire along the river" .
  ex:sanctions a pa:Topic ; rdfs:label "sanctions" .
  ex:a-s1 a pa:Statement ; pa:inArticle ex:a ; pa:speaker ex:ann ; pa:isDirectQuote true ;
    pa:content "We back a ceasefire along the river, and sanctions too" ; pa:statedOn "2025-01-02"^^xsd:date .
  ex:a-s2 a pa:Statement ; pa:inArticle ex:a ; pa:speaker ex:zed ; pa:isDirectQuote false ;
    pa:content "Zedland rejects any ceasefire" .
  ex:a-pos1 a pa:Position ; pa:holder ex:ann ; pa:stance pa:Supports ; pa:target ex:a-p1 ; pa:expressedIn ex:a-s1 .
  ex:a-pos2 a pa:Position ; pa:holder ex:zed ; pa:stance pa:Opposes ; pa:target ex:a-p1 ; pa:expressedIn ex:a-s2 .
  ex:a-pos3 a pa:Position ; pa:holder ex:ann ; pa:stance pa:Supports ; pa:target ex:sanctions ; pa:expressedIn ex:a-s1 .
}
ex:b {
  ex:b a pa:Article ; schema:datePublished "2025-02-01"^^xsd:date .
  ex:bo a pa:Actor, pa:Person ; rdfs:label "Bo Example" .
  ex:ann a pa:Actor, pa:Person ; rdfs:label "Ann Example" ; skos:altLabel "Ann" .
  ex:sanctions a pa:Topic ; rdfs:label "sanctions" .
  ex:b-s1 a pa:Statement ; pa:inArticle ex:b ; pa:speaker ex:bo ; pa:isDirectQuote true ; pa:reportedBy ex:zed ;
    pa:content "No more sanctions; Ann is wrong" .
  ex:zed a pa:Actor, pa:Country ; rdfs:label "Zedland" .
  ex:b-pos1 a pa:Position ; pa:holder ex:bo ; pa:stance pa:Opposes ; pa:target ex:sanctions ; pa:expressedIn ex:b-s1 .
}
`;

describe('on a dataset with disagreement across articles', () => {
  let engine: QueryEngine;
  beforeAll(async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'fixture.trig'), FIXTURE);
    const store = tempDir();
    await load([dir], { store });
    engine = await EmbeddedEngine.open(store);
  });

  it('opposing-positions pairs supporters and opponents of a proposal and of a shared topic', async () => {
    expect(await run('opposing-positions', {}, engine)).toEqual([
      { on: 'a ceasefire along the river', supporter: 'Ann Example', opponent: 'Zedland', target: 'https://example.org/a-p1' },
      { on: 'sanctions', supporter: 'Ann Example', opponent: 'Bo Example', target: 'https://example.org/sanctions' },
    ]);
    expect((await run('opposing-positions', { about: 'SANCTIONS' }, engine)).map((r) => r.opponent)).toEqual(['Bo Example']);
  });

  it('positions-on-proposal lists supporters before opponents', async () => {
    expect((await run('positions-on-proposal', { proposal: 'ceasefire' }, engine)).map((r) => [r.holder, r.stance.split('#')[1]])).toEqual([
      ['Ann Example', 'Supports'], ['Zedland', 'Opposes'],
    ]);
  });

  it('finds an actor by a name it goes by in one article only, across all articles', async () => {
    // "Ann" is one of her names in article b only; the name finds her, and each article is searched for
    // the names she goes by there.
    expect((await run('said-about', { about: 'Ann' }, engine)).map((r) => r.statement)).toEqual(['https://example.org/b-s1']);
    expect((await run('statements-by-actor', { actor: 'Ann' }, engine)).map((r) => r.statement)).toEqual(['https://example.org/a-s1']);
    expect((await run('via-intermediary', { intermediary: 'Zed' }, engine)).map((r) => [r.via, r.speaker])).toEqual([['Zedland', 'Bo Example']]);
  });

  it('timeline falls back on the publication date and honours its bounds', async () => {
    expect((await run('timeline', { actor: 'Zedland' }, engine)).map((r) => r.date)).toEqual(['2025-01-03']);
    expect((await run('timeline', { actor: 'Ann Example', from: '2025-01-02', to: '2025-01-02' }, engine)).map((r) => r.on).sort())
      .toEqual(['a ceasefire along the river', 'sanctions']);
  });
});
