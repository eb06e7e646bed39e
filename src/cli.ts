// The command line: commander parses flags, calls the library, prints; sets process.exitCode.
import { Command, InvalidArgumentError, Option } from 'commander';
import { promises as fs } from 'node:fs';
import { Parser } from 'n3';
import { buildCorpus, defaultJobs, ENCODINGS, formatReport, isParleyError, ParleyError, validate, type Encoding, type Format } from './index.js';
import { MB } from './build/build.js';
import { CACHE_FILE } from './build/cache.js';
import { formatSummary, ProgressBar, summarize } from './build/progress.js';
import { writeAtomic } from './io.js';
import { isValidIsoDate } from './text/dates.js';
import { registerStoreCommands } from './cli-store.js';
import { VERSION } from './version.js';

function isoDate(value: string): string {
  if (!isValidIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, for example 2025-08-22');
  return value;
}

function iri(value: string): string {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value)) throw new InvalidArgumentError('expected an absolute IRI, for example https://example.org/news/');
  return value;
}

/** --encoding, for build and load: the choices are listed in the help and in the error for any other. */
const encodingOption = (): Option => new Option('--encoding <name>', 'how article files are encoded (latin1 reads 0x80-0x9F as Windows-1252)').choices(ENCODINGS).default('utf8');

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return n;
}

const program = new Command()
  .name('parley')
  .description('Turn news articles into an RDF knowledge graph of who said what, who stands where, and on which proposal.')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)');

function jobCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 256) throw new InvalidArgumentError('expected a whole number of worker threads, 1 to 256');
  return n;
}

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a size in megabytes, for example 512');
  return Math.round(n * MB);
}

interface BuildFlags {
  out: string; format: Format; date?: string; base?: string; publisher?: string; maxBytes?: number; quiet?: boolean;
  encoding: Encoding; jobs: number; force?: boolean; singleFile?: string | true; shardSize?: number; report?: string;
}

program.command('build')
  .description('Annotate articles and write one RDF file per article: <dir>/<stem>.ttl (or .jsonld, .nq, .trig), or one N-Quads bundle.')
  .argument('<inputs...>', 'article files (UTF-8 text) or folders (every *.txt inside, recursively)')
  .requiredOption('-o, --out <dir>', 'output folder (created if missing)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['turtle', 'jsonld', 'nquads', 'trig']).default('turtle'))
  .option('--date <YYYY-MM-DD>', 'publication date, for articles that do not carry one', isoDate)
  .option('--base <iri>', 'base IRI for articles, actors and topics', iri)
  .option('--publisher <name>', 'the outlet that published the articles (speech told to it has no intermediary)')
  .option('--max-bytes <n>', 'refuse input files larger than this', positiveInt)
  .addOption(new Option('-j, --jobs <n>', 'worker threads').argParser(jobCount).default(defaultJobs(), 'the number of cores'))
  .option('--force', 'rebuild every article, even those unchanged since the last build into the same folder')
  .option('--single-file [name]', 'write all articles into one N-Quads file in the output folder (default name corpus.nq; needs --format nquads), one named graph per article')
  .option('--shard-size <MB>', 'with --single-file: start a new numbered file (corpus-00001.nq, ...) every this many megabytes', megabytes)
  .option('--report <file>', 'also write the summary and every file\'s outcome as JSON')
  .addOption(encodingOption())
  .option('-q, --quiet', 'print nothing but errors and warnings (no progress bar, no summary)')
  .addHelpText('after', `
Inputs unchanged since the last build into the same folder, with the same options and parley version, are
skipped (a record is kept in <dir>/${CACHE_FILE}); --force rebuilds them. One-file bundles are always rebuilt.
A progress bar is shown on a terminal. Output does not depend on --jobs or on the order of the inputs.

Examples:
  parley build seeds -o out
  parley build article.txt -o out --format jsonld --date 2025-08-22
  parley build archive/ -o bulk --format nquads --single-file --shard-size 512 --report build.json
`)
  .action(async (inputs: string[], opts: BuildFlags) => {
    if (opts.shardSize !== undefined && opts.singleFile === undefined) throw new ParleyError('bad-option', '--shard-size works with --single-file; add it');
    const started = performance.now();
    const bar = !opts.quiet && process.stderr.isTTY ? new ProgressBar(process.stderr) : undefined;
    const { files, bundles } = await buildCorpus(inputs, {
      outDir: opts.out, format: opts.format, jobs: opts.jobs,
      ...(opts.date ? { date: opts.date } : {}), ...(opts.base ? { base: opts.base } : {}),
      ...(opts.publisher ? { publisher: opts.publisher } : {}), ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
      encoding: opts.encoding, ...(opts.force ? { force: true } : {}),
      ...(opts.singleFile !== undefined ? { singleFile: opts.singleFile === true ? 'corpus.nq' : opts.singleFile } : {}),
      ...(opts.shardSize ? { shardBytes: opts.shardSize } : {}),
      onStart: (total) => bar?.start(total),
      onFile: (r) => {
        const message = r.ok ? r.warning : r.error;
        if (message) { if (bar) bar.line(`parley: ${message}`); else console.error(`parley: ${message}`); }
        bar?.tick();
      },
    });
    bar?.clear();
    const summary = summarize(files, (performance.now() - started) / 1000);
    if (!opts.quiet) {
      console.log(formatSummary(summary, opts.out));
      if (bundles.length) console.log(`parley: wrote ${bundles.join(', ')}`);
    }
    if (opts.report) {
      const report = {
        parley: VERSION, ...summary, jobs: opts.jobs, format: opts.format, out: opts.out, bundles,
        peakRssBytes: process.resourceUsage().maxRSS * 1024, files,
      };
      await writeAtomic(opts.report, JSON.stringify(report, null, 2) + '\n');
    }
    if (summary.failed) process.exitCode = 1;
  });

program.command('validate')
  .description('Check RDF files (.ttl, .nq, .trig, .jsonld) against the SHACL shapes in ontology/shapes.ttl; exit 1 on violations.')
  .argument('<files...>', 'RDF files or folders of them')
  .action(async (files: string[]) => {
    let bad = 0;
    const expanded: string[] = [];
    for (const f of files) {
      const stat = await fs.stat(f).catch(() => undefined);
      if (stat?.isDirectory()) {
        const entries = await fs.readdir(f);
        expanded.push(...entries.filter((e) => /\.(ttl|nq|trig|jsonld)$/.test(e)).sort().map((e) => `${f.replace(/\/$/, '')}/${e}`));
      } else expanded.push(f);
    }
    for (const file of expanded) {
      let text: string;
      try { text = await fs.readFile(file, 'utf8'); } catch { console.error(`parley: ${file}: cannot read; check the path`); bad++; continue; }
      let quads;
      try {
        quads = await parseRdf(file, text);
      } catch (error) {
        console.error(`parley: ${file}: not valid RDF (${(error as Error).message.split('\n')[0]}); rebuild it with parley build`);
        bad++;
        continue;
      }
      const report = await validate(quads);
      if (report.conforms) console.log(`${file}: conforms (${quads.length} triples)`);
      else { bad++; console.log(formatReport(report, file)); }
    }
    if (bad) process.exitCode = 1;
  });

async function parseRdf(file: string, text: string) {
  if (file.endsWith('.jsonld')) {
    const jsonld = (await import('jsonld')).default;
    const nquads = await jsonld.toRDF(JSON.parse(text) as object, { format: 'application/n-quads' }) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  }
  const format = file.endsWith('.nq') ? 'N-Quads' : file.endsWith('.trig') ? 'application/trig' : 'Turtle';
  return new Parser({ format }).parse(text);
}

registerStoreCommands(program, { isoDate, iri, positiveInt, encodingOption });


program.parseAsync().catch((error: unknown) => {
  if (isParleyError(error)) {
    console.error(`parley: ${error.message}`);
    process.exitCode = 2;
    return;
  }
  console.error(`parley: internal error: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 70;
});
