// Query results as data (bindings, a boolean, or quads) and as text: an aligned table for people, and the
// SPARQL 1.1 CSV, TSV and JSON result formats. Both stores answer SELECT and ASK in SPARQL JSON, read here.
import { DataFactory, Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { ParleyError } from '../errors.js';
import { serialize } from '../rdf/serialize.js';
import { compactIri } from '../rdf/validate.js';
import { DEFAULT_BASE, xsd } from '../rdf/vocab.js';

export type Row = ReadonlyMap<string, Term>;

export type QueryResult =
  | { readonly kind: 'bindings'; readonly variables: readonly string[]; readonly rows: readonly Row[] }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'quads'; readonly quads: readonly Quad[] };

export type ResultFormat = 'table' | 'csv' | 'tsv' | 'json';

interface JsonTerm {
  readonly type: 'uri' | 'literal' | 'typed-literal' | 'bnode';
  readonly value: string;
  readonly datatype?: string;
  readonly 'xml:lang'?: string;
}

interface JsonResults {
  readonly head?: { readonly vars?: readonly string[] };
  readonly results?: { readonly bindings: readonly Readonly<Record<string, JsonTerm>>[] };
  readonly boolean?: boolean;
}

function fromJsonTerm(term: JsonTerm): Term {
  switch (term.type) {
    case 'uri': return DataFactory.namedNode(term.value);
    case 'bnode': return DataFactory.blankNode(term.value);
    default: {
      const language = term['xml:lang'];
      if (language) return DataFactory.literal(term.value, language);
      if (!term.datatype) return DataFactory.literal(term.value);
      // Virtuoso writes booleans as 0 and 1: the same values, in their canonical form here.
      const value = term.datatype === xsd.boolean.value ? ({ 0: 'false', 1: 'true' } as Record<string, string>)[term.value] ?? term.value : term.value;
      return DataFactory.literal(value, DataFactory.namedNode(term.datatype));
    }
  }
}

/** SPARQL 1.1 Query Results JSON (and Virtuoso's older "typed-literal") as a QueryResult. */
export function parseJsonResults(text: string, source: string): QueryResult {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch {
    throw new ParleyError('bad-response', `answered with something that is not SPARQL JSON results (${text.slice(0, 80).replace(/\s+/g, ' ')}…)`, source);
  }
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  if (!json.results || !Array.isArray(json.results.bindings)) throw new ParleyError('bad-response', 'answered with JSON that has neither results nor a boolean', source);
  const rows = json.results.bindings.map((binding) => new Map(Object.entries(binding as Record<string, JsonTerm>).map(([name, term]): [string, Term] => [name, fromJsonTerm(term)])));
  return { kind: 'bindings', variables: json.head?.vars ?? [...new Set(rows.flatMap((row) => [...row.keys()]))], rows };
}

/** Turtle or N-Triples as a quads result. */
export function parseGraphResult(text: string, source: string): QueryResult {
  try {
    return { kind: 'quads', quads: new Parser({ format: 'Turtle' }).parse(text) };
  } catch (error) {
    throw new ParleyError('bad-response', `answered with RDF that does not parse (${(error as Error).message.split('\n')[0]})`, source);
  }
}

/** A term in N-Triples/Turtle syntax (TSV cells, the table's IRIs). */
function ntriples(term: Term): string {
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`;
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': {
      const body = JSON.stringify(term.value);
      if (term.language) return `${body}@${term.language}`;
      return term.datatype.value === xsd.string.value ? body : `${body}^^<${term.datatype.value}>`;
    }
    default: return term.value;
  }
}

/** For reading only: an IRI with parley's prefixes, and parley's own node IRIs as `id:article/...`. */
function compact(iri: string): string {
  return iri.startsWith(DEFAULT_BASE) ? `id:${iri.slice(DEFAULT_BASE.length)}` : compactIri(iri);
}

const TABLE_CELL_MAX = 100;

function tableCell(term: Term | undefined): string {
  if (!term) return '';
  const text = term.termType === 'NamedNode' ? compact(term.value) : term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > TABLE_CELL_MAX ? `${flat.slice(0, TABLE_CELL_MAX - 1)}…` : flat;
}

function table(variables: readonly string[], rows: readonly Row[]): string {
  const cells = rows.map((row) => variables.map((v) => tableCell(row.get(v))));
  const widths = variables.map((v, i) => Math.max(v.length, ...cells.map((r) => [...r[i]!].length)));
  const line = (values: readonly string[]): string => values.map((value, i) => value + ' '.repeat(widths[i]! - [...value].length)).join('  ').trimEnd();
  const out = [line(variables), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return out.join('\n') + '\n';
}

function csvField(term: Term | undefined): string {
  const value = !term ? '' : term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function jsonTerm(term: Term): JsonTerm {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  if (term.termType === 'Literal') {
    if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
    return term.datatype.value === xsd.string.value ? { type: 'literal', value: term.value } : { type: 'literal', value: term.value, datatype: term.datatype.value };
  }
  return { type: 'literal', value: term.value };
}

/** The result as text: SELECT and ASK in `format`; CONSTRUCT and DESCRIBE always as Turtle. */
export async function formatResult(result: QueryResult, format: ResultFormat): Promise<string> {
  if (result.kind === 'quads') return serialize(result.quads, 'turtle');
  if (result.kind === 'boolean') {
    return format === 'json' ? JSON.stringify({ head: {}, boolean: result.value }) + '\n' : `${result.value}\n`;
  }
  const { variables, rows } = result;
  switch (format) {
    case 'table':
      return table(variables, rows);
    case 'csv':
      return [variables.join(','), ...rows.map((row) => variables.map((v) => csvField(row.get(v))).join(','))].join('\r\n') + '\r\n';
    case 'tsv':
      return [variables.map((v) => `?${v}`).join('\t'), ...rows.map((row) => variables.map((v) => {
        const term = row.get(v);
        return term ? ntriples(term) : '';
      }).join('\t'))].join('\n') + '\n';
    case 'json':
      return JSON.stringify({
        head: { vars: variables },
        results: { bindings: rows.map((row) => Object.fromEntries([...row].map(([name, term]) => [name, jsonTerm(term)]))) },
      }) + '\n';
  }
}
