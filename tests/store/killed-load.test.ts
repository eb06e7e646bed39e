// A load killed (SIGKILL) at random moments, several times over: after each kill the store holds either
// exactly what it held before or exactly the whole new load, graph for graph and byte for byte, never a
// part; it answers queries at once; and the next load breaks the dead process's lock, tidies what it left
// (staging folders, unnamed graph files, manifest copies) and lands.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { query } from '../../src/index.js';
import { tempDirs } from '../helpers/tmp.js';
import { ROOT, column, graphFiles, injectFaults, parley } from './helpers.js';

const tempDir = tempDirs();
const GRAPHS = 80;
const TRIPLES = 150;
/** Kills at random moments; then one as the commit takes the lock, one as it replaces the manifest. */
const RANDOM_KILLS = 3;
const KILLS = RANDOM_KILLS + 2;

type State = Readonly<Record<string, string>>;

/** What the store holds by its manifest: each graph's content, read straight from its file. */
function stateOf(store: string): State {
  const manifest = JSON.parse(readFileSync(path.join(store, 'parley-store.json'), 'utf8')) as { graphs: Record<string, { file: string; triples: number }> };
  return Object.fromEntries(Object.entries(manifest.graphs).map(([graph, entry]) => {
    const content = readFileSync(path.join(store, entry.file), 'utf8');
    expect(content.split('\n').length - 1, `${graph}: the manifest's count of triples`).toBe(entry.triples);
    return [graph, content];
  }));
}

/** The graphs of a folder made by graphFiles, as the store keeps them (N-Quads of one graph, byte for byte). */
function inputState(dir: string): State {
  return Object.fromEntries(readdirSync(dir).map((f) => {
    const content = readFileSync(path.join(dir, f), 'utf8');
    return [/<(https:\/\/example\.org\/test\/graph\/\d+)> \.\n/.exec(content)![1]!, content];
  }));
}

/** The same graphs with the same contents, whatever the order. */
const same = (a: State, b: State): boolean => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([graph, content]) => b[graph] === content);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `parley load`; `when` decides the moment to kill it (it may have finished by then). */
async function killedLoad(inputs: string, store: string, when: () => Promise<void>, env: NodeJS.ProcessEnv = {}): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), 'load', inputs, '--store', store, '-q'], { stdio: 'ignore', env: { ...process.env, ...env } });
  const exited = new Promise<{ signal: NodeJS.Signals | null; code: number | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  await Promise.race([when(), exited]);
  child.kill('SIGKILL');
  return exited;
}

describe('a load killed at random moments', () => {
  it('leaves every graph old or new as a whole, and the next load and query work', async () => {
    const store = path.join(tempDir(), 'store');
    // Each version replaces the same graphs and adds one of its own, so old and new differ everywhere.
    const versions = Array.from({ length: KILLS + 1 }, (_, v) => {
      const dir = path.join(tempDir(), `v${v}`);
      graphFiles(dir, GRAPHS, TRIPLES, `version ${v}`);
      graphFiles(dir, 1, TRIPLES, `version ${v}`, 1000 + v);
      return dir;
    });
    // A first load, whole, timed from the moment its staging starts to its end: the span worth hitting.
    const staging = path.join(store, 'staging');
    const staged = async (): Promise<void> => {
      while (!(existsSync(staging) && readdirSync(staging).length)) await sleep(2);
    };
    let stagedAt = 0;
    const first = await killedLoad(versions[0]!, store, async () => { await staged(); stagedAt = Date.now(); await sleep(120_000); });
    const span = Math.max(50, Date.now() - stagedAt);
    expect(first).toEqual({ code: 0, signal: null });
    let state = stateOf(store);
    expect(state).toEqual(inputState(versions[0]!));

    const outcomes: string[] = [];
    for (let v = 1; v <= KILLS; v++) {
      const before = state;
      const after = { ...before, ...inputState(versions[v]!) };
      // A random moment from the start of staging to a little past the end of the commit; then a random
      // moment of a commit slowed down (each rename into the store takes 5 ms), so that some graphs are
      // moved in and some not; then the moment the manifest is replaced.
      const slowCommit = v === RANDOM_KILLS + 1;
      const delay = Math.round(Math.random() * (slowCommit ? GRAPHS * 5 : span * 1.4));
      const lock = path.join(store, 'lock');
      const manifest = path.join(store, 'parley-store.json');
      const manifestBefore = statSync(manifest).ino;
      const when = slowCommit
        ? async (): Promise<void> => { while (!existsSync(lock)) await sleep(1); await sleep(delay); }
        : v === RANDOM_KILLS + 2
          ? async (): Promise<void> => { while (statSync(manifest).ino === manifestBefore) await sleep(1); }
          : async (): Promise<void> => { await staged(); await sleep(delay); };
      const run = await killedLoad(versions[v]!, store, when, slowCommit ? injectFaults({ under: store, code: 'DELAY', delayMs: 5 }) : {});
      state = stateOf(store);
      const label = `kill ${v} (${slowCommit ? `${delay} ms into a slow commit` : v === RANDOM_KILLS + 2 ? 'at the new manifest' : `${delay} ms into staging`}, ${run.signal ?? `exit ${run.code}`})`;
      const outcome = same(state, before) ? 'old' : same(state, after) ? 'new' : 'partial';
      outcomes.push(`${label}: ${outcome}`);
      expect(outcome, outcomes.join('; ')).not.toBe('partial');
      // Readers need nothing from the dead writer: the store answers at once.
      const total = Object.values(state).reduce((n, content) => n + content.split('\n').length - 1, 0);
      expect(column(await query('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }', { store }), 'n')).toEqual([String(total)]);
    }

    // The next load (a new version of every graph) breaks any stale lock, cleans up and lands whole.
    const last = path.join(tempDir(), 'last');
    graphFiles(last, GRAPHS, TRIPLES, 'last');
    const run = await parley(['load', last, '--store', store, '-q', '--wait', '20']);
    expect([run.code, run.stderr], outcomes.join('; ')).toEqual([0, '']);
    expect(stateOf(store)).toEqual({ ...state, ...inputState(last) });
    expect(readdirSync(store).sort()).toEqual(['graphs', 'parley-store.json', 'staging']);
    expect(readdirSync(staging)).toEqual([]);
    const named = Object.values(JSON.parse(readFileSync(path.join(store, 'parley-store.json'), 'utf8')).graphs as Record<string, { file: string }>).map((g) => path.basename(g.file)).sort();
    expect(readdirSync(path.join(store, 'graphs')).sort()).toEqual(named);
  }, 120_000);
});
