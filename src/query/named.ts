// The named queries in queries/*.rq and query parameters. Each file's header comment says what question
// it answers and declares its parameters (`# @param name type description`); values given on the command
// line become RDF terms of the declared type, bound by sparql.ts, never pasted into the text.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import { ParleyError } from '../errors.js';
import { pa, rdfs, skos, xsd } from '../rdf/vocab.js';
import { isValidIsoDate } from '../text/dates.js';
import { bindParameters, queryShape, type Binding } from './sparql.js';
import type { QueryEngine } from '../store/store.js';

/** `actor`: a name the actor goes by (or its IRI), bound to the IRIs of every actor going by that name. */
export type ParameterType = 'string' | 'date' | 'iri' | 'actor';

export interface Parameter {
  readonly name: string;
  readonly type: ParameterType;
  readonly optional: boolean;
  readonly description: string;
}

export interface QueryText {
  /** The query's name (a named query) or where it came from (a file, or "the query text"). */
  readonly label: string;
  readonly text: string;
  readonly title: string;
  readonly description: string;
  /** Declared parameters; empty for text without a header, whose parameters are inferred from their values. */
  readonly parameters: readonly Parameter[];
  readonly examples: readonly string[];
}

/** queries/ at the package root: the same two levels up from src/query/ and dist/query/. */
const QUERIES_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

const PARAM = /^@param\s+([A-Za-z_][A-Za-z0-9_]*)\s+(string|date|iri|actor)(\?)?\s+(.+)$/;

/** Reads the header comment: a title line, a description, `@param` lines and `Example:` lines. */
export function parseQuery(label: string, text: string): QueryText {
  const header: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    header.push(line.replace(/^#\s?/, ''));
  }
  const parameters: Parameter[] = [];
  const examples: string[] = [];
  const description: string[] = [];
  for (const line of header.slice(1)) {
    const param = PARAM.exec(line.trim());
    if (param) parameters.push({ name: param[1]!, type: param[2] as ParameterType, optional: !!param[3], description: param[4]!.trim() });
    else if (/^Example:/i.test(line.trim())) examples.push(line.trim().replace(/^Example:\s*/i, ''));
    else if (line.trim() && !line.trim().startsWith('@')) description.push(line.trim());
  }
  return { label, text, title: header[0]?.trim() ?? '', description: description.join(' '), parameters, examples };
}

/** The parameters of an `Example:` line: `--param name=value` or `--param name="a value"`. */
export function exampleParams(example: string): Record<string, string> {
  return Object.fromEntries([...example.matchAll(/--param (\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, '')]));
}

export async function namedQueries(): Promise<QueryText[]> {
  const files = (await fs.readdir(QUERIES_DIR)).filter((f) => f.endsWith('.rq')).sort();
  return Promise.all(files.map(async (f) => parseQuery(f.slice(0, -3), await fs.readFile(path.join(QUERIES_DIR, f), 'utf8'))));
}

/**
 * What the user asked for: the name of a named query, a .rq file, or SPARQL text, in that order.
 * Anything else is a mistake, said as such.
 */
export async function resolveQuery(given: string): Promise<QueryText> {
  if (/^[a-z0-9][a-z0-9-]*$/i.test(given)) {
    const file = path.join(QUERIES_DIR, `${given}.rq`);
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) return parseQuery(given, text);
  }
  if (/\.(rq|sparql)$/i.test(given) || (!/\s/.test(given) && given.includes('/'))) {
    const text = await fs.readFile(given, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ParleyError(error.code === 'ENOENT' ? 'missing' : 'unreadable', 'cannot read the query file; check the path', given);
    });
    return parseQuery(given, text);
  }
  if (queryShape(given).form !== undefined) return parseQuery('the query text', given);
  throw new ParleyError('bad-option', `${JSON.stringify(given)} is not a named query, a .rq file or SPARQL text; \`parley query --list\` shows the named queries`);
}

const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;

/** Finds the actors a name refers to (the store is asked: labels and other names). */
export type ActorResolver = (name: string) => Promise<readonly Term[]>;

/** One parameter value as RDF terms of the parameter's type. */
async function parameterTerms(parameter: Pick<Parameter, 'name' | 'type'>, value: string, actors: ActorResolver): Promise<readonly Term[]> {
  switch (parameter.type) {
    case 'string':
      return [DataFactory.literal(value)];
    case 'date':
      if (!isValidIsoDate(value)) throw new ParleyError('bad-option', `--param ${parameter.name}: expected a date as YYYY-MM-DD, for example 2025-08-22`);
      return [DataFactory.literal(value, xsd.date)];
    case 'iri':
      if (!ABSOLUTE_IRI.test(value)) throw new ParleyError('bad-option', `--param ${parameter.name}: expected an absolute IRI, for example https://w3id.org/parley/id/actor/mao-ning`);
      return [DataFactory.namedNode(value)];
    case 'actor': {
      const iri = /^<(.*)>$/.exec(value)?.[1] ?? (/^https?:\/\/\S+$/.test(value) ? value : undefined);
      if (iri !== undefined) return parameterTerms({ ...parameter, type: 'iri' }, iri, actors);
      // A name no actor goes by stays a name: it matches nothing (an empty VALUES trips some stores).
      const found = await actors(value);
      return found.length ? found : [DataFactory.literal(value)];
    }
  }
}

/**
 * The query text with `values` bound. Declared parameters are checked (required ones present, no unknown
 * names); for text without declarations a value written `<...>` is an IRI and anything else a string.
 */
export async function withParameters(query: QueryText, values: Readonly<Record<string, string>>, actors: ActorResolver): Promise<string> {
  const bindings = new Map<string, Binding>();
  if (query.parameters.length) {
    const known = query.parameters.map((p) => p.name);
    for (const name of Object.keys(values)) {
      if (!known.includes(name)) throw new ParleyError('bad-option', `${query.label} has no parameter "${name}"; it takes ${known.join(', ')}`);
    }
    for (const parameter of query.parameters) {
      const value = values[parameter.name];
      if (value === undefined && !parameter.optional) {
        throw new ParleyError('bad-option', `${query.label} needs --param ${parameter.name}=... (${parameter.description})`);
      }
      bindings.set(parameter.name, value === undefined ? undefined : await parameterTerms(parameter, value, actors));
    }
  } else {
    for (const [name, value] of Object.entries(values)) {
      bindings.set(name, await parameterTerms({ name, type: /^<.*>$/.test(value) ? 'iri' : 'string' }, value.replace(/^<(.*)>$/, '$1'), actors));
    }
  }
  return bindParameters(query.text, bindings, query.label);
}

const ACTORS_BY_NAME = `SELECT DISTINCT ?actor WHERE {
  ?actor <${rdfs.label.value}>|<${skos.altLabel.value}> ?name .
  ?actor a <${pa.Actor.value}> .
}`;

/** Resolves names with the store itself: the actors whose canonical or other name it is, in any graph. */
export function actorsIn(engine: QueryEngine): ActorResolver {
  return async (name) => {
    const found = await engine.query(bindParameters(ACTORS_BY_NAME, new Map([['name', [DataFactory.literal(name)]]]), 'the actor lookup'), 'select');
    return found.kind === 'bindings' ? found.rows.flatMap((row) => { const actor = row.get('actor'); return actor?.termType === 'NamedNode' ? [actor] : []; }) : [];
  };
}
