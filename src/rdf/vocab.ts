// Every ontology and vocabulary term parley writes, typed once. No IRI is spelled out elsewhere.
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';

/** A typed namespace: each listed local name becomes a NamedNode, and nothing else type-checks. */
function namespace<const T extends readonly string[]>(base: string, terms: T): { readonly [K in T[number]]: NamedNode } & { readonly $base: string } {
  const table: Record<string, NamedNode | string> = { $base: base };
  for (const term of terms) table[term] = DataFactory.namedNode(base + term);
  return table as { readonly [K in T[number]]: NamedNode } & { readonly $base: string };
}

export const PA_IRI = 'https://w3id.org/parley/ontology#';

/** parley's own ontology (ontology/parley.ttl defines each of these; a test checks it). */
export const pa = namespace(PA_IRI, [
  // classes
  'Article', 'Actor', 'Person', 'Organization', 'Country', 'Group',
  'Statement', 'Position', 'Proposal', 'Stance', 'Topic',
  // stances
  'Supports', 'Opposes', 'Neutral',
  // statements
  'speaker', 'content', 'isDirectQuote', 'cue', 'reportedBy', 'statedOn', 'inArticle',
  'contentSpan', 'speakerSpan', 'cueSpan', 'addressee', 'confidence',
  // proposals
  'proposedBy', 'addressedTo', 'proposalKind', 'condition', 'conditionSpan',
  // positions
  'holder', 'stance', 'target', 'expressedIn', 'evidenceSpan',
  // actors
  'role', 'affiliatedWith', 'mentionedIn', 'mentionSpan',
  // articles
  'sourceFile', 'sha256',
  // provenance: the options a build activity ran with
  'dateOption', 'publisherOption', 'baseOption', 'encodingOption',
] as const);

export const rdf = namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#', ['type'] as const);
export const rdfs = namespace('http://www.w3.org/2000/01/rdf-schema#', ['label', 'comment', 'subClassOf'] as const);
export const skos = namespace('http://www.w3.org/2004/02/skos/core#', ['altLabel'] as const);
export const oa = namespace('http://www.w3.org/ns/oa#', ['TextPositionSelector', 'start', 'end', 'exact'] as const);
export const schema = namespace('https://schema.org/', ['datePublished', 'name', 'headline', 'softwareVersion'] as const);
export const prov = namespace('http://www.w3.org/ns/prov#', ['wasGeneratedBy', 'Activity', 'used', 'wasAssociatedWith', 'SoftwareAgent'] as const);
export const xsd = namespace('http://www.w3.org/2001/XMLSchema#', ['date', 'boolean', 'decimal', 'nonNegativeInteger', 'string', 'anyURI'] as const);
export const sh = namespace('http://www.w3.org/ns/shacl#', ['conforms', 'result', 'resultMessage', 'focusNode', 'resultPath', 'value', 'resultSeverity', 'datatype', 'DatatypeConstraintComponent'] as const);

/** Prefixes written at the top of Turtle and TriG output, in this order. */
export const PREFIXES: Readonly<Record<string, string>> = {
  pa: PA_IRI,
  oa: oa.$base,
  rdf: rdf.$base,
  rdfs: rdfs.$base,
  skos: skos.$base,
  schema: schema.$base,
  prov: prov.$base,
  xsd: xsd.$base,
};

/** parley itself, as a prov:SoftwareAgent: one IRI per version (`<SOFTWARE_IRI><version>`), whatever the base. */
export const SOFTWARE_IRI = 'https://w3id.org/parley/software/';

/** Default base for the IRIs of articles, actors and everything found in them (`--base` overrides). */
export const DEFAULT_BASE = 'https://w3id.org/parley/id/';
