// Query results as data (bindings, a boolean, or quads) and as text: an aligned table for people, and the
// SPARQL 1.1 CSV, TSV and JSON result formats. The embedded store answers SELECT in SPARQL TSV and a remote
// one in SPARQL JSON, both read here a row at a time, so that a result of millions of rows is written out
// as it is read rather than held as objects or built into one string.
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

/** SELECT results read as they come: `rows` yields one row at a time, and can be read once. */
export interface RowStream {
  readonly kind: 'rows';
  readonly variables: readonly string[];
  readonly rows: AsyncIterable<Row> | Iterable<Row>;
}

/** A result as a query returns it when asked to stream: SELECT rows as a RowStream, anything else whole. */
export type StreamedResult = RowStream | Exclude<QueryResult, { readonly kind: 'bindings' }>;

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
  const rows = json.results.bindings.map(jsonRow);
  return { kind: 'bindings', variables: json.head?.vars ?? [...new Set(rows.flatMap((row) => [...row.keys()]))], rows };
}

/** A binding of SPARQL JSON results as a row. */
function jsonRow(binding: Readonly<Record<string, JsonTerm>>): Row {
  return new Map(Object.entries(binding).map(([name, term]): [string, Term] => [name, fromJsonTerm(term)]));
}

/** Every row of a stream, read into memory (for callers that want the whole result). */
export async function collect(result: StreamedResult): Promise<QueryResult> {
  if (result.kind !== 'rows') return result;
  const rows: Row[] = [];
  for await (const row of result.rows) rows.push(row);
  return { kind: 'bindings', variables: result.variables, rows };
}

const XSD = xsd.$base;
const ECHAR: Readonly<Record<string, string>> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function unescapeTerm(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (all, u4?: string, u8?: string, c?: string) =>
    u4 || u8 ? String.fromCodePoint(parseInt((u4 ?? u8)!, 16)) : ECHAR[c!] ?? all);
}

/** One cell of SPARQL TSV results (a term in Turtle syntax, numbers and booleans abbreviated); "" is unbound. */
function tsvTerm(cell: string, source: string): Term | undefined {
  if (cell === '') return undefined;
  const bad = (): ParleyError => new ParleyError('bad-response', `answered with a term parley cannot read (${cell.slice(0, 60)})`, source);
  const first = cell[0];
  if (first === '<') {
    if (cell.startsWith('<<') || !cell.endsWith('>')) throw bad();
    return DataFactory.namedNode(unescapeTerm(cell.slice(1, -1)));
  }
  if (first === '_' && cell[1] === ':') return DataFactory.blankNode(cell.slice(2));
  if (first === '"') {
    let end = 1;
    while (end < cell.length && cell[end] !== '"') end += cell[end] === '\\' ? 2 : 1;
    if (end >= cell.length) throw bad();
    const value = unescapeTerm(cell.slice(1, end));
    const rest = cell.slice(end + 1);
    if (!rest) return DataFactory.literal(value);
    if (rest[0] === '@' && rest.length > 1) return DataFactory.literal(value, rest.slice(1));
    if (rest.startsWith('^^<') && rest.endsWith('>')) return DataFactory.literal(value, DataFactory.namedNode(unescapeTerm(rest.slice(3, -1))));
    throw bad();
  }
  if (/^[+-]?\d+$/.test(cell)) return DataFactory.literal(cell, DataFactory.namedNode(`${XSD}integer`));
  if (/^[+-]?\d*\.\d+$/.test(cell)) return DataFactory.literal(cell, DataFactory.namedNode(`${XSD}decimal`));
  if (/^[+-]?(\d+\.\d*|\.?\d+)[eE][+-]?\d+$/.test(cell)) return DataFactory.literal(cell, DataFactory.namedNode(`${XSD}double`));
  if (cell === 'true' || cell === 'false') return DataFactory.literal(cell, DataFactory.namedNode(`${XSD}boolean`));
  throw bad();
}

/**
 * SPARQL 1.1 TSV results (the embedded store's answer to a SELECT) as rows, each read when it is asked
 * for. A line is one row; with no variables, each row is an empty line.
 */
export function parseTsvResults(text: string, source: string): RowStream {
  const headerEnd = text.indexOf('\n');
  const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const variables = header === '' ? [] : header.split('\t').map((v) => v.replace(/^[?$]/, ''));
  function* rows(): Generator<Row> {
    for (let at = headerEnd + 1; headerEnd >= 0 && at < text.length;) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end);
      at = end + 1;
      const row = new Map<string, Term>();
      if (line !== '') {
        const cells = line.split('\t');
        if (cells.length !== variables.length) throw new ParleyError('bad-response', `answered with a row of ${cells.length} values for ${variables.length} variables`, source);
        cells.forEach((cell, i) => { const term = tsvTerm(cell, source); if (term) row.set(variables[i]!, term); });
      }
      yield row;
    }
  }
  return { kind: 'rows', variables, rows: rows() };
}

/** One level of JSON being read: an object (with the key being read or last read) or an array. */
interface Frame {
  readonly type: 'object' | 'array';
  /** The key this value has in its parent object. */
  readonly key: string | undefined;
  /** In an object: the next string is a key. */
  expectKey: boolean;
  /** In an object: the key of the value being read. */
  current: string | undefined;
}

/**
 * SPARQL JSON results read as they arrive: `push` each piece of text, `take` the rows complete so far,
 * `end` when the text is all there. Only the structure is followed (objects, arrays, strings); `head`,
 * `boolean` and each binding are parsed on their own once complete, so only one binding is held at a time.
 */
export class JsonResultsReader {
  private buffer = '';
  /** Where reading goes on in `buffer`. */
  private at = 0;
  private readonly stack: Frame[] = [];
  private inString = false;
  private inScalar = false;
  /** Where the string being read started, when it is a key (to read the key). */
  private keyStart = -1;
  /** Where the value being kept started, and how deep it sits. */
  private captureStart = -1;
  private captureDepth = -1;
  private captureKind: 'head' | 'boolean' | 'binding' | undefined;
  private finished = false;
  private readonly ready: Row[] = [];
  head: { readonly vars?: readonly string[] } | undefined;
  boolean: boolean | undefined;

  constructor(private readonly source: string) {}

  /** Reads `text`; the rows it completes wait in `take()`. */
  push(text: string): void {
    this.buffer += text;
    this.scan();
    // Drop what has been read and is no longer needed.
    const keep = Math.min(...[this.at, this.captureStart, this.keyStart].filter((i) => i >= 0));
    if (keep > 0) {
      this.buffer = this.buffer.slice(keep);
      this.at -= keep;
      if (this.captureStart >= 0) this.captureStart -= keep;
      if (this.keyStart >= 0) this.keyStart -= keep;
    }
  }

  /** The rows completed so far, removed from the reader. */
  take(): Row[] {
    return this.ready.splice(0, this.ready.length);
  }

  /** At the end of the text: an error unless the results were complete. */
  end(): void {
    if (this.inScalar) this.endScalar(this.buffer.length);
    if (!this.finished || this.inString) throw this.broken('the answer ended before the results did');
    if (!this.head && this.boolean === undefined) throw this.broken('the answer has neither a head nor a boolean');
  }

  private broken(why: string): ParleyError {
    return new ParleyError('bad-response', `answered with something that is not SPARQL JSON results (${why})`, this.source);
  }

  private startValue(at: number): void {
    const depth = this.stack.length;
    const parent = this.stack[depth - 1];
    if (this.captureStart >= 0 || !parent) return;
    if (depth === 1 && (parent.current === 'head' || parent.current === 'boolean')) {
      this.captureKind = parent.current;
    } else if (depth === 3 && parent.type === 'array' && parent.key === 'bindings' && this.stack[1]!.key === 'results') {
      this.captureKind = 'binding';
    } else {
      return;
    }
    this.captureStart = at;
    this.captureDepth = depth;
  }

  private endValue(end: number): void {
    if (this.captureStart < 0 || this.stack.length !== this.captureDepth) return;
    const raw = this.buffer.slice(this.captureStart, end);
    this.captureStart = -1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw this.broken(`cannot read ${raw.slice(0, 40)}`);
    }
    if (this.captureKind === 'head') this.head = value as { vars?: string[] };
    else if (this.captureKind === 'boolean') this.boolean = value === true;
    else this.ready.push(jsonRow(value as Record<string, JsonTerm>));
  }

  private endScalar(end: number): void {
    this.inScalar = false;
    this.endValue(end);
  }

  private scan(): void {
    const text = this.buffer;
    let i = this.at;
    while (i < text.length) {
      if (this.inString) {
        const quote = text.indexOf('"', i);
        const escape = text.indexOf('\\', i);
        if (escape >= 0 && (quote < 0 || escape < quote)) {
          if (escape + 1 >= text.length) { i = escape; break; } // the escaped character is still to come
          i = escape + 2;
          continue;
        }
        if (quote < 0) { i = text.length; break; }
        i = quote + 1;
        this.inString = false;
        const frame = this.stack.at(-1);
        if (this.keyStart >= 0) {
          frame!.current = JSON.parse(text.slice(this.keyStart, i)) as string;
          this.keyStart = -1;
        } else {
          this.endValue(i);
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (this.inScalar) {
        // A number, true, false or null ends at a delimiter.
        if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.endScalar(i);
        else { i++; continue; }
      }
      const frame = this.stack.at(-1);
      switch (c) {
        case 0x7b: // {
        case 0x5b: // [
          if (this.finished) throw this.broken('more follows the results');
          this.startValue(i);
          this.stack.push({ type: c === 0x7b ? 'object' : 'array', key: frame?.current, expectKey: c === 0x7b, current: undefined });
          break;
        case 0x7d: // }
        case 0x5d: // ]
          if (!frame || frame.type !== (c === 0x7d ? 'object' : 'array')) throw this.broken(`a stray ${String.fromCharCode(c)}`);
          this.stack.pop();
          this.endValue(i + 1);
          if (!this.stack.length) this.finished = true;
          break;
        case 0x22: // "
          this.inString = true;
          if (frame?.type === 'object' && frame.expectKey) { this.keyStart = i; frame.expectKey = false; } else this.startValue(i);
          break;
        case 0x2c: // ,
          if (frame?.type === 'object') { frame.expectKey = true; frame.current = undefined; }
          break;
        case 0x3a: // :
        case 0x20: case 0x0a: case 0x0d: case 0x09:
          break;
        default:
          if (!frame) throw this.broken(`it starts with ${text.slice(i, i + 20)}`);
          this.inScalar = true;
          this.startValue(i);
      }
      i++;
    }
    this.at = i;
  }
}

/** Reads SPARQL JSON results from pieces of text as they arrive: the head first, then rows as they complete. */
export async function streamJsonResults(chunks: AsyncIterable<string>, source: string): Promise<StreamedResult> {
  const reader = new JsonResultsReader(source);
  const iterator = chunks[Symbol.asyncIterator]();
  let done = false;
  // Read until the variables (or a boolean) are known; the rows read on the way wait in the reader.
  while (!reader.head?.vars && reader.boolean === undefined) {
    const next = await iterator.next();
    if (next.done) { done = true; break; }
    reader.push(next.value);
  }
  if (done) reader.end();
  if (reader.boolean !== undefined && !reader.head?.vars) {
    if (!done) { for (let next = await iterator.next(); !next.done; next = await iterator.next()) reader.push(next.value); reader.end(); }
    return { kind: 'boolean', value: reader.boolean };
  }
  const early = reader.take();
  async function* rows(): AsyncGenerator<Row> {
    try {
      yield* early;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        reader.push(next.value);
        yield* reader.take();
      }
      done = true;
      reader.end();
      yield* reader.take();
    } finally {
      // Left early (enough rows): let go of the connection.
      if (!done) await iterator.return?.();
    }
  }
  // Without a head naming them (not what the standard says, but seen), the variables the rows have.
  return { kind: 'rows', variables: reader.head?.vars ?? [...new Set(early.flatMap((row) => [...row.keys()]))], rows: rows() };
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

/** Where results are written: a Node stream (stdout), or anything with a `write` that takes text. */
export interface TextOutput {
  write(chunk: string): boolean;
  once?(event: 'drain' | 'error' | 'close', listener: (error?: Error) => void): unknown;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'drain' | 'error' | 'close', listener: (error?: Error) => void): unknown;
}

/**
 * Collects output into pieces of about 64 kB and writes each, waiting while the stream is full. What waits
 * while the rows are slow to come (a remote store) is written after 50 ms, so rows appear as they arrive.
 */
class Sink {
  private pending: string[] = [];
  private size = 0;
  private failure: Error | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly onError = (error?: Error): void => { this.failure ??= error; };

  constructor(private readonly out: TextOutput) {
    out.on?.('error', this.onError);
  }

  async add(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 65_536) await this.flush();
    else this.timer ??= setTimeout(() => { this.timer = undefined; this.flush().catch(() => undefined); }, 50).unref();
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.failure) throw this.failure;
    if (!this.size) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (this.out.write(chunk) || !this.out.once) return;
    await new Promise<void>((resolve) => {
      const done = (): void => { this.out.off?.('drain', done); this.out.off?.('close', done); this.out.off?.('error', done); resolve(); };
      this.out.once!('drain', done);
      this.out.once!('close', done);
      this.out.once!('error', done);
    });
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.out.off?.('error', this.onError);
    }
  }
}

/** Rows a table's column widths are measured on; a longer result keeps those widths (a wider cell pushes its line). */
const TABLE_SAMPLE = 1000;

const width = (cell: string): number => {
  let n = 0;
  for (const _ of cell) n++;
  return n;
};

export interface WriteOptions {
  /** Write at most this many rows. */
  readonly limit?: number;
}

export interface Written {
  /** Rows written (0 for ASK, CONSTRUCT and DESCRIBE). */
  readonly rows: number;
  /** Whether `limit` left rows out. */
  readonly more: boolean;
}

/** SELECT rows in `format`, written as they are read: a header, one line per row (JSON: one binding), a footer. */
async function writeRows(result: RowStream | Extract<QueryResult, { readonly kind: 'bindings' }>, format: ResultFormat, sink: Sink, limit: number): Promise<Written> {
  const { variables } = result;
  let count = 0;
  let more = false;
  const each = async (write: (row: Row) => Promise<void>): Promise<void> => {
    for await (const row of result.rows) {
      if (count >= limit) { more = true; break; }
      count++;
      await write(row);
    }
  };
  switch (format) {
    case 'csv':
      await sink.add(`${variables.join(',')}\r\n`);
      await each((row) => sink.add(`${variables.map((v) => csvField(row.get(v))).join(',')}\r\n`));
      break;
    case 'tsv':
      await sink.add(`${variables.map((v) => `?${v}`).join('\t')}\n`);
      await each((row) => sink.add(`${variables.map((v) => { const term = row.get(v); return term ? ntriples(term) : ''; }).join('\t')}\n`));
      break;
    case 'json':
      await sink.add(`{"head":{"vars":${JSON.stringify(variables)}},"results":{"bindings":[`);
      await each((row) => sink.add(`${count > 1 ? ',' : ''}${JSON.stringify(Object.fromEntries([...row].map(([name, term]) => [name, jsonTerm(term)])))}`));
      await sink.add(']}}\n');
      break;
    case 'table': {
      // The first rows set the column widths; the rest are written as they come, in those widths.
      const sample: string[][] = [];
      let widths: number[] | undefined;
      const line = (values: readonly string[]): string => values.map((value, i) => value + ' '.repeat(Math.max(0, widths![i]! - width(value)))).join('  ').trimEnd();
      const start = async (): Promise<void> => {
        widths = variables.map((v, i) => sample.reduce((w, r) => Math.max(w, width(r[i]!)), v.length));
        await sink.add(`${line(variables)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
        for (const cells of sample) await sink.add(`${line(cells)}\n`);
      };
      await each(async (row) => {
        const cells = variables.map((v) => tableCell(row.get(v)));
        if (widths) await sink.add(`${line(cells)}\n`);
        else if (sample.push(cells) >= TABLE_SAMPLE) await start();
      });
      if (!widths) await start();
      await sink.add(more
        ? `(${count} rows shown; the query has more, --limit ${limit})\n`
        : `(${count} ${count === 1 ? 'row' : 'rows'})\n`);
      break;
    }
  }
  return { rows: count, more };
}

/**
 * Writes the result to `out` in `format` (SELECT and ASK; CONSTRUCT and DESCRIBE always as Turtle), row
 * by row as it is read, waiting whenever `out` is full, so that memory does not grow with the result.
 */
export async function writeResult(result: StreamedResult | QueryResult, format: ResultFormat, out: TextOutput, options: WriteOptions = {}): Promise<Written> {
  const sink = new Sink(out);
  let written: Written = { rows: 0, more: false };
  try {
    if (result.kind === 'quads') await sink.add(await serialize(result.quads, 'turtle'));
    else if (result.kind === 'boolean') await sink.add(format === 'json' ? JSON.stringify({ head: {}, boolean: result.value }) + '\n' : `${result.value}\n`);
    else written = await writeRows(result, format, sink, options.limit ?? Infinity);
  } finally {
    await sink.close();
  }
  return written;
}

/** The result as text: SELECT and ASK in `format`; CONSTRUCT and DESCRIBE always as Turtle. */
export async function formatResult(result: QueryResult, format: ResultFormat): Promise<string> {
  let text = '';
  await writeResult(result, format, { write: (chunk) => { text += chunk; return true; } });
  return text;
}
