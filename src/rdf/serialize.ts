// Quads -> text: Turtle and TriG/N-Quads with n3, JSON-LD compacted with ontology/context.jsonld.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Writer } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { PREFIXES, xsd } from './vocab.js';

export type Format = 'turtle' | 'jsonld' | 'nquads' | 'trig';

export const FORMATS: Readonly<Record<Format, { readonly extension: string; readonly namedGraph: boolean }>> = {
  turtle: { extension: '.ttl', namedGraph: false },
  jsonld: { extension: '.jsonld', namedGraph: false },
  nquads: { extension: '.nq', namedGraph: true },
  trig: { extension: '.trig', namedGraph: true },
};

const N3_FORMATS: Readonly<Record<Exclude<Format, 'jsonld'>, string>> = {
  turtle: 'Turtle', nquads: 'N-Quads', trig: 'application/trig',
};

let context: object | undefined;
/** The JSON-LD context shipped in ontology/ (the same two levels up from src/rdf and dist/rdf). */
export function jsonldContext(): object {
  context ??= JSON.parse(readFileSync(fileURLToPath(new URL('../../ontology/context.jsonld', import.meta.url)), 'utf8')) as object;
  return context;
}

/**
 * n3's writer with each IRI's written form remembered: an article names the same few dozen terms and
 * span nodes hundreds of times, and n3 would match every one against the prefixes again. The text is
 * n3's own, unchanged.
 */
const encodeIri = (Writer.prototype as unknown as { _encodeIriOrBlank(this: Writer, term: Term): string })._encodeIriOrBlank;

class IriMemoWriter extends Writer {
  readonly #written = new Map<string, string>();

  protected _encodeIriOrBlank(term: Term): string {
    if (term.termType !== 'NamedNode') return encodeIri.call(this, term);
    let written = this.#written.get(term.value);
    if (written === undefined) this.#written.set(term.value, written = encodeIri.call(this, term));
    return written;
  }
}

function writeN3(quads: readonly Quad[], format: Exclude<Format, 'jsonld'>): string {
  const writer = new IriMemoWriter({ format: N3_FORMATS[format], ...(format === 'nquads' ? {} : { prefixes: { ...PREFIXES } }) });
  writer.addQuads([...quads]);
  let result = '';
  writer.end((error, text) => { if (error) throw error; result = text; });
  return result;
}

/** xsd:boolean values as JSON true/false, so "isDirectQuote": false reads as plain JSON (lossless). */
export function nativeBooleans<T>(value: T): T {
  if (Array.isArray(value)) return value.map(nativeBooleans) as T;
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  if (object['@type'] === xsd.boolean.value && (object['@value'] === 'true' || object['@value'] === 'false')) return { '@value': object['@value'] === 'true' } as T;
  return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, nativeBooleans(inner)])) as T;
}

/** JSON-LD: from the quads (not an N-Quads string), compacted with the project context, inlined. */
async function writeJsonld(quads: readonly Quad[]): Promise<string> {
  const { default: jsonld } = await import('jsonld'); // loaded on first use: Turtle builds do not pay for it
  const expanded = await jsonld.fromRDF([...quads] as never, { useNativeTypes: false });
  const ctx = jsonldContext() as { '@context': object };
  const compacted = await jsonld.compact(nativeBooleans(expanded), ctx, { compactArrays: true });
  return JSON.stringify(compacted, null, 2) + '\n';
}

export async function serialize(quads: readonly Quad[], format: Format): Promise<string> {
  return format === 'jsonld' ? writeJsonld(quads) : writeN3(quads, format);
}
