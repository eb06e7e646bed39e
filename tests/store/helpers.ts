// Shared by the store tests: the seed, small RDF inputs, and reading a store's results as plain values.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** The environment that loads tests/store/inject-faults.mjs into a parley process, with `fault` (see that file). */
export function injectFaults(fault?: { under: string; code: string; match?: string; after?: number; delayMs?: number }, reportRss = false): NodeJS.ProcessEnv {
  const preload = pathToFileURL(path.join(ROOT, 'tests', 'store', 'inject-faults.mjs')).href;
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(),
    ...(fault ? { PARLEY_TEST_FAULT: JSON.stringify(fault) } : {}),
    ...(reportRss ? { PARLEY_TEST_REPORT_RSS: '1' } : {}),
  };
}

/** Every file (with its content) and folder under `dir`, to compare a store before and after. */
export function folderState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    state[path.relative(dir, full)] = entry.isDirectory() ? '(folder)' : readFileSync(full, 'utf8');
  }
  return state;
}

/** A folder of `count` N-Quads files, one graph each (<https://example.org/test/graph/i>), `triples` lines, marked `version`. */
export function graphFiles(dir: string, count: number, triples: number, version: string, first = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const graphs: string[] = [];
  for (let i = first; i < first + count; i++) {
    const graph = `https://example.org/test/graph/${i}`;
    let text = '';
    for (let j = 0; j < triples; j++) text += `<https://example.org/test/s/${i}/${j}> <https://example.org/test/says> "${version}, graph ${i}, line ${j}" <${graph}> .\n`;
    writeFileSync(path.join(dir, `g${i}.nq`), text);
    graphs.push(graph);
  }
  return graphs;
}
