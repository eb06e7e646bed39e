// The command line: commander parses flags, calls the library, prints; sets process.exitCode.
import { Command, InvalidArgumentError, Option } from 'commander';
import { promises as fs } from 'node:fs';
import { Parser } from 'n3';
import { ENCODINGS, build, formatReport, isParleyError, validate, type Encoding, type FileResult, type Format } from './index.js';
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

program.command('build')
  .description('Annotate articles and write one RDF file per article: <dir>/<stem>.ttl (or .jsonld, .nq, .trig).')
  .argument('<inputs...>', 'article files (UTF-8 text) or folders (every *.txt inside, recursively)')
  .requiredOption('-o, --out <dir>', 'output folder (created if missing)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['turtle', 'jsonld', 'nquads', 'trig']).default('turtle'))
  .option('--date <YYYY-MM-DD>', 'publication date, for articles that do not carry one', isoDate)
  .option('--base <iri>', 'base IRI for articles, actors and topics', iri)
  .option('--publisher <name>', 'the outlet that published the articles (speech told to it has no intermediary)')
  .option('--max-bytes <n>', 'refuse input files larger than this', positiveInt)
  .addOption(encodingOption())
  .option('-q, --quiet', 'print nothing but errors and warnings')
  .addHelpText('after', '\nExamples:\n  parley build seeds -o out\n  parley build article.txt -o out --format jsonld --date 2025-08-22\n')
  .action(async (inputs: string[], opts: { out: string; format: Format; date?: string; base?: string; publisher?: string; maxBytes?: number; encoding: Encoding; quiet?: boolean }) => {
    let failed = 0;
    let written = 0;
    const results: FileResult[] = await build(inputs, {
      outDir: opts.out, format: opts.format,
      ...(opts.date ? { date: opts.date } : {}), ...(opts.base ? { base: opts.base } : {}),
      ...(opts.publisher ? { publisher: opts.publisher } : {}), ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
      encoding: opts.encoding,
      onFile: (r) => {
        if (r.ok && r.warning) console.error(`parley: ${r.warning}`);
        if (r.ok) written++;
        else { failed++; console.error(`parley: ${r.error}`); }
      },
    });
    if (!opts.quiet) {
      const statements = results.reduce((n, r) => n + (r.ok ? r.statements : 0), 0);
      const triples = results.reduce((n, r) => n + (r.ok ? r.triples : 0), 0);
      console.log(`parley: built ${written} of ${results.length} article(s) into ${opts.out}: ${statements} statements, ${triples} triples${failed ? `; ${failed} failed` : ''}`);
    }
    if (failed) process.exitCode = 1;
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
