// The embedded store: a folder with one N-Quads file per named graph and a manifest naming them, queried by
// loading every file into an in-memory oxigraph. The manifest is the only truth: a graph file counts once
// the manifest names it. A load writes and flushes its files in a private staging folder, then, under the
// store's lock, renames them into graphs/ under new names and replaces the manifest by renaming a flushed
// copy over it. That rename is the commit: a load that fails or is killed before it leaves the old manifest
// and so the old store (its files in graphs/ are named by no manifest, and removed by the next writer, with
// the staging folders of dead processes); after it, the whole new state. Two loads at once never
// interleave. Readers take no lock: they read the manifest, then its files, and start again if a writer
// removed one in between.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as oxigraph from 'oxigraph';
import { ParleyError } from '../errors.js';
import { slug } from '../rdf/map.js';
import { pa } from '../rdf/vocab.js';
import { collect, parseGraphResult, parseJsonResults, parseTsvResults, type QueryResult, type StreamedResult } from '../query/results.js';
import { describeSyntaxError } from '../query/sparql.js';
import { abandonedAside, processRunning, withLock, type LockOptions } from './lock.js';
import { inGraph, type GraphData, type GraphWriter, type QueryEngine, type ReadForm } from './store.js';

export const DEFAULT_STORE = '.parley-store';

const MANIFEST = 'parley-store.json';
const GRAPHS = 'graphs';
const STAGING = 'staging';

export interface GraphEntry {
  /** The graph's file, relative to the store folder. */
  readonly file: string;
  readonly triples: number;
  /** The input it was loaded from. */
  readonly source: string;
}

export interface Manifest {
  readonly format: 'parley-store';
  readonly version: 1;
  /** Incremented by every change, so a long-running reader can tell that it is out of date. */
  readonly generation: number;
  /** Graph IRI -> its file; the key "" is the default graph (only updates through `parley serve` write it). */
  readonly graphs: Readonly<Record<string, GraphEntry>>;
}

const EMPTY: Manifest = { format: 'parley-store', version: 1, generation: 0, graphs: {} };

/** A failed write, said plainly; it always comes before the commit, so the store is as it was. */
function ioError(error: unknown, file: string, what: string): ParleyError {
  if (error instanceof ParleyError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const advice: Readonly<Record<string, string>> = {
    ENOSPC: 'no space left on the device; free some space and try again',
    EDQUOT: 'over the disk quota; free some space and try again',
    EROFS: 'the file system is read-only; give a writable folder with --store',
    EACCES: 'permission denied; make the store folder writable, or give another with --store',
    EPERM: 'permission denied; make the store folder writable, or give another with --store',
  };
  return new ParleyError('write-failed', `cannot ${what} (${code}): ${advice[code] ?? 'check the store folder\'s permissions and free space'}; the store is unchanged`, file);
}

/** Best effort: clean-up that may fail (on a read-only or full disk) without hiding the error that matters. */
const quietly = (work: Promise<unknown>): Promise<void> => work.then(() => undefined, () => undefined);

/** Writes a file and flushes it to disk before the caller relies on it. */
async function writeDurably(file: string, content: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try { await handle.sync(); } finally { await handle.close(); }
}

/** The manifest, or undefined when `dir` holds no store. Anything else there that is not a store is an error. */
async function readManifest(dir: string): Promise<Manifest | undefined> {
  const file = path.join(dir, MANIFEST);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ParleyError('unreadable', `cannot read the store's manifest (${(error as NodeJS.ErrnoException).code}); check permissions`, file);
    return undefined;
  }
  try {
    const manifest = JSON.parse(text) as Manifest;
    if (manifest.format === 'parley-store' && manifest.version === 1 && typeof manifest.graphs === 'object') return manifest;
  } catch { /* reported below */ }
  throw new ParleyError('not-a-store', 'is not a parley store manifest (damaged or from another program); load into a new folder', file);
}

/** The manifest of an existing store; a missing store is a user mistake, said with what to do. */
async function requireManifest(dir: string): Promise<Manifest> {
  const manifest = await readManifest(dir);
  if (!manifest) throw new ParleyError('not-a-store', `no parley store here; load articles first with \`parley load <files> --store ${dir}\``, dir);
  return manifest;
}

/** Makes `dir` a store if it is new or empty; refuses a folder that holds something else. */
async function ensureStore(dir: string): Promise<void> {
  if (await readManifest(dir)) return;
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  if (entries.some((e) => e !== GRAPHS && e !== STAGING && e !== 'lock' && !e.startsWith('lock.') && !e.startsWith(`${MANIFEST}.`))) {
    throw new ParleyError('not-a-store', `is not empty and not a parley store; give a new or empty folder with --store`, dir);
  }
  try {
    await fs.mkdir(path.join(dir, GRAPHS), { recursive: true });
    await fs.mkdir(path.join(dir, STAGING), { recursive: true });
  } catch (error) {
    throw ioError(error, dir, 'create the store folder');
  }
}

async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const file = path.join(dir, MANIFEST);
  const sorted = Object.fromEntries(Object.entries(manifest.graphs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const tmp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeDurably(tmp, JSON.stringify({ ...manifest, graphs: sorted }, null, 1) + '\n');
    await fs.rename(tmp, file);
  } catch (error) {
    await quietly(fs.rm(tmp, { force: true }));
    throw ioError(error, file, 'write the store manifest');
  }
  // The rename committed: a failure to flush the folder now cannot be undone, and is not reported as one.
  await quietly(syncDir(dir));
}

/**
 * Under the lock, after a commit: removes graph files no manifest entry names, staging folders of processes
 * that died, manifest copies never renamed and lock files left aside. Best effort: the commit is done.
 */
async function collectGarbage(dir: string, manifest: Manifest): Promise<void> {
  const live = new Set(Object.values(manifest.graphs).map((g) => path.basename(g.file)));
  const files = await fs.readdir(path.join(dir, GRAPHS)).catch(() => [] as string[]);
  await Promise.all(files.filter((f) => !live.has(f)).map((f) => quietly(fs.rm(path.join(dir, GRAPHS, f), { force: true }))));
  for (const stage of await fs.readdir(path.join(dir, STAGING)).catch(() => [] as string[])) {
    if (!processRunning(Number(stage.split('-')[0]))) await quietly(fs.rm(path.join(dir, STAGING, stage), { recursive: true, force: true }));
  }
  for (const f of await fs.readdir(dir).catch(() => [] as string[])) {
    if (f.startsWith(`${MANIFEST}.`) || abandonedAside(f)) await quietly(fs.rm(path.join(dir, f), { force: true }));
  }
}

/**
 * Applies `change` to the manifest under the lock and commits it; returns the new manifest. `change` may
 * add files to graphs/ (listing them in `added`): if the commit fails, they are removed again, so that a
 * failed change leaves the folder as it was.
 */
async function commitChange(dir: string, what: string, change: (manifest: Manifest, added: string[]) => Promise<Record<string, GraphEntry>>, lock: LockOptions = {}): Promise<Manifest> {
  return withLock(dir, what, async () => {
    const added: string[] = [];
    let next: Manifest;
    try {
      const current = (await readManifest(dir)) ?? EMPTY;
      const graphs = await change(current, added);
      next = { ...current, generation: current.generation + 1, graphs };
      await writeManifest(dir, next);
    } catch (error) {
      await Promise.all(added.map((file) => quietly(fs.rm(file, { force: true }))));
      throw error;
    }
    await collectGarbage(dir, next);
    return next;
  }, lock);
}

function graphFileName(graph: string): string {
  const last = graph.replace(/[/#]+$/, '').split(/[/#:]/).pop() ?? '';
  return `${slug(last).slice(0, 60) || 'graph'}-${randomBytes(6).toString('hex')}.nq`;
}

/** Staged files written at once, while the next inputs are read and parsed. */
const WRITES_IN_FLIGHT = 16;

/** A load into the embedded store: files are written to a private staging folder, then committed. */
export class EmbeddedWriter implements GraphWriter {
  private readonly staged = new Map<string, GraphEntry & { readonly staged: string }>();
  private stagingDir: string | undefined;
  private readonly writing = new Set<Promise<void>>();
  private failure: unknown;
  stored: readonly string[] = [];

  constructor(readonly location: string, private readonly lock: LockOptions = {}) {}

  async stage(graph: GraphData): Promise<void> {
    const earlier = this.staged.get(graph.graph);
    if (earlier) throw new ParleyError('duplicate-graph', `holds graph <${graph.graph}>, as does ${earlier.source}; load only one of them`, graph.source);
    if (!this.stagingDir) {
      await ensureStore(this.location);
      this.stagingDir = path.join(this.location, STAGING, `${process.pid}-${randomBytes(4).toString('hex')}`);
      await fs.mkdir(this.stagingDir, { recursive: true }).catch((error: unknown) => { throw ioError(error, this.location, 'create a staging folder'); });
    }
    const name = graphFileName(graph.graph);
    const staged = path.join(this.stagingDir, name);
    this.staged.set(graph.graph, { file: `${GRAPHS}/${name}`, triples: graph.triples, source: graph.source, staged });
    const write: Promise<void> = writeDurably(staged, graph.nquads)
      .catch((error: unknown) => { this.failure ??= ioError(error, staged, `write the graph of ${graph.source}`); })
      .finally(() => this.writing.delete(write));
    this.writing.add(write);
    if (this.writing.size >= WRITES_IN_FLIGHT) await Promise.race(this.writing);
    if (this.failure) throw this.failure;
  }

  async commit(): Promise<void> {
    await Promise.all(this.writing);
    if (this.failure) throw this.failure;
    if (!this.staged.size) return;
    await commitChange(this.location, 'parley load', async (current, added) => {
      const graphs: Record<string, GraphEntry> = { ...current.graphs };
      for (const [iri, entry] of this.staged) {
        const target = path.join(this.location, entry.file);
        await fs.rename(entry.staged, target).catch((error: unknown) => { throw ioError(error, target, 'move a staged graph into the store'); });
        added.push(target);
        graphs[iri] = { file: entry.file, triples: entry.triples, source: entry.source };
      }
      await syncDir(path.join(this.location, GRAPHS)).catch((error: unknown) => { throw ioError(error, path.join(this.location, GRAPHS), 'flush the graphs folder'); });
      return graphs;
    }, this.lock);
    this.stored = [...this.staged.keys()];
    await this.abort();
  }

  /** Drops what was staged; best effort, so that it never hides the error that stopped the load. */
  async abort(): Promise<void> {
    await Promise.all(this.writing);
    if (this.stagingDir) await quietly(fs.rm(this.stagingDir, { recursive: true, force: true }));
    this.stagingDir = undefined;
  }
}

function lastSegment(iri: string): string {
  const last = iri.slice(iri.lastIndexOf('/') + 1);
  try { return decodeURIComponent(last); } catch { return last; }
}

/** Finds the graphs `names` refer to: a graph IRI, or the article's name (its stem) or input file. */
function resolveGraphs(manifest: Manifest, names: readonly string[], dir: string): string[] {
  return names.map((name) => {
    if (Object.hasOwn(manifest.graphs, name) && name !== '') return name;
    const base = path.basename(name).replace(/\.[^.]+$/, '');
    const matches = Object.entries(manifest.graphs).filter(([iri, entry]) => iri !== '' && (
      lastSegment(iri) === base || entry.source === name || path.basename(entry.source).replace(/\.[^.]+$/, '') === base));
    if (matches.length === 1) return matches[0]![0];
    if (!matches.length) throw new ParleyError('no-such-graph', `no graph for "${name}" in the store; \`parley store list --store ${dir}\` shows them`, dir);
    throw new ParleyError('no-such-graph', `"${name}" matches ${matches.length} graphs (${matches.map(([iri]) => `<${iri}>`).join(', ')}); give the graph IRI`, dir);
  });
}

/** Removes articles' graphs, named by graph IRI, article name or input file; returns the graph IRIs removed. */
export async function removeArticles(dir: string, names: readonly string[], lock: LockOptions = {}): Promise<string[]> {
  const graphs = resolveGraphs(await requireManifest(dir), names, dir);
  await commitChange(dir, 'parley store remove', async (current) => {
    const next = { ...current.graphs };
    for (const graph of graphs) delete next[graph];
    return next;
  }, lock);
  return graphs;
}

/** The store's graphs, with their triple counts and the inputs they came from ("" is the default graph). */
export async function listGraphs(dir: string): Promise<{ readonly graph: string; readonly triples: number; readonly source: string }[]> {
  const manifest = await requireManifest(dir);
  return Object.entries(manifest.graphs).map(([graph, entry]) => ({ graph, triples: entry.triples, source: entry.source }));
}

/**
 * Every graph's file, read from one manifest. A writer may replace a file after we read the manifest;
 * then the manifest is read again.
 */
async function snapshot(dir: string): Promise<{ manifest: Manifest; files: Buffer[] }> {
  for (let attempt = 0; ; attempt++) {
    const manifest = await requireManifest(dir);
    try {
      const files = await Promise.all(Object.values(manifest.graphs).map((g) => fs.readFile(path.join(dir, g.file))));
      return { manifest, files };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 20) {
        throw new ParleyError('unreadable', `cannot read a graph file (${(error as NodeJS.ErrnoException).code ?? String(error)}); the store may be damaged`, dir);
      }
    }
  }
}

/** The whole store in an in-memory oxigraph, with the manifest it was read from. */
export async function openDataset(dir: string): Promise<{ dataset: oxigraph.Store; manifest: Manifest }> {
  const { manifest, files } = await snapshot(dir);
  const dataset = new oxigraph.Store();
  try {
    // Every file was checked when it was loaded (or written by oxigraph itself): lenient parsing skips
    // checking it again, which is a third of the time it takes to open a store.
    dataset.load(files, { format: 'application/n-quads', lenient: true });
  } catch (error) {
    throw new ParleyError('bad-rdf', `a graph file does not parse (${(error as Error).message}); the store is damaged: load its articles into a new store`, dir);
  }
  return { dataset, manifest };
}

/** Queries over every graph: the default graph is their union; GRAPH reaches each one. */
export const UNION = { use_default_graph_as_union: true } as const;

/** oxigraph's error for a query or update, in one line: where a syntax error is (line, column), or what failed. */
export function queryFailure(text: string, error: unknown): string {
  const raw = (error as Error).message ?? String(error);
  const syntax = describeSyntaxError(text, raw);
  if (syntax) return syntax;
  const message = raw.replace(/\s+/g, ' ');
  return message.length > 160 ? `${message.slice(0, 159)}…` : message;
}

export class EmbeddedEngine implements QueryEngine {
  constructor(readonly location: string, private readonly dataset: oxigraph.Store) {}

  static async open(dir: string): Promise<EmbeddedEngine> {
    return new EmbeddedEngine(dir, (await openDataset(dir)).dataset);
  }

  private run(text: string, format: string): string {
    try {
      return this.dataset.query(text, { ...UNION, results_format: format }) as string;
    } catch (error) {
      throw new ParleyError('bad-query', `the query failed: ${queryFailure(text, error)}`);
    }
  }

  async query(text: string, form: ReadForm): Promise<QueryResult> {
    if (form === 'select') return collect(await this.stream(text, form));
    const graph = form === 'construct' || form === 'describe';
    const answer = this.run(text, graph ? 'application/n-triples' : 'application/sparql-results+json');
    return graph ? parseGraphResult(answer, this.location) : parseJsonResults(answer, this.location);
  }

  /**
   * SELECT rows read one at a time from oxigraph's answer. The binding gives no row iterator: the answer
   * comes whole, as SPARQL TSV, the most compact of its formats; the rows are made only as they are read.
   */
  async stream(text: string, form: ReadForm): Promise<StreamedResult> {
    if (form !== 'select') return this.query(text, form) as Promise<StreamedResult>;
    return parseTsvResults(this.run(text, 'text/tab-separated-values'), this.location);
  }
}

/**
 * After an update through `parley serve`: writes every graph whose content changed, drops graphs that are
 * gone, under the lock. `expected` is the generation the dataset was read at; a store changed since by
 * another writer is not overwritten.
 */
export async function persistDataset(dir: string, dataset: oxigraph.Store, expected: number): Promise<Manifest> {
  return commitChange(dir, 'parley serve update', async (current, added) => {
    if (current.generation !== expected) {
      throw new ParleyError('store-locked', 'changed on disk while the update ran (another load or removal); send the update again', dir);
    }
    const names = (dataset.query('SELECT DISTINCT ?g WHERE { GRAPH ?g {} }') as Map<string, oxigraph.Term>[]).map((row) => row.get('g')!);
    const graphs: Record<string, GraphEntry> = {};
    const targets: [string, oxigraph.NamedNode | oxigraph.DefaultGraph][] = [['', oxigraph.defaultGraph()]];
    for (const name of names) if (name.termType === 'NamedNode') targets.push([name.value, name]);
    for (const [iri, term] of targets) {
      const ntriples = dataset.dump({ format: 'application/n-triples', from_graph_name: term });
      if (!ntriples) continue;
      const content = iri ? inGraph(ntriples, iri) : ntriples;
      const old = current.graphs[iri];
      if (old && (await fs.readFile(path.join(dir, old.file), 'utf8').catch(() => '')) === content) {
        graphs[iri] = old;
        continue;
      }
      const file = `${GRAPHS}/${graphFileName(iri || 'default')}`;
      added.push(path.join(dir, file));
      await writeDurably(path.join(dir, file), content).catch((error: unknown) => { throw ioError(error, path.join(dir, file), 'write a graph'); });
      graphs[iri] = { file, triples: ntriples.split('\n').length - 1, source: old?.source ?? 'SPARQL update' };
    }
    await syncDir(path.join(dir, GRAPHS)).catch((error: unknown) => { throw ioError(error, path.join(dir, GRAPHS), 'flush the graphs folder'); });
    return graphs;
  });
}

export interface StoreStats {
  readonly graphs: number;
  /** Triples summed over the graphs (a triple in two graphs counts twice). */
  readonly triples: number;
  /** Distinct actors and statements over all graphs. */
  readonly actors: number;
  readonly statements: number;
}

export async function storeStats(dir: string): Promise<StoreStats> {
  const { dataset, manifest } = await openDataset(dir);
  try {
    const [row] = dataset.query(`SELECT ?actors ?statements WHERE {
      { SELECT (COUNT(DISTINCT ?a) AS ?actors) WHERE { ?a a <${pa.Actor.value}> } }
      { SELECT (COUNT(DISTINCT ?s) AS ?statements) WHERE { ?s a <${pa.Statement.value}> } }
    }`, UNION) as Map<string, oxigraph.Term>[];
    const entries = Object.entries(manifest.graphs).filter(([iri]) => iri !== '');
    return {
      graphs: entries.length,
      triples: Object.values(manifest.graphs).reduce((n, g) => n + g.triples, 0),
      actors: Number(row?.get('actors')?.value ?? 0),
      statements: Number(row?.get('statements')?.value ?? 0),
    };
  } finally {
    dataset.free();
  }
}
