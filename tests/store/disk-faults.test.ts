// The embedded store when the disk fails it: full (ENOSPC while staging, or while writing the manifest),
// read-only, or locked by a live process. Each time: one line saying what and what to do, and the store's
// folder exactly as it was. Faults are injected into the parley process (tests/store/inject-faults.mjs)
// where file permissions cannot make them (root ignores them).
import { describe, expect, it } from 'vitest';
import { chmodSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, query } from '../../src/index.js';
import { tempDirs } from '../helpers/tmp.js';
import { NO_STACK, column, folderState, graphFiles, injectFaults, parley } from './helpers.js';

const tempDir = tempDirs();
const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';

/** A store holding three graphs of 20 triples, and a folder of five more graphs to load into it. */
async function storeAndInputs(): Promise<{ store: string; inputs: string }> {
  const store = path.join(tempDir(), 'store');
  const first = path.join(tempDir(), 'first');
  graphFiles(first, 3, 20, 'first');
  expect((await load([first], { store })).committed).toBe(true);
  const inputs = path.join(tempDir(), 'more');
  graphFiles(inputs, 5, 20, 'second', 3);
  return { store, inputs };
}

/** A failure: exit 2, one line on stderr matching `pattern`, no stack trace. */
function oneLine(run: { code: number; stderr: string }, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(NO_STACK);
}

describe('a full disk', { timeout: 60_000 }, () => {
  it('while the graphs are staged: one line, and the store exactly as it was', async () => {
    const { store, inputs } = await storeAndInputs();
    const before = folderState(store);
    const run = await parley(['load', inputs, '--store', store], injectFaults({ under: store, code: 'ENOSPC', match: '/staging/', after: 2 }));
    oneLine(run, /^parley: .*staging.*: cannot write the graph of .*g\d\.nq \(ENOSPC\): no space left on the device; free some space and try again; the store is unchanged\n$/);
    expect(folderState(store)).toEqual(before);
    expect(column(await query(COUNT, { store }), 'n')).toEqual(['60']);
  });

  it('while the manifest is written: the graphs moved in are taken out again', async () => {
    const { store, inputs } = await storeAndInputs();
    const before = folderState(store);
    const run = await parley(['load', inputs, '--store', store], injectFaults({ under: store, code: 'ENOSPC', match: 'parley-store\\.json' }));
    oneLine(run, /^parley: .*parley-store\.json: cannot write the store manifest \(ENOSPC\): no space left on the device; .*; the store is unchanged\n$/);
    expect(folderState(store)).toEqual(before);
    // And with space again, the same load goes through.
    expect((await load([inputs], { store })).committed).toBe(true);
    expect(column(await query(COUNT, { store }), 'n')).toEqual(['160']);
  });
});

describe('a read-only store folder', { timeout: 60_000 }, () => {
  it('refuses a load and a removal in one line each, stays as it was, and still answers queries', async () => {
    const { store, inputs } = await storeAndInputs();
    const before = folderState(store);
    const folders = [store, path.join(store, 'graphs'), path.join(store, 'staging')];
    for (const folder of folders) chmodSync(folder, 0o555);
    let env: NodeJS.ProcessEnv = {};
    try {
      // Root writes through permissions: then the file system itself is made to refuse, as a read-only one does.
      try {
        writeFileSync(path.join(store, 'staging', 'probe'), '');
        rmSync(path.join(store, 'staging', 'probe'));
        env = injectFaults({ under: store, code: 'EROFS' });
      } catch { /* permissions hold */ }
      const [loaded, removed, queried] = await Promise.all([
        parley(['load', inputs, '--store', store], env),
        parley(['store', 'remove', 'g0', '--store', store], env),
        parley(['query', COUNT, '--store', store, '--format', 'csv'], env),
      ]);
      const why = /\((EACCES|EROFS)\): (permission denied; make the store folder writable, or give another with --store|the file system is read-only; give a writable folder with --store); the store is unchanged/;
      oneLine(loaded, new RegExp(`^parley: .*store: cannot create a staging folder ${why.source}\\n$`));
      oneLine(removed, /^parley: .*lock: cannot create the lock file: (permission denied|the file system is read-only) \((EACCES|EROFS)\); the store is unchanged\n$/);
      expect([queried.code, queried.stdout, queried.stderr]).toEqual([0, 'n\r\n60\r\n', '']);
      expect(folderState(store)).toEqual(before);
    } finally {
      for (const folder of folders) chmodSync(folder, 0o755);
    }
  });
});

describe('the lock', { timeout: 60_000 }, () => {
  it('held by a live process: the load says who holds it, waits --wait seconds, then gives up in one line', async () => {
    const { store, inputs } = await storeAndInputs();
    const holder = { pid: process.pid, host: os.hostname(), since: '2025-01-01T00:00:00.000Z', what: 'parley load' };
    writeFileSync(path.join(store, 'lock'), JSON.stringify(holder));
    const before = folderState(store);
    const started = Date.now();
    const run = await parley(['load', inputs, '--store', store, '--wait', '1']);
    expect(run.code).toBe(2);
    const who = `process ${process.pid} on ${os.hostname()} \\(parley load, since 2025-01-01T00:00:00\\.000Z\\)`;
    expect(run.stderr).toMatch(new RegExp(`^parley: waiting for the store's lock, held by ${who}\\nparley: .*store: the store is locked by ${who}; wait for it to finish, or delete .*lock if that process is gone\\n$`));
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(folderState(store)).toEqual(before);
    rmSync(path.join(store, 'lock'));
    expect((await load([inputs], { store })).committed).toBe(true);
  });

  it('held by a live process, with --quiet: no note about waiting, only the error when it gives up', async () => {
    const { store, inputs } = await storeAndInputs();
    const holder = { pid: process.pid, host: os.hostname(), since: '2025-01-01T00:00:00.000Z', what: 'parley load' };
    writeFileSync(path.join(store, 'lock'), JSON.stringify(holder));
    const run = await parley(['load', inputs, '--store', store, '--wait', '1', '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^parley: .*store: the store is locked by process \d+ on .*; wait for it to finish, or delete .*lock if that process is gone\n$/);
    rmSync(path.join(store, 'lock'));
  });

  it('left empty by a crash long ago is broken, as is one of a dead process, and the files left aside are removed', async () => {
    const { store, inputs } = await storeAndInputs();
    writeFileSync(path.join(store, 'lock'), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(store, 'lock'), old, old);
    writeFileSync(path.join(store, 'lock.new-999999999-0a0b0c0d'), 'left by a process killed while taking the lock');
    expect((await load([inputs], { store, lock: { waitMs: 5_000 } })).committed).toBe(true);
    expect(readdirSync(store).sort()).toEqual(['graphs', 'parley-store.json', 'staging']);
  });
});
