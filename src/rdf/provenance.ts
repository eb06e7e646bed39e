// How an article's graph was made: which parley, run with which options, on which bytes (PROV-O). Only
// what shapes the output goes in, so the same input built twice gives the same bytes: no clock, host or
// path, and nothing that differs between output formats (the format itself, the named graph).
import { DataFactory } from 'n3';
import type { Literal, NamedNode } from '@rdfjs/types';
import type { Encoding } from '../io.js';
import { VERSION } from '../version.js';
import { SOFTWARE_IRI, pa, prov, rdf, rdfs, schema, xsd } from './vocab.js';

const { namedNode, literal } = DataFactory;

/** The options that shaped one article's graph, as given (date and publisher only when given). */
export interface BuildSettings {
  /** Publication date for articles that carry none (--date). */
  readonly date?: string;
  /** The outlet that published the article (--publisher). */
  readonly publisher?: string;
  /** How the file was decoded (--encoding; utf8 when not given). */
  readonly encoding?: Encoding;
  /** parley's version; this one's when not given. */
  readonly version?: string;
}

/** The activity that made an article's graph: `<article>/build`, one per article, like its statements. */
const buildIri = (article: NamedNode): NamedNode => namedNode(`${article.value}/build`);

/** The input bytes named by their digest (RFC 6920 `ni:` URI): the same bytes get the same IRI under any name. */
const sourceIri = (sha256: string): NamedNode => namedNode(`ni:///sha-256;${Buffer.from(sha256, 'hex').toString('base64url')}`);

const softwareIri = (version: string): NamedNode => namedNode(SOFTWARE_IRI + encodeURIComponent(version));

/**
 * Adds `article prov:wasGeneratedBy <article>/build`, the build activity (the source bytes it used, the
 * options it ran with) and parley as its prov:SoftwareAgent. Call right after the article's own triples.
 */
export function addProvenance(
  add: (s: NamedNode, p: NamedNode, o: NamedNode | Literal) => void,
  article: NamedNode, base: string, sha256: string | undefined, settings: BuildSettings,
): void {
  const version = settings.version ?? VERSION;
  const activity = buildIri(article);
  const agent = softwareIri(version);
  add(article, prov.wasGeneratedBy, activity);
  add(activity, rdf.type, prov.Activity);
  if (sha256 && /^[0-9a-f]{64}$/.test(sha256)) add(activity, prov.used, sourceIri(sha256));
  add(activity, prov.wasAssociatedWith, agent);
  add(activity, pa.baseOption, literal(base, xsd.anyURI));
  add(activity, pa.encodingOption, literal(settings.encoding ?? 'utf8'));
  if (settings.date) add(activity, pa.dateOption, literal(settings.date, xsd.date));
  if (settings.publisher) add(activity, pa.publisherOption, literal(settings.publisher));
  add(agent, rdf.type, prov.SoftwareAgent);
  add(agent, rdfs.label, literal('parley'));
  add(agent, schema.softwareVersion, literal(version));
}
