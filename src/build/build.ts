// A build over many articles: list the inputs, skip those unchanged since the last build, build the rest
// on worker threads, and write one file per article or one bundle for bulk loaders.
import { availableParallelism } from 'node:os';
import { promises as fs } from 'node:fs';
import type { AnnotateOptions } from '../model/document.js';
import { FORMATS, type Format } from '../rdf/serialize.js';
import { encodingOf, listInputs, stemOf, type Encoding } from '../io.js';
import { ParleyError } from '../errors.js';
import { DEFAULT_BASE } from '../rdf/vocab.js';
import { outputPath, type ArticleJob, type ArticleOptions, type ArticleOutcome } from './article.js';
import { runJobs } from './pool.js';
import { BuildCache, cacheKey } from './cache.js';
import { BundleWriter } from './bundle.js';
import { VERSION } from '../version.js';

export interface BuildOptions extends AnnotateOptions {
  readonly outDir: string;
  readonly format?: Format;
  readonly base?: string;
  readonly maxBytes?: number;
  /** How article files are decoded: 'utf8' (the default) or 'latin1'. */
  readonly encoding?: Encoding;
  /** Worker threads (default 1 in the library; the command line defaults to the number of cores). */
  readonly jobs?: number;
  /** Build every input, even those unchanged since the last build into `outDir`. */
  readonly force?: boolean;
  /** Write every article into one N-Quads file of this name in `outDir` (format nquads only). */
  readonly singleFile?: string;
  /** With `singleFile`: start a new numbered file once one holds this many bytes. */
  readonly shardBytes?: number;
  /** Called once the inputs are listed, with their number. */
  readonly onStart?: (total: number) => void;
  /** Called after each input (in completion order), for progress and error reporting. */
  readonly onFile?: (result: FileResult) => void;
}

export type FileResult =
  | {
    readonly ok: true; readonly input: string; readonly output: string;
    readonly statements: number; readonly actors: number; readonly triples: number;
    /** Not built again: unchanged since the last build into the same folder with the same options. */
    readonly unchanged?: boolean;
    /** A word about an article built anyway (an empty one, say). */
    readonly warning?: string;
  }
  | { readonly ok: false; readonly input: string; readonly error: string };

export interface BuildResult {
  /** One result per input, in input order (inputs sorted by path). */
  readonly files: readonly FileResult[];
  /** The bundle files written (with `singleFile`). */
  readonly bundles: readonly string[];
}

/** Bytes in a megabyte, for --shard-size. */
export const MB = 1024 * 1024;

export const defaultJobs = (): number => availableParallelism();

/** Builds one output per article (or one bundle); a bad file is reported and skipped, never stops the others. */
export async function buildCorpus(inputs: readonly string[], options: BuildOptions): Promise<BuildResult> {
  const format = options.format ?? 'turtle';
  encodingOf(options.encoding); // a bad encoding fails once, before any file is read
  if (options.singleFile !== undefined && format !== 'nquads') throw new ParleyError('bad-option', `--single-file writes N-Quads; add --format nquads (got ${format})`);
  const files = (await listInputs(inputs)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!files.length) throw new ParleyError('no-input', `no .txt articles found in ${inputs.join(', ')}`);
  await fs.mkdir(options.outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ParleyError('write-failed', `cannot create the output folder (${error.code ?? String(error)}); give a folder path for -o`, options.outDir);
  });
  options.onStart?.(files.length);
  const results: (FileResult | undefined)[] = new Array(files.length);
  const report = (index: number, result: FileResult): void => { results[index] = result; options.onFile?.(result); };

  // Two inputs with one stem would write one output: the later (in path order) is refused.
  const stems = new Map<string, string>();
  const jobs: ArticleJob[] = [];
  files.forEach((file, index) => {
    const stem = stemOf(file);
    const earlier = stems.get(stem);
    if (earlier) report(index, { ok: false, input: file, error: `${file}: has the same name as ${earlier}, so both would write ${stem}${FORMATS[format].extension}; rename one` });
    else { stems.set(stem, file); jobs.push({ index, file }); }
  });

  const articleOptions: ArticleOptions = {
    outDir: options.outDir, format,
    ...(options.base ? { base: options.base } : {}), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.date ? { date: options.date } : {}), ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.singleFile !== undefined ? { collect: true } : {}),
  };
  if (options.singleFile !== undefined) return bundleBuild(jobs, articleOptions, options, report, results);

  // Incremental: inputs unchanged since the last build with the same options are skipped.
  const cache = await BuildCache.open(options.outDir, cacheKey({
    parley: VERSION, encoding: options.encoding ?? 'utf8', format, base: options.base ?? DEFAULT_BASE, date: options.date, publisher: options.publisher,
  }));
  const todo: ArticleJob[] = [];
  if (options.force || cache.empty) todo.push(...jobs);
  else {
    for (const job of jobs) {
      const output = outputPath(options.outDir, stemOf(job.file), format);
      const entry = cache.unchanged(output, job.file);
      if (entry) report(job.index, { ok: true, input: job.file, output, statements: entry.statements, actors: entry.actors, triples: entry.triples, unchanged: true });
      else todo.push(job);
    }
  }
  try {
    await runJobs(todo, articleOptions, options.jobs ?? 1, (outcome: ArticleOutcome) => {
      if (outcome.ok) {
        cache.record(outcome.output, { sha256: outcome.sha256, statements: outcome.statements, actors: outcome.actors, triples: outcome.triples });
        report(outcome.index, { ok: true, input: outcome.input, output: outcome.output, statements: outcome.statements, actors: outcome.actors, triples: outcome.triples, ...(outcome.warning ? { warning: outcome.warning } : {}) });
      } else {
        cache.forget(outputPath(options.outDir, stemOf(outcome.input), format));
        report(outcome.index, { ok: false, input: outcome.input, error: outcome.error });
      }
    });
  } finally {
    await cache.save().catch(() => undefined); // what was built stays recorded, even if the build stopped
  }
  return { files: results as FileResult[], bundles: [] };
}

async function bundleBuild(jobs: readonly ArticleJob[], articleOptions: ArticleOptions, options: BuildOptions,
  report: (index: number, result: FileResult) => void, results: (FileResult | undefined)[]): Promise<BuildResult> {
  const bundle = new BundleWriter(options.outDir, options.singleFile || 'corpus.nq', options.shardBytes, (index, file) => {
    const result = results[index];
    if (result?.ok) results[index] = { ...result, output: file };
  });
  // Articles go into the bundle in input order; those refused before building hold no place in it.
  let chain = Promise.resolve();
  const place = (index: number, text: string | undefined): void => { chain = chain.then(() => bundle.add(index, text)); };
  results.forEach((r, index) => { if (r) place(index, undefined); });
  try {
    await runJobs(jobs, articleOptions, options.jobs ?? 1, (outcome) => {
      if (outcome.ok) report(outcome.index, { ok: true, input: outcome.input, output: bundle.path, statements: outcome.statements, actors: outcome.actors, triples: outcome.triples, ...(outcome.warning ? { warning: outcome.warning } : {}) });
      else report(outcome.index, { ok: false, input: outcome.input, error: outcome.error });
      place(outcome.index, outcome.ok ? outcome.text : undefined);
    });
    await chain;
    const bundles = await bundle.close();
    return { files: results as FileResult[], bundles };
  } catch (error) {
    await chain.catch(() => undefined);
    await bundle.abort();
    throw error;
  }
}
