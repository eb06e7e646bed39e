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
  for (const { at, names } of inserts) out = `${out.slice(0, at)}${names.map((n) => blocks.get(n)!).join('')}\n${out.slice(at)}`;
  return out;
}
