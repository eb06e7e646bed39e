// Shared by the store tests: the seed, small RDF inputs, and reading a store's results as plain values.
import path from 'node:path';
import type { Term } from '@rdfjs/types';
import type { QueryResult } from '../../src/query/results.js';
import { ROOT } from '../helpers/cli.js';

export { ROOT };
export const SEEDS = path.join(ROOT, 'seeds');
export const SEED = path.join(SEEDS, '000_81ed9d07d236dca6.txt');
export const SEED_GRAPH = 'https://w3id.org/parley/id/article/000_81ed9d07d236dca6';

/** SELECT results as rows of plain strings (IRIs and literal values), for readable expectations. */
export function rowsOf(result: QueryResult): Record<string, string>[] {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  return result.rows.map((row) => Object.fromEntries([...row].map(([name, term]: [string, Term]) => [name, term.value])));
}

/** One column of SELECT results. */
export const column = (result: QueryResult, name: string): string[] => rowsOf(result).map((row) => row[name] ?? '');

/** A row as one comparable string: every term with its kind, datatype and language. */
export function termKeys(result: QueryResult): string[] {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  const key = (t: Term | undefined): string => !t ? '-' : t.termType === 'Literal' ? `${JSON.stringify(t.value)}^^${t.datatype.value}@${t.language}` : `${t.termType}:${t.value}`;
  return result.rows.map((row) => result.variables.map((v) => `${v}=${key(row.get(v))}`).join(' ')).sort();
}

export type { Run } from '../helpers/cli.js';
export { runParley as parley } from '../helpers/cli.js';

/** What a user mistake must never print. */
export const NO_STACK = /\n\s+at |node:internal|internal error/;
