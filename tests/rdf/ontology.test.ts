// The ontology, shapes and JSON-LD context agree with vocab.ts and with each other.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataFactory, Parser } from 'n3';
import jsonld from 'jsonld';
import type { ContextDefinition } from 'jsonld';
import type { Quad, Term } from '@rdfjs/types';
import { PA_IRI, pa, prov, rdf, rdfs, oa, schema, xsd } from '../../src/rdf/vocab.js';
import { formatReport, validate } from '../../src/rdf/validate.js';
import type { ValidationReport } from '../../src/rdf/validate.js';

const ontologyFile = (name: string): string => readFileSync(new URL(`../../ontology/${name}`, import.meta.url), 'utf8');

const parse = (turtle: string): Quad[] => new Parser().parse(turtle);

/** Every pa: term in vocab.ts, by local name. */
const vocabTerms = Object.entries(pa).flatMap(([name, term]) => (name === '$base' || typeof term === 'string' ? [] : [[name, term] as const]));

const ontology = parse(ontologyFile('parley.ttl'));

// vocab.ts lists only the rdfs terms parley writes; the ontology's own axioms are read here.
const rdfsDomain = DataFactory.namedNode(`${rdfs.$base}domain`);
const rdfsRange = DataFactory.namedNode(`${rdfs.$base}range`);

const has = (quads: readonly Quad[], subject: Term, predicate: Term): boolean =>
  quads.some((quad) => quad.subject.equals(subject) && quad.predicate.equals(predicate));

describe('parley.ttl and vocab.ts', () => {
  it.each(vocabTerms)('declares pa:%s with a type, an English label and an English comment', (_, term) => {
    expect(has(ontology, term, rdf.type)).toBe(true);
    for (const predicate of [rdfs.label, rdfs.comment]) {
      const literals = ontology.filter((quad) => quad.subject.equals(term) && quad.predicate.equals(predicate));
      expect(literals.map((quad) => quad.object.termType === 'Literal' && quad.object.language)).toEqual(['en']);
    }
  });

  it('declares no pa: term that vocab.ts lacks', () => {
    const declared = new Set(ontology.filter((quad) => quad.predicate.equals(rdf.type) && quad.subject.value.startsWith(PA_IRI)).map((quad) => quad.subject.value));
    expect([...declared].sort()).toEqual(vocabTerms.map(([, term]) => term.value).sort());
  });

  it('gives every property a domain and a range', () => {
    const properties = vocabTerms.filter(([name]) => /^[a-z]/.test(name));
    for (const [, term] of properties) {
      expect({ term: term.value, domain: has(ontology, term, rdfsDomain), range: has(ontology, term, rdfsRange) }).toEqual({ term: term.value, domain: true, range: true });
    }
  });

  it('uses no pa: term in the shapes or the context that vocab.ts lacks', () => {
    const known = new Set(vocabTerms.map(([name]) => name));
    const shapes = parse(ontologyFile('shapes.ttl'));
    const usedInShapes = shapes.flatMap((quad) => [quad.subject, quad.predicate, quad.object]).filter((term) => term.termType === 'NamedNode' && term.value.startsWith(PA_IRI));
    const usedInContext = [...ontologyFile('context.jsonld').matchAll(/"pa:([^"]+)"/g)].map((match) => PA_IRI + match[1]);
    for (const iri of [...usedInShapes.map((term) => term.value), ...usedInContext]) {
      expect(known.has(iri.slice(PA_IRI.length)), iri).toBe(true);
    }
  });

  it('names every pa: term in the JSON-LD context', () => {
    const context = JSON.parse(ontologyFile('context.jsonld')) as { '@context': Record<string, unknown> };
    const mapped = new Set(
      Object.values(context['@context']).map((definition) =>
        typeof definition === 'string' ? definition : (definition as { '@id'?: string })['@id'],
      ),
    );
    expect(vocabTerms.map(([name]) => name).filter((name) => !mapped.has(`pa:${name}`))).toEqual([]);
  });
});

describe('ontology files', () => {
  it.each(['parley.ttl', 'shapes.ttl'])('%s parses as Turtle', (name) => {
    expect(parse(ontologyFile(name)).length).toBeGreaterThan(100);
  });

  it('context.jsonld is a JSON-LD context', () => {
    const context = JSON.parse(ontologyFile('context.jsonld')) as Record<string, unknown>;
    expect(Object.keys(context)).toEqual(['@context']);
  });
});

const PREFIXES = `
@prefix pa:     <https://w3id.org/parley/ontology#> .
@prefix oa:     <http://www.w3.org/ns/oa#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix ex:     <https://example.org/> .
`;

/** A small graph that uses every class and most properties the way parley writes them. */
const CONFORMING = `${PREFIXES}
ex:article a pa:Article ;
  schema:datePublished "2025-08-22"^^xsd:date ;
  pa:sourceFile "000_81ed9d07d236dca6.txt" ;
  pa:sha256 "${'0123456789abcdef'.repeat(4)}" ;
  prov:wasGeneratedBy ex:build .

ex:build a prov:Activity ;
  prov:used <ni:///sha-256;ASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4mrze8> ;
  prov:wasAssociatedWith ex:parley ;
  pa:baseOption "https://example.org/"^^xsd:anyURI ;
  pa:encodingOption "latin1" ;
  pa:dateOption "2025-08-22"^^xsd:date ;
  pa:publisherOption "Example Wire" .
ex:parley a prov:SoftwareAgent ; rdfs:label "parley" ; schema:softwareVersion "1.2.3" .

ex:lavrov a pa:Actor, pa:Person ;
  rdfs:label "Sergey Lavrov" ;
  skos:altLabel "Lavrov", "Putin's foreign minister" ;
  pa:role "Foreign Minister" ;
  pa:affiliatedWith ex:russia ;
  pa:mentionedIn ex:article ;
  pa:mentionSpan ex:span-mention .
ex:russia a pa:Actor, pa:Country ; rdfs:label "Russia" ; skos:altLabel "the Kremlin" .
ex:ukraine a pa:Actor, pa:Country ; rdfs:label "Ukraine" .
ex:reuters a pa:Actor, pa:Organization ; rdfs:label "Reuters"@en .
ex:media a pa:Actor, pa:Group ; rdfs:label "Ukrainian media" .

ex:statement a pa:Statement ;
  pa:speaker ex:lavrov ;
  pa:content "questions remain over Zelensky's authority to sign a peace deal" ;
  pa:isDirectQuote false ;
  pa:cue "said" ;
  pa:reportedBy ex:reuters ;
  pa:addressee ex:ukraine ;
  pa:statedOn "2025-08-21"^^xsd:date ;
  pa:inArticle ex:article ;
  pa:contentSpan ex:span-content ;
  pa:speakerSpan ex:span-speaker ;
  pa:cueSpan ex:span-cue ;
  pa:confidence 0.9 .

ex:proposal a pa:Proposal ;
  pa:content "Ukraine was asked to agree to permanent neutrality in return for international security guarantees" ;
  pa:contentSpan ex:span-proposal ;
  pa:inArticle ex:article ;
  pa:addressedTo ex:ukraine ;
  pa:proposalKind "demand" ;
  pa:condition "in return for international security guarantees" ;
  pa:conditionSpan ex:span-condition ;
  pa:confidence 0.75 .

ex:position-meeting a pa:Position ;
  pa:holder ex:lavrov ;
  pa:stance pa:Supports ;
  pa:target ex:topic-meeting ;
  pa:expressedIn ex:statement ;
  pa:evidenceSpan ex:span-evidence ;
  pa:confidence 1.0 .
ex:topic-meeting a pa:Topic ; rdfs:label "a meeting between Putin and Zelensky" .

ex:position-neutrality a pa:Position ;
  pa:holder ex:ukraine ;
  pa:stance pa:Opposes ;
  pa:target ex:proposal .

ex:span-mention   a oa:TextPositionSelector ; oa:start "120"^^xsd:nonNegativeInteger ; oa:end "133"^^xsd:nonNegativeInteger ; oa:exact "Sergey Lavrov" .
ex:span-content   a oa:TextPositionSelector ; oa:start "400"^^xsd:nonNegativeInteger ; oa:end "463"^^xsd:nonNegativeInteger .
ex:span-speaker   a oa:TextPositionSelector ; oa:start "465"^^xsd:nonNegativeInteger ; oa:end "488"^^xsd:nonNegativeInteger ; oa:exact "Putin's foreign minister" .
ex:span-cue       a oa:TextPositionSelector ; oa:start "489"^^xsd:nonNegativeInteger ; oa:end "493"^^xsd:nonNegativeInteger ; oa:exact "said" .
ex:span-proposal  a oa:TextPositionSelector ; oa:start "560"^^xsd:nonNegativeInteger ; oa:end "660"^^xsd:nonNegativeInteger .
ex:span-condition a oa:TextPositionSelector ; oa:start "612"^^xsd:nonNegativeInteger ; oa:end "660"^^xsd:nonNegativeInteger .
ex:span-evidence  a oa:TextPositionSelector ; oa:start "300"^^xsd:nonNegativeInteger ; oa:end "300"^^xsd:nonNegativeInteger .
`;

const ex = (local: string) => DataFactory.namedNode(`https://example.org/${local}`);

/** The conforming graph without the quads `drop` selects and with the Turtle `add`. */
function variant(drop: (quad: Quad) => boolean, add = ''): Quad[] {
  return [...parse(CONFORMING).filter((quad) => !drop(quad)), ...parse(PREFIXES + add)];
}

const about = (subject: Term, predicate: Term) => (quad: Quad) => quad.subject.equals(subject) && quad.predicate.equals(predicate);
const keep = () => false;

describe('shapes.ttl', () => {
  it('accepts a well-formed graph', async () => {
    const report = await validate(parse(CONFORMING));
    expect(formatReport(report, 'conforming.ttl')).toBe('');
    expect(report).toEqual({ conforms: true, results: [] });
  });

  const broken: readonly (readonly [string, Quad[], string, string])[] = [
    ['a statement without content', variant(about(ex('statement'), pa.content)), ex('statement').value, pa.content.value],
    ['a stance that is none of the three', variant(about(ex('position-meeting'), pa.stance), 'ex:position-meeting pa:stance ex:Undecided .'), ex('position-meeting').value, pa.stance.value],
    ['a span that starts after it ends', variant(about(ex('span-cue'), oa.start), 'ex:span-cue oa:start "494"^^xsd:nonNegativeInteger .'), ex('span-cue').value, oa.start.value],
    ['a span whose start is a plain string', variant(about(ex('span-cue'), oa.start), 'ex:span-cue oa:start "489" .'), ex('span-cue').value, oa.start.value],
    ['a position without holder', variant(about(ex('position-neutrality'), pa.holder)), ex('position-neutrality').value, pa.holder.value],
    ['an actor with two labels', variant(keep, 'ex:lavrov rdfs:label "Lavrov" .'), ex('lavrov').value, rdfs.label.value],
    ['a speaker that is not an actor', variant(about(ex('statement'), pa.speaker), 'ex:statement pa:speaker ex:nobody .'), ex('statement').value, pa.speaker.value],
    ['a target that is neither a proposal nor labelled', variant(about(ex('position-meeting'), pa.target), 'ex:position-meeting pa:target ex:nothing .'), ex('position-meeting').value, pa.target.value],
    ['a confidence above 1', variant(about(ex('proposal'), pa.confidence), 'ex:proposal pa:confidence 1.5 .'), ex('proposal').value, pa.confidence.value],
    ['a malformed digest', variant(about(ex('article'), pa.sha256), 'ex:article pa:sha256 "ABC" .'), ex('article').value, pa.sha256.value],
    ['a date-time for a date', variant(about(ex('statement'), pa.statedOn), 'ex:statement pa:statedOn "2025-08-21T10:00:00Z"^^xsd:dateTime .'), ex('statement').value, pa.statedOn.value],
    ['a content span that is not a span', variant(about(ex('statement'), pa.contentSpan), 'ex:statement pa:contentSpan ex:nowhere .'), ex('statement').value, pa.contentSpan.value],
    ['a topic without label', variant(about(ex('topic-meeting'), rdfs.label)), ex('topic-meeting').value, rdfs.label.value],
    ['an article generated by two builds', variant(keep, 'ex:article prov:wasGeneratedBy ex:other . ex:other a prov:Activity ; prov:wasAssociatedWith ex:parley ; pa:baseOption "https://example.org/"^^xsd:anyURI ; pa:encodingOption "utf8" .'), ex('article').value, prov.wasGeneratedBy.value],
    ['an article generated by something that is not an activity', variant(about(ex('article'), prov.wasGeneratedBy), 'ex:article prov:wasGeneratedBy ex:parley .'), ex('article').value, prov.wasGeneratedBy.value],
    ['a build without software agent', variant(about(ex('build'), prov.wasAssociatedWith)), ex('build').value, prov.wasAssociatedWith.value],
    ['a build whose source is a literal', variant(about(ex('build'), prov.used), 'ex:build prov:used "article.txt" .'), ex('build').value, prov.used.value],
    ['a build whose source is not named by a digest', variant(about(ex('build'), prov.used), 'ex:build prov:used <file:///home/someone/article.txt> .'), ex('build').value, prov.used.value],
    ['a build without base', variant(about(ex('build'), pa.baseOption)), ex('build').value, pa.baseOption.value],
    ['a build whose base is a plain string', variant(about(ex('build'), pa.baseOption), 'ex:build pa:baseOption "https://example.org/" .'), ex('build').value, pa.baseOption.value],
    ['an encoding parley does not read', variant(about(ex('build'), pa.encodingOption), 'ex:build pa:encodingOption "utf16" .'), ex('build').value, pa.encodingOption.value],
    ['a build without encoding', variant(about(ex('build'), pa.encodingOption)), ex('build').value, pa.encodingOption.value],
    ['a date option that is not a date', variant(about(ex('build'), pa.dateOption), 'ex:build pa:dateOption "22 August 2025" .'), ex('build').value, pa.dateOption.value],
    ['two publisher options', variant(keep, 'ex:build pa:publisherOption "Another Wire" .'), ex('build').value, pa.publisherOption.value],
    ['a software agent without version', variant(about(ex('parley'), schema.softwareVersion)), ex('parley').value, schema.softwareVersion.value],
    ['a software agent with two names', variant(keep, 'ex:parley rdfs:label "parley-cli" .'), ex('parley').value, rdfs.label.value],
  ];

  it.each(broken)('rejects %s', async (_, quads, focusNode, path) => {
    const report = await validate(quads);
    expect(report.conforms).toBe(false);
    expect(report.results).toContainEqual(expect.objectContaining({ focusNode, path, severity: 'Violation' }));
  });

  it('reports the offending value and a readable line per result', async () => {
    const report: ValidationReport = await validate(variant(about(ex('span-cue'), oa.start), 'ex:span-cue oa:start "489" .'));
    expect(report.results).toContainEqual(expect.objectContaining({ path: oa.start.value, value: '"489"', message: expect.stringContaining('xsd:nonNegativeInteger') }));
    const lines = formatReport(report, 'article.ttl').split('\n');
    expect(lines).toHaveLength(report.results.length);
    expect(lines).toContain('article.ttl: <https://example.org/span-cue> oa:start: A span has exactly one oa:start, an xsd:nonNegativeInteger code-point offset. ("489")');
  });

  it('shows typed values with prefixed datatypes', async () => {
    const report = await validate(variant(about(ex('proposal'), pa.confidence), 'ex:proposal pa:confidence 1.5 .'));
    expect(formatReport(report, 'a.ttl')).toContain('pa:confidence: A proposal has at most one pa:confidence, an xsd:decimal from 0 to 1. ("1.5"^^xsd:decimal)');
  });
});

/** The RDF/JS-shaped quads jsonld.toRDF returns. */
interface PlainQuad {
  readonly subject: Term;
  readonly predicate: Term;
  readonly object: Term;
  readonly graph: Term;
}

function ntriple(quad: PlainQuad): string {
  const term = (t: Term): string => {
    if (t.termType === 'NamedNode') return `<${t.value}>`;
    if (t.termType === 'BlankNode') return `_:${t.value}`;
    if (t.termType === 'Literal') return `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}`;
    return '';
  };
  return `${term(quad.subject)} ${term(quad.predicate)} ${term(quad.object)} .`;
}

/**
 * xsd:boolean values as JSON true/false. (jsonld.fromRDF's useNativeTypes would do this, but in
 * jsonld 9 it also stamps "@type": xsd:string on every plain string, so it is done by hand.)
 */
function nativeBooleans<T>(value: T): T {
  if (Array.isArray(value)) return value.map(nativeBooleans) as T;
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  if (object['@type'] === xsd.boolean.value && (object['@value'] === 'true' || object['@value'] === 'false')) return { '@value': object['@value'] === 'true' } as T;
  return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, nativeBooleans(inner)])) as T;
}

describe('context.jsonld', () => {
  const context = JSON.parse(ontologyFile('context.jsonld')) as ContextDefinition;
  const quads = parse(CONFORMING);

  async function roundTrip(withNativeBooleans: boolean) {
    const expanded = await jsonld.fromRDF(quads);
    const compacted = await jsonld.compact(withNativeBooleans ? nativeBooleans(expanded) : expanded, context);
    const back = (await jsonld.toRDF(compacted)) as readonly PlainQuad[];
    return { compacted, back };
  }

  it.each([false, true])('round-trips RDF -> compacted JSON-LD -> RDF without loss (native booleans: %s)', async (withNativeBooleans) => {
    const { back } = await roundTrip(withNativeBooleans);
    expect(new Set(back.map(ntriple))).toEqual(new Set(quads.map(ntriple)));
    expect(back).toHaveLength(quads.length);
  });

  it('compacts to plain JSON keys and values', async () => {
    const { compacted } = await roundTrip(true);
    const nodes = compacted['@graph'] as Record<string, unknown>[];
    const keys = new Set(nodes.flatMap((node) => Object.keys(node)));
    expect([...keys].filter((key) => key.includes(':'))).toEqual([]);

    const byId = new Map(nodes.map((node) => [node['id'], node]));
    expect(byId.get(ex('statement').value)).toMatchObject({
      type: 'Statement',
      speaker: ex('lavrov').value,
      isDirectQuote: false,
      statedOn: '2025-08-21',
      contentSpan: [ex('span-content').value],
      confidence: '0.9',
    });
    expect(byId.get(ex('position-meeting').value)).toMatchObject({ type: 'Position', stance: 'Supports', expressedIn: [ex('statement').value] });
    expect(byId.get(ex('span-cue').value)).toMatchObject({ type: 'TextPositionSelector', start: '489', end: '493', exact: 'said' });
    expect(byId.get(ex('lavrov').value)).toMatchObject({ type: ['Actor', 'Person'], label: 'Sergey Lavrov', altLabel: ['Lavrov', "Putin's foreign minister"] });
    expect(byId.get(ex('article').value)).toMatchObject({ datePublished: '2025-08-22', wasGeneratedBy: ex('build').value });
    expect(byId.get(ex('build').value)).toMatchObject({
      type: 'Activity', used: ['ni:///sha-256;ASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4mrze8'], wasAssociatedWith: ex('parley').value,
      baseOption: 'https://example.org/', encodingOption: 'latin1', dateOption: '2025-08-22', publisherOption: 'Example Wire',
    });
    expect(byId.get(ex('parley').value)).toMatchObject({ type: 'SoftwareAgent', label: 'parley', softwareVersion: '1.2.3' });
  });

  it('keeps the datatype of offsets when read back', async () => {
    const { back } = await roundTrip(true);
    const starts = back.filter((quad) => quad.predicate.value === oa.start.value);
    expect(starts.length).toBeGreaterThan(0);
    for (const quad of starts) expect(quad.object.termType === 'Literal' && quad.object.datatype.value).toBe(xsd.nonNegativeInteger.value);
  });
});
