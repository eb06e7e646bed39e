// Running the built command line (`node bin/parley.js`) from the repository root, as a user would.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Run { readonly code: number; readonly stdout: string; readonly stderr: string }

/** Runs parley with `args` (as another user when `as` gives a uid and gid); never throws on a non-zero exit. */
export function runParley(args: readonly string[], env: NodeJS.ProcessEnv = {}, as: { readonly uid?: number; readonly gid?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), ...args], { cwd: ROOT, timeout: 60_000, env: { ...process.env, ...env }, ...as }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** A stack trace or an internal error in a command's output: users should never see one. */
export const NO_STACK = /\n\s+at |Error: .*\n.*node:internal|internal error/;

/** The non-blank lines of a command's output. */
export const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
