// A lock file that serializes writers of one embedded store (loads, removals, updates through serve).
// It appears whole or not at all (written aside, then hard-linked into place, which fails if a lock is
// there), so a writer killed while taking it leaves no empty lock. A lock left by a process that has died
// on this host is broken, one breaker at a time.
import { randomBytes } from 'node:crypto';
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
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(file, aside);
  } catch {
    return; // another process broke it first
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) await fs.link(aside, file).catch(() => undefined);
  await fs.rm(aside, { force: true }).catch(() => undefined);
}

/** The lock file's name, and the prefix of the files written aside while taking or breaking it. */
const LOCK = 'lock';
const ASIDE = `${LOCK}.`;

/** A lock that holds no readable holder and is older than this was left half-made (a kill on a file system without hard links). */
const UNREADABLE_STALE_MS = 10_000;

/** Whether a file written aside by `tryCreate` or `breakStale` belongs to a process of this host that has died. */
export function abandonedAside(name: string): boolean {
  const pid = /^lock\.(?:new|stale)-(\d+)-/.exec(name)?.[1];
  return pid !== undefined && !processRunning(Number(pid));
}

/** Tries to create the lock holding `content`; false when a lock is there. */
async function tryCreate(file: string, content: string): Promise<boolean> {
  const aside = `${path.join(path.dirname(file), ASIDE)}new-${process.pid}-${randomBytes(4).toString('hex')}`;
  const failed = (error: unknown): ParleyError => {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why = code === 'ENOSPC' ? 'no space left on the device' : code === 'EROFS' ? 'the file system is read-only' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'it cannot be written';
    return new ParleyError('write-failed', `cannot create the lock file: ${why} (${code}); the store is unchanged`, file);
  };
  try {
    await fs.writeFile(aside, content, { flag: 'wx' });
  } catch (error) {
    await fs.rm(aside, { force: true }).catch(() => undefined);
    throw failed(error);
  }
  try {
    await fs.link(aside, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw failed(error);
    // A file system without hard links: create the lock in place (a kill between creating and writing
    // it leaves it empty, which `withLock` breaks once it is old).
    try {
      await fs.writeFile(file, content, { flag: 'wx' });
      return true;
    } catch (inPlace) {
      if ((inPlace as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw failed(inPlace);
    }
  } finally {
    await fs.rm(aside, { force: true }).catch(() => undefined);
  }
}

export interface LockOptions {
  /** How long to wait for another writer (default two minutes). */
  readonly waitMs?: number;
  /** Called once if the lock is held by a live process, with who holds it, before waiting. */
  readonly onWait?: (holder: string) => void;
}

const describeHolder = (holder: Holder | undefined): string =>
  holder ? `process ${holder.pid} on ${holder.host} (${holder.what}, since ${holder.since})` : 'another process';

/** Runs `fn` holding the store's lock; waits for another writer to finish, up to `options.waitMs`. */
export async function withLock<T>(dir: string, what: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const file = path.join(dir, LOCK);
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString(), what } satisfies Holder);
  const started = Date.now();
  const waitMs = options.waitMs ?? 120_000;
  let told = false;
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(file, mine)) break;
    const current = await readHolder(file);
    if (current?.holder && !alive(current.holder)) {
      await breakStale(file, current.text);
      continue;
    }
    if (current && !current.holder) {
      const age = Date.now() - ((await fs.stat(file).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > UNREADABLE_STALE_MS) { await breakStale(file, current.text); continue; }
    }
    if (Date.now() - started > waitMs) {
      throw new ParleyError('store-locked', `the store is locked by ${describeHolder(current?.holder)}; wait for it to finish, or delete ${file} if that process is gone`, dir);
    }
    if (!told && current?.holder) {
      told = true;
      options.onWait?.(describeHolder(current.holder));
    }
    await sleep(Math.min(250, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
  }
  try {
    return await fn();
  } finally {
    const current = await readHolder(file);
    if (current?.text === mine) await fs.rm(file, { force: true }).catch(() => undefined);
  }
}
