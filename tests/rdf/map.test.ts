// Document -> quads on articles written here: code-point offsets, BOM, stable actor IRIs,
// determinism, the statement properties every graph must carry, and a small expected graph.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { annotate, toQuads } from '../../src/index.js';
import { oa, pa, rdf, rdfs, skos } from '../../src/rdf/vocab.js';
import { formatReport, validate } from '../../src/rdf/validate.js';
import { EMOJI_CRLF, ERDOGAN, JANE_DOE } from '../helpers/articles.js';
import { ntriple, ntriples, objectsOf, restrictTo, subjectsOfType, ttl } from '../helpers/rdf.js';

const SEED = readFileSync(new URL('../../seeds/000_81ed9d07d236dca6.txt', import.meta.url), 'utf8');

const build = (text: string, id = 'article', date = '2025-03-06'): Quad[] => toQuads(annotate(text, { id, date }));

/** Every span node with its offsets and oa:exact. */
function spans(quads: readonly Quad[]): { node: string; start: number; end: number; exact: string }[] {
  return subjectsOfType(quads, oa.TextPositionSelector).map((node) => {
    const [start] = objectsOf(quads, node, oa.start);
    const [end] = objectsOf(quads, node, oa.end);
    const [exact] = objectsOf(quads, node, oa.exact);
    return { node: node.value, start: Number(start?.value), end: Number(end?.value), exact: exact?.value ?? '<no oa:exact>' };
  });
}

/** The text between two code-point offsets. */
const codePoints = (text: string, start: number, end: number): string => [...text].slice(start, end).join('');

describe('offsets', () => {
  it('are code points: every span slices to its oa:exact in a text with emoji and CRLF', () => {
    const quads = build(EMOJI_CRLF);
    const found = spans(quads);
    expect(found.length).toBeGreaterThan(3);
    for (const span of found) {
      expect(Number.isInteger(span.start) && Number.isInteger(span.end), span.node).toBe(true);
      expect({ node: span.node, text: codePoints(EMOJI_CRLF, span.start, span.end) }).toEqual({ node: span.node, text: span.exact });
    }
    // The check above only means something if some span comes after an astral character,
    // where UTF-16 and code-point offsets differ.
    expect(found.some((span) => codePoints(EMOJI_CRLF, 0, span.start).length !== span.start)).toBe(true);
  });

  it('count the CR of each CRLF: the quote after two CRLFs starts where the text has it', () => {
    const quads = build(EMOJI_CRLF);
    const direct = subjectsOfType(quads, pa.Statement).filter((s) => objectsOf(quads, s, pa.isDirectQuote)[0]?.value === 'true');
    expect(direct).toHaveLength(1);
    const content = objectsOf(quads, direct[0]!, pa.content)[0]!.value;
    expect(content).toBe('We will 💪 not give up the fight');
    const [span] = objectsOf(quads, direct[0]!, pa.contentSpan);
    const start = Number(objectsOf(quads, span!, oa.start)[0]!.value);
    const expected = [...EMOJI_CRLF].indexOf('"') + 1;
    expect(EMOJI_CRLF.slice(0, EMOJI_CRLF.indexOf('"'))).toContain('\r\n\r\n');
    expect(start).toBe(expected);
  });

  it('are relative to the text after a byte-order mark, which is removed', () => {
    const plain = build(EMOJI_CRLF);
    const withBom = build('\uFEFF' + EMOJI_CRLF);
    expect(withBom.map(ntriple)).toEqual(plain.map(ntriple));
    for (const span of spans(withBom)) expect(codePoints(EMOJI_CRLF, span.start, span.end)).toBe(span.exact);
    expect(annotate('\uFEFF' + JANE_DOE).text).toBe(JANE_DOE);
  });

  // Found by the fuzz tests: a U+FFFE in the text reached oa:exact and pa:content, which then were not
  // xsd:strings, and the output did not conform.
  it('read each character no RDF string holds (U+FFFE, U+FFFF, a lone surrogate) as U+FFFD, one for one', async () => {
    const text = 'Ana Rojas, the Chile Foreign Minister, said\uFFFE: "We will not accept this."\n\n"Nor \uD800this\uFFFF," she added 🎉.';
    const read = 'Ana Rojas, the Chile Foreign Minister, said\uFFFD: "We will not accept this."\n\n"Nor \uFFFDthis\uFFFD," she added 🎉.';
    const doc = annotate(text);
    expect(doc.text).toBe(read);
    const quads = toQuads(doc);
    const found = spans(quads);
    expect(found.map((span) => span.exact)).toEqual(expect.arrayContaining(['Nor \uFFFDthis\uFFFD']));
    for (const span of found) expect(codePoints(read, span.start, span.end), span.node).toBe(span.exact);
    const report = await validate(quads);
    expect(formatReport(report, 'article.ttl')).toBe('');
  });

  it('slice to oa:exact in the seed article too', () => {
    const found = spans(build(SEED, '000_81ed9d07d236dca6'));
    expect(found.length).toBeGreaterThan(20);
    for (const span of found) expect(codePoints(SEED, span.start, span.end), span.node).toBe(span.exact);
  });
});

describe('actor IRIs', () => {
  /** Actor IRIs by rdfs:label. */
  function actors(quads: readonly Quad[]): Map<string, string> {
    return new Map(subjectsOfType(quads, pa.Actor).map((node) => [objectsOf(quads, node, rdfs.label)[0]!.value, node.value]));
  }

  it('are the same for the same actor built from two different articles', () => {
    const first = actors(build(EMOJI_CRLF, 'first'));
    const second = actors(build(ERDOGAN, 'second'));
    expect(first.get('Vladimir Putin')).toBeDefined();
    expect(second.get('Vladimir Putin')).toBe(first.get('Vladimir Putin'));
  });

  it('differ between different actors, so merged graphs keep one label per actor', () => {
    const merged = [...build(EMOJI_CRLF, 'first'), ...build(ERDOGAN, 'second'), ...build(SEED, 'seed')];
    const byIri = new Map<string, Set<string>>();
    for (const node of subjectsOfType(merged, pa.Actor)) {
      byIri.set(node.value, new Set(objectsOf(merged, node, rdfs.label).map((label) => label.value)));
    }
    expect(byIri.size).toBeGreaterThan(5);
    for (const [iri, labels] of byIri) expect({ iri, labels: [...labels] }).toEqual({ iri, labels: [expect.any(String)] });
    const putin = [...byIri].find(([, labels]) => labels.has('Vladimir Putin'))?.[0];
    const zelensky = [...byIri].find(([, labels]) => labels.has('Volodymyr Zelensky'))?.[0];
    expect(putin).toBeDefined();
    expect(zelensky).toBeDefined();
    expect(putin).not.toBe(zelensky);
  });

  // Found by the fuzz tests: two names that differ only in what the slug drops gave one actor IRI two
  // rdfs:labels, which the shapes reject.
  it.each([
    ['a hyphen or a space', 'Ana Rojas-Vega said it. Ana Rojas Vega said it.', 'ana-rojas-vega', ['Ana Rojas-Vega', 'Ana Rojas Vega']],
  ])('shared by two actors whose names slug alike (%s) keep one label, the other name an altLabel', async (_, text, slugged, [first, second]) => {
    const doc = annotate(text, { id: 'article', date: '2025-03-06' });
    expect(doc.actors!.map((a) => a.label)).toEqual([first, second]);
    const quads = toQuads(doc);
    const node = DataFactory.namedNode(`https://w3id.org/parley/id/actor/${slugged}`);
    expect(objectsOf(quads, node, rdfs.label).map((t) => t.value)).toEqual([first]);
    expect(objectsOf(quads, node, skos.altLabel).map((t) => t.value)).toEqual([second]);
    expect(ntriples(quads).size).toBe(quads.length);
    const report = await validate(quads);
    expect(formatReport(report, 'article.ttl')).toBe('');
  });

  it('keep the letters of every script, so names in another script stay apart', () => {
    const doc = annotate('Ana Орлов said the talks were over. Ana Иванов said so. Minister Lars Løkke said it too.', { id: 'article' });
    const iris = toQuads(doc).filter((q) => q.predicate.equals(rdfs.label)).map((q) => q.subject.value);
    expect(iris).toEqual(expect.arrayContaining([
      'https://w3id.org/parley/id/actor/ana-орлов', 'https://w3id.org/parley/id/actor/ana-иванов', 'https://w3id.org/parley/id/actor/lars-løkke',
    ]));
  });

  it('do not depend on the article id or the publication date', () => {
    const a = actors(build(ERDOGAN, 'one', '2025-01-01'));
    const b = actors(build(ERDOGAN, 'two', '2024-06-30'));
    expect([...b]).toEqual([...a]);
  });
});

describe('toQuads', () => {
  it.each([['JANE_DOE', JANE_DOE], ['EMOJI_CRLF', EMOJI_CRLF], ['ERDOGAN', ERDOGAN], ['seed', SEED]])('gives identical quads for the same text twice (%s)', (_, text) => {
    const first = build(text).map(ntriple);
    const second = build(text).map(ntriple);
    expect(second).toEqual(first);
  });

  it.each([['JANE_DOE', JANE_DOE], ['EMOJI_CRLF', EMOJI_CRLF], ['ERDOGAN', ERDOGAN], ['seed', SEED]])('writes no quad twice (%s)', (_, text) => {
    const quads = build(text);
    expect(ntriples(quads).size).toBe(quads.length);
  });

  it.each([['JANE_DOE', JANE_DOE], ['EMOJI_CRLF', EMOJI_CRLF], ['ERDOGAN', ERDOGAN], ['seed', SEED]])('gives every statement pa:inArticle, pa:content, pa:isDirectQuote and pa:contentSpan (%s)', (_, text) => {
    const quads = build(text, 'x');
    const [article] = subjectsOfType(quads, pa.Article);
    const statements = subjectsOfType(quads, pa.Statement);
    expect(statements.length).toBeGreaterThan(0);
    const one = (node: Term, predicate: Term): Term => {
      const values = objectsOf(quads, node, predicate);
      expect(values, `${node.value} ${predicate.value}`).toHaveLength(1);
      return values[0]!;
    };
    for (const statement of statements) {
      expect(one(statement, pa.inArticle).equals(article!)).toBe(true);
      expect(one(statement, pa.content).value).not.toBe('');
      expect(['true', 'false']).toContain(one(statement, pa.isDirectQuote).value);
      const contentSpans = objectsOf(quads, statement, pa.contentSpan);
      expect(contentSpans.length).toBeGreaterThan(0);
      for (const span of contentSpans) {
        expect(objectsOf(quads, span, rdf.type).map((t) => t.value)).toContain(oa.TextPositionSelector.value);
        expect(one(statement, pa.content).value).toContain(one(span, oa.exact).value);
      }
    }
  });

  it('puts every quad in the article graph when asked, and in the default graph otherwise', () => {
    const doc = annotate(JANE_DOE, { id: 'jane' });
    const named = toQuads(doc, { namedGraph: true });
    expect(new Set(named.map((q) => q.graph.value))).toEqual(new Set(['https://w3id.org/parley/id/article/jane']));
    expect(toQuads(doc).every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
  });

  it('puts actors, articles and spans under --base', () => {
    const quads = toQuads(annotate(JANE_DOE, { id: 'jane' }), { base: 'https://example.org/news/' });
    const iris = quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'NamedNode' && !t.value.startsWith('http://www.w3.org/') && !t.value.startsWith('https://w3id.org/parley/ontology#') && !t.value.startsWith('https://schema.org/'));
    expect(iris.length).toBeGreaterThan(5);
    for (const iri of iris) expect(iri.value.startsWith('https://example.org/news/'), iri.value).toBe(true);
  });
});

describe('a one-sentence article as a graph', () => {
  const quads = toQuads(annotate(JANE_DOE, { id: 'jane', date: '2025-03-06' }));

  // 2025-03-06 is a Thursday, so "on Monday" is 2025-03-03. Offsets counted by hand:
  // "Foreign Minister " is 17 characters, "Jane Doe" 17-25, "said" 26-30, "the talks would resume" 46-68.
  const expected = ttl`
    @base <https://w3id.org/parley/id/> .

    <article/jane> a pa:Article ;
      schema:datePublished "2025-03-06"^^xsd:date .

    <article/jane/statement/1> a pa:Statement ;
      pa:inArticle <article/jane> ;
      pa:speaker <actor/jane-doe> ;
      pa:content "the talks would resume" ;
      pa:isDirectQuote false ;
      pa:cue "said" ;
      pa:statedOn "2025-03-03"^^xsd:date ;
      pa:contentSpan <article/jane/span/46-68> ;
      pa:speakerSpan <article/jane/span/17-25> ;
      pa:cueSpan <article/jane/span/26-30> .

    <actor/jane-doe> a pa:Actor, pa:Person ;
      rdfs:label "Jane Doe" ;
      pa:role "Foreign Minister" ;
      pa:mentionedIn <article/jane> .

    <article/jane/span/46-68> a oa:TextPositionSelector ;
      oa:start "46"^^xsd:nonNegativeInteger ; oa:end "68"^^xsd:nonNegativeInteger ; oa:exact "the talks would resume" .
    <article/jane/span/17-25> a oa:TextPositionSelector ;
      oa:start "17"^^xsd:nonNegativeInteger ; oa:end "25"^^xsd:nonNegativeInteger ; oa:exact "Jane Doe" .
  `;

  it('contains the statement, its speaker, its date and its spans', () => {
    const actual = ntriples(quads);
    expect([...ntriples(expected)].filter((line) => !actual.has(line))).toEqual([]);
  });

  it('has no other values for the properties the expected graph gives', () => {
    expect(ntriples(restrictTo(quads, expected))).toEqual(ntriples(expected));
  });

  it('has exactly one statement', () => {
    expect(subjectsOfType(quads, pa.Statement)).toHaveLength(1);
  });
});
