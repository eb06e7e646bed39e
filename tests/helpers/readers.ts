// The independent RDF readers the interoperability tests run: Python's rdflib (Debian's python3-rdflib,
// under /usr/bin/python3, not whichever python3 is first on PATH) and Raptor's rapper (raptor2-utils).
// Both are required: CI installs them, and a missing one fails the test with what to install.
import { execFile, execFileSync } from 'node:child_process';
import type { Format } from '../../src/rdf/serialize.js';

export const PYTHON = '/usr/bin/python3';
export const INSTALL = 'install them with `apt-get install -y python3-rdflib raptor2-utils` (CI installs them)';

/** Fails (never skips) when a tool cannot run, saying what to install. */
export function requireTool(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${(error as Error).message.split('\n')[0]}): the interoperability tests need rdflib and rapper; ${INSTALL}`);
  }
}
export const requireRdflib = (): void => requireTool(PYTHON, ['-c', 'import rdflib']);
export const requireRapper = (): void => requireTool('rapper', ['--version']);

export interface Ran { readonly stdout: string; readonly stderr: string; readonly code: number }

/** Runs a command; never throws on a non-zero exit. */
export const run = (command: string, args: string[]): Promise<Ran> =>
  new Promise((resolve) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : -1) : 0 });
    });
  });

export const RDFLIB_FORMAT: Readonly<Record<Format, string>> = { turtle: 'turtle', jsonld: 'json-ld', nquads: 'nquads', trig: 'trig' };
/** rapper has no JSON-LD reader. */
export const RAPPER_FORMAT: Readonly<Partial<Record<Format, string>>> = { turtle: 'turtle', nquads: 'nquads', trig: 'trig' };
