// SPARQL text as data: the query form, its variables, and parameters bound as RDF terms in a VALUES
// block at the top of the WHERE clause. A small lexer (comments, strings, IRIs, braces) finds the spot;
// user text only ever reaches the query as an escaped term, so it cannot change the query's shape.
import type { Term } from '@rdfjs/types';
import { ParleyError } from '../errors.js';
import { xsd } from '../rdf/vocab.js';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe' | 'update';

interface Token {
  readonly kind: 'word' | 'var' | 'open' | 'close' | 'other';
  readonly text: string;
  readonly start: number;
  readonly depth: number;
}

const IRIREF = /<[^<>"{}|^`\\\u0000-\u0020]*>/y;
const VAR = /[?$][\p{L}\p{N}_\u00B7\u0300-\u036F\u203F-\u2040]+/uy;
const WORD = /[\p{L}\p{N}_:][\p{L}\p{N}_:.\-%\\]*/uy;
const STRING = /"""(?:[^"\\]|\\.|"(?!""))*"""|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'/y;
const SPACE = /\s+|#[^\n\r]*/y;

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** The tokens that matter for the shape of a query: words, variables and braces, with their nesting depth. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let i = 0; i < text.length;) {
    const space = sticky(SPACE, text, i);
    if (space) { i += space.length; continue; }
    const c = text[i]!;
    const literal = c === '"' || c === "'" ? sticky(STRING, text, i) : c === '<' ? sticky(IRIREF, text, i) : undefined;
    if (literal) { out.push({ kind: 'other', text: literal, start: i, depth }); i += literal.length; continue; }
    if (c === '{') { out.push({ kind: 'open', text: c, start: i, depth: depth++ }); i++; continue; }
    if (c === '}') { out.push({ kind: 'close', text: c, start: i, depth: --depth }); i++; continue; }
    const variable = c === '?' || c === '$' ? sticky(VAR, text, i) : undefined;
    if (variable) { out.push({ kind: 'var', text: variable.slice(1), start: i, depth }); i += variable.length; continue; }
    const word = sticky(WORD, text, i);
    if (word) { out.push({ kind: 'word', text: word, start: i, depth }); i += word.length; continue; }
    out.push({ kind: 'other', text: c, start: i, depth });
    i++;
  }
  return out;
}

const FORMS: Readonly<Record<string, QueryForm>> = {
  SELECT: 'select', ASK: 'ask', CONSTRUCT: 'construct', DESCRIBE: 'describe',
  INSERT: 'update', DELETE: 'update', LOAD: 'update', CLEAR: 'update', DROP: 'update', CREATE: 'update',
  ADD: 'update', MOVE: 'update', COPY: 'update', WITH: 'update',
};

export interface QueryShape {
  /** The query form, or undefined when the text starts with none of SELECT, ASK, CONSTRUCT, DESCRIBE or an update. */
  readonly form: QueryForm | undefined;
  /** Every variable name the text mentions (without ? or $). */
  readonly variables: ReadonlySet<string>;
  /** Offset just after the `{` that opens the top-level WHERE clause, if there is one. */
  readonly whereBody: number | undefined;
  /** The WHERE clauses of sub-queries: where each body starts (after its `{`) and the variables inside it. */
  readonly subqueries: readonly { readonly body: number; readonly variables: ReadonlySet<string> }[];
}

/** The token index of the `{` opening the WHERE clause of the query form at `at` (same depth), if any. */
function whereOpen(all: readonly Token[], at: number): number | undefined {
  const { depth } = all[at]!;
  const construct = all[at]!.text.toUpperCase() === 'CONSTRUCT';
  let afterWhere = false;
  for (let i = at + 1; i < all.length; i++) {
    const token = all[i]!;
    if (token.depth < depth) return undefined;
    if (token.depth !== depth) continue;
    if (token.kind === 'word' && token.text.toUpperCase() === 'WHERE') afterWhere = true;
    else if (token.kind === 'open' && (afterWhere || !construct)) return i;
  }
  return undefined;
}

export function queryShape(text: string): QueryShape {
  const all = tokens(text);
  const top = all.findIndex((t) => t.depth === 0 && t.kind === 'word' && Object.hasOwn(FORMS, t.text.toUpperCase()));
  const form = top < 0 ? undefined : FORMS[all[top]!.text.toUpperCase()];
  const open = top < 0 || form === 'update' ? undefined : whereOpen(all, top);
  const subqueries = all.flatMap((token, i) => {
    if (token.depth === 0 || token.kind !== 'word' || token.text.toUpperCase() !== 'SELECT') return [];
    const start = whereOpen(all, i);
    if (start === undefined) return [];
    const end = all.findIndex((t, j) => j > start && t.kind === 'close' && t.depth === token.depth);
    const inside = all.slice(start, end < 0 ? all.length : end).filter((t) => t.kind === 'var').map((t) => t.text);
    return [{ body: all[start]!.start + 1, variables: new Set(inside) }];
  });
  return {
    form,
    variables: new Set(all.filter((t) => t.kind === 'var').map((t) => t.text)),
    whereBody: open === undefined ? undefined : all[open]!.start + 1,
    subqueries,
  };
}

const IRI_FORBIDDEN = /[<>"{}|^`\\\u0000-\u0020]/;

/** One RDF term in SPARQL syntax. Literals escape only `\`, `"` and line breaks: never `\u`, which some stores expand before parsing. */
export function sparqlTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      if (IRI_FORBIDDEN.test(term.value) || !/^[a-z][a-z0-9+.-]*:/i.test(term.value)) {
        throw new ParleyError('bad-option', `${JSON.stringify(term.value)} is not an absolute IRI; give one such as https://example.org/x`);
      }
      return `<${term.value}>`;
    case 'Literal': {
      const body = `"${term.value.replace(/[\\"\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c]!)}"`;
      if (term.language) {
        if (!/^[a-z]+(-[a-z0-9]+)*$/i.test(term.language)) throw new ParleyError('bad-option', `${JSON.stringify(term.language)} is not a language tag`);
        return `${body}@${term.language}`;
      }
      return term.datatype.value === xsd.string.value ? body : `${body}^^${sparqlTerm(term.datatype)}`;
    }
    default:
      throw new ParleyError('bad-option', `a ${term.termType} cannot be a query parameter; give an IRI or a literal`);
  }
}

/** A parameter's values: one term, several alternatives (a name several actors go by), or unbound. */
export type Binding = readonly Term[] | undefined;

/**
 * Binds each parameter with a VALUES block (its terms, or UNDEF when unbound) at the top of the WHERE
 * clause, and of every sub-query that names the variable, so that every pattern and FILTER sees it, as if
 * the term stood wherever the variable does. No terms at all means no solutions.
 */
export function bindParameters(text: string, bindings: ReadonlyMap<string, Binding>, label: string): string {
  if (!bindings.size) return text;
  const shape = queryShape(text);
  for (const name of bindings.keys()) {
    if (!shape.variables.has(name)) throw new ParleyError('bad-option', `has no variable ?${name} to bind; check the parameter name`, label);
  }
  if (shape.whereBody === undefined) throw new ParleyError('bad-option', 'has no WHERE clause to bind parameters in', label);
  const blocks = new Map([...bindings].map(([name, terms]) => [name, ` VALUES ?${name} { ${terms ? terms.map(sparqlTerm).join(' ') : 'UNDEF'} }`]));
  const inserts = [
    { at: shape.whereBody, names: [...bindings.keys()] },
    ...shape.subqueries.map((sub) => ({ at: sub.body, names: [...bindings.keys()].filter((n) => sub.variables.has(n)) })),
  ].filter((insert) => insert.names.length).sort((a, b) => b.at - a.at);
  let out = text;
  // On the line of the `{`, so that the line numbers of a syntax error still match the text as written.
  for (const { at, names } of inserts) out = `${out.slice(0, at)}${names.map((n) => blocks.get(n)!).join('')} ${out.slice(at)}`;
  return out;
}

/** The index just after the `}` closing the WHERE clause of the query's form, if it has one. */
function whereClose(all: readonly Token[]): number | undefined {
  const top = all.findIndex((t) => t.depth === 0 && t.kind === 'word' && Object.hasOwn(FORMS, t.text.toUpperCase()));
  if (top < 0) return undefined;
  const open = whereOpen(all, top);
  if (open === undefined) return undefined;
  const close = all.findIndex((t, j) => j > open && t.kind === 'close' && t.depth === 0);
  return close < 0 ? undefined : close;
}

/**
 * The query asking the store for at most `limit` solutions: a LIMIT among the solution modifiers, or the
 * smaller of it and the query's own. Undefined when the text is not shaped as expected (the caller then
 * only stops reading after `limit` rows).
 */
export function withLimit(text: string, limit: number): string | undefined {
  const all = tokens(text);
  const close = whereClose(all);
  const form = queryShape(text).form;
  if (form === undefined || form === 'update' || form === 'ask') return undefined;
  const after = close === undefined ? all.filter((t) => t.depth === 0) : all.slice(close + 1);
  if (close === undefined && form !== 'describe') return undefined;
  if (after.some((t) => t.depth !== 0)) {
    // Braces after the WHERE clause: only a trailing VALUES block may have them.
    const values = after.findIndex((t) => t.kind === 'word' && t.text.toUpperCase() === 'VALUES');
    if (values < 0 || after.slice(0, values).some((t) => t.depth !== 0)) return undefined;
  }
  const at = after.findIndex((t) => t.kind === 'word' && t.text.toUpperCase() === 'LIMIT');
  if (at >= 0) {
    const count = after[at + 1];
    if (!count || count.kind !== 'word' || !/^\d+$/.test(count.text)) return undefined;
    if (Number(count.text) <= limit) return text;
    return `${text.slice(0, count.start)}${limit}${text.slice(count.start + count.text.length)}`;
  }
  const values = after.find((t) => t.depth === 0 && t.kind === 'word' && t.text.toUpperCase() === 'VALUES');
  if (values) return `${text.slice(0, values.start)}LIMIT ${limit} ${text.slice(values.start)}`;
  return `${text}\nLIMIT ${limit}\n`;
}

/** A 1-based line and column (in characters) of an offset into `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n') + 1, 0);
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: [...before.slice(lineStart)].length + 1 };
}

/** The offset of a 1-based line and column (in characters, as oxigraph counts them) in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  for (let c = 1; c < column && at < text.length && text[at] !== '\n'; c++) at += text.codePointAt(at)! > 0xffff ? 2 : 1;
  return at;
}

/** The first prefixed name whose prefix no PREFIX declares, with its offset. */
function undeclaredPrefix(text: string): { prefix: string; at: number } | undefined {
  const all = tokens(text);
  const declared = new Set<string>();
  all.forEach((t, i) => {
    const next = all[i + 1];
    if (t.kind === 'word' && t.text.toUpperCase() === 'PREFIX' && next?.kind === 'word' && next.text.endsWith(':')) declared.add(next.text.slice(0, -1));
  });
  for (const [i, t] of all.entries()) {
    if (t.kind !== 'word' || !t.text.includes(':') || t.text.startsWith('_:') || /^\d/.test(t.text)) continue;
    if (i > 0 && all[i - 1]!.kind === 'word' && all[i - 1]!.text.toUpperCase() === 'PREFIX') continue;
    const prefix = t.text.slice(0, t.text.indexOf(':'));
    if (!declared.has(prefix)) return { prefix, at: t.start };
  }
  return undefined;
}

/** What oxigraph's "expected one of ..." list says, readable: keywords and symbols, a few, no character classes. */
function expectations(list: string): string {
  const items = list.match(/"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,\s[\]"][^,[\]"]*/g) ?? [];
  const said = items.map((s) => s.trim()).filter((s) => s && !s.startsWith('['));
  // Some entries are messages rather than tokens ("The SELECT contains a variable that is unbound").
  const message = said.find((s) => /^[A-Z][a-z]+ .* /.test(s) && !s.startsWith('"'));
  if (message) return message.charAt(0).toLowerCase() + message.slice(1);
  if (!said.length) return 'unexpected text';
  const shown = said.slice(0, 8).join(', ');
  return said.length === 1 ? `expected ${shown}` : `expected one of ${shown}${said.length > 8 ? ', …' : ''}`;
}

const CLOSES: Readonly<Record<string, string>> = { '}': '{', ')': '(', ']': '[' };

/** An unclosed string, or a bracket that is not closed or closes nothing: what and where. */
function unbalanced(text: string): { what: string; at: number } | undefined {
  const open: Token[] = [];
  for (const t of tokens(text)) {
    const c = t.text;
    if (t.kind === 'other' && (c === '"' || c === "'")) return { what: 'this string is not closed', at: t.start };
    if (c === '{' || c === '(' || c === '[') open.push(t);
    else if (c === '}' || c === ')' || c === ']') {
      const opener = open.pop();
      if (!opener) return { what: `this "${c}" closes nothing`, at: t.start };
      if (opener.text !== CLOSES[c]) {
        const { line, column } = position(text, opener.start);
        return { what: `this "${c}" does not close the "${opener.text}" of line ${line}, column ${column}`, at: t.start };
      }
    }
  }
  const last = open.pop();
  return last ? { what: `this "${last.text}" is never closed`, at: last.start } : undefined;
}

/**
 * A syntax error of oxigraph ("error at 4:15: expected ..." with a 1-based line and character column) as
 * one line that says where: line, column and the text there. oxigraph reports where its parser got
 * furthest, often the end of the text, so the mistakes whose place is certain are found here first: a
 * prefix no PREFIX declares, a string not closed, brackets that do not pair. Undefined when `message` is
 * not a syntax error.
 */
export function describeSyntaxError(text: string, message: string): string | undefined {
  const parsed = /^error at (\d+):(\d+): ([\s\S]*)$/.exec(message.trim());
  if (!parsed) return undefined;
  const at = (offset: number): string => {
    const { line, column } = position(text, offset);
    const near = text.slice(offset).replace(/\s+/g, ' ').trim().slice(0, 20);
    return `line ${line}, column ${column}${near ? ` (near ${JSON.stringify(near)})` : ''}`;
  };
  const prefix = undeclaredPrefix(text);
  if (prefix) return `syntax error at ${at(prefix.at)}: the prefix "${prefix.prefix}:" is not declared; add PREFIX ${prefix.prefix}: <...> at the top`;
  const pairs = unbalanced(text);
  if (pairs) return `syntax error at ${at(pairs.at)}: ${pairs.what}`;
  // oxigraph's place (its line, and its column in characters), from the start of the word it falls in.
  let offset = offsetOf(text, Number(parsed[1]), Number(parsed[2]));
  offset = tokens(text).find((t) => t.start <= offset && offset < t.start + t.text.length)?.start ?? offset;
  const what = expectations(parsed[3]!.replace(/^expected (one of )?/, ''));
  return `syntax error at ${at(offset)}${offset >= text.trimEnd().length ? ', the end of the text' : ''}: ${what}`;
}
