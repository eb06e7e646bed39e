// A lock file that serializes writers of one embedded store (loads, removals, updates through serve).
// Created with O_EXCL; a lock left by a process that has died on this host is broken, one breaker at a time.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ParleyError } from '../errors.js';

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly what: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a process of this machine is running (one of another user's counts). */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A holder on another machine cannot be checked: it is assumed to be working. */
const alive = (holder: Holder): boolean => holder.host !== os.hostname() || processRunning(holder.pid);

async function readHolder(file: string): Promise<{ holder: Holder | undefined; text: string } | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return { holder: JSON.parse(text) as Holder, text };
  } catch {
    return { holder: undefined, text }; // being written right now
  }
}

/**
 * Moves a dead holder's lock aside. The rename is atomic, so of several processes that saw the same dead
 * lock only one moves it; if what it moved is not the lock it judged dead (a live process took the lock
 * in between), it puts that one back.
 */
async function breakStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await fs.rename(file, aside);
  } catch {
    return; // another process broke it first
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) await fs.link(aside, file).catch(() => undefined);
  await fs.rm(aside, { force: true });
}

/** Runs `fn` holding the store's lock; waits up to `timeoutMs` for another writer to finish. */
export async function withLock<T>(dir: string, what: string, fn: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const file = path.join(dir, 'lock');
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString(), what } satisfies Holder);
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(file, mine, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ParleyError('write-failed', `cannot create the lock file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check that the store folder is writable`, file);
      }
    }
    const current = await readHolder(file);
    if (current?.holder && !alive(current.holder)) {
      await breakStale(file, current.text);
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      const who = current?.holder ? `process ${current.holder.pid} on ${current.holder.host} (${current.holder.what}, since ${current.holder.since})` : 'another process';
      throw new ParleyError('store-locked', `the store is locked by ${who}; wait for it to finish, or delete ${file} if that process is gone`, dir);
    }
    await sleep(Math.min(250, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
  }
  try {
    return await fn();
  } finally {
    const current = await readHolder(file);
    if (current?.text === mine) await fs.rm(file, { force: true });
  }
}
