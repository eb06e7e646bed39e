// The store commands of the command line: load, query, store stats|list|remove, serve. Commander parses,
// the library does the work, this prints; like cli.ts it only sets process.exitCode.
import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  DEFAULT_PORT, DEFAULT_STORE, ParleyError, listGraphs, load, namedQueries, removeArticles, serve, storeStats, streamQuery,
  writeResult, type Encoding, type LoadFileResult, type ResultFormat,
} from './index.js';

/** Argument parsers and options cli.ts already has, shared so both files read dates, IRIs and encodings alike. */
export interface ArgumentParsers {
  readonly isoDate: (value: string) => string;
  readonly iri: (value: string) => string;
  readonly positiveInt: (value: string) => number;
  readonly encodingOption: () => Option;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 (any free port) to 65535');
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds, for example 30');
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number, for example 100');
  return n;
}

/** The embedded store's lock as the command line sets it: how long to wait, and a note on stderr when waiting (not with --quiet). */
function lockOptions(wait: number | undefined, quiet = false): { waitMs?: number; onWait: (holder: string) => void } {
  return {
    ...(wait !== undefined ? { waitMs: wait * 1000 } : {}),
    onWait: (holder) => { if (!quiet) console.error(`parley: waiting for the store's lock, held by ${holder}`); },
  };
}

function param(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError('expected name=value, for example actor="Mao Ning"');
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

const storeOption = (): Option => new Option('-s, --store <dir>', 'the embedded store\'s folder').default(DEFAULT_STORE);

/** Words of `text` as lines of at most `width` characters, each indented by `indent`. */
function wrap(text: string, indent: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) { lines.push(indent + line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

async function listQueries(): Promise<void> {
  const blocks = (await namedQueries()).map((q) => [
    `${q.label}: ${q.title}`,
    wrap(q.description, '    '),
    ...q.parameters.map((p) => `    --param ${p.name}=<${p.type}>${p.optional ? ' (optional)' : ''}\n${wrap(p.description, '        ')}`),
    ...q.examples.map((example) => `    e.g. ${example}`),
  ].filter(Boolean).join('\n'));
  console.log(blocks.join('\n\n'));
}

/** Adds the store commands to parley's program. */
export function registerStoreCommands(program: Command, parsers: ArgumentParsers): void {
  program.command('load')
    .description('Load articles (annotated on the way) or RDF files into a store, one named graph per article; loading an article again replaces its graph.')
    .argument('<inputs...>', 'articles (.txt), RDF files (.ttl .nq .trig .nt .jsonld .rdf) or folders of them')
    .addOption(storeOption().conflicts('graphStore'))
    .option('-g, --graph-store <url>', 'a SPARQL 1.1 Graph Store Protocol service to PUT each graph to, instead of the embedded store')
    .option('--timeout <seconds>', 'time-out of each request to --graph-store', seconds)
    .option('--date <YYYY-MM-DD>', 'publication date, for articles that do not carry one', parsers.isoDate)
    .option('--base <iri>', 'base IRI for articles, actors and topics', parsers.iri)
    .option('--publisher <name>', 'the outlet that published the articles')
    .option('--max-bytes <n>', 'refuse article files larger than this', parsers.positiveInt)
    .addOption(parsers.encodingOption())
    .option('--wait <seconds>', 'how long to wait for another load into the embedded store to finish (default 120)', seconds)
    .option('-q, --quiet', 'print nothing but errors and warnings')
    .addHelpText('after', `
Credentials for --graph-store come from the environment only: PARLEY_STORE_USER and PARLEY_STORE_PASSWORD
(HTTP Basic or Digest, as the store asks). Every input is read before anything is stored: if one is bad,
nothing changes.

Examples:
  parley load seeds
  parley load out/ --store news-store
  PARLEY_STORE_USER=dba PARLEY_STORE_PASSWORD=... parley load out/ --graph-store http://localhost:8890/sparql-graph-crud-auth
`)
    .action(async (inputs: string[], opts: { store: string; graphStore?: string; timeout?: number; wait?: number; date?: string; base?: string; publisher?: string; maxBytes?: number; encoding: Encoding; quiet?: boolean }) => {
      const result = await load(inputs, {
        ...(opts.graphStore ? { graphStore: opts.graphStore } : { store: opts.store, lock: lockOptions(opts.wait, opts.quiet) }),
        ...(opts.timeout ? { http: { timeoutMs: opts.timeout * 1000 } } : {}),
        ...(opts.date ? { date: opts.date } : {}), ...(opts.base ? { base: opts.base } : {}),
        ...(opts.publisher ? { publisher: opts.publisher } : {}), ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
        encoding: opts.encoding,
        onFile: (r: LoadFileResult) => {
          if (!r.ok) console.error(`parley: ${r.error}`);
          else if (r.warning) console.error(`parley: ${r.warning}`);
        },
      });
      const good = result.files.filter((f) => f.ok);
      if (result.error !== undefined) {
        // The store failed part-way: say what it took, and only that.
        const triples = good.reduce((n, f) => n + (f.ok ? f.triples : 0), 0);
        console.error(`parley: ${result.error}`);
        console.error(`parley: loaded only ${good.length} of ${result.files.length} input(s) into ${result.location} before it failed (${result.stored.length} graph(s), ${triples} triples); the others were not loaded`);
        process.exitCode = 2;
        return;
      }
      if (!result.committed) {
        console.error(`parley: nothing loaded: ${result.files.length - good.length} of ${result.files.length} input(s) failed; ${result.location} is unchanged`);
        process.exitCode = 1;
        return;
      }
      if (!opts.quiet) {
        const graphs = good.reduce((n, f) => n + (f.ok ? f.graphs.length : 0), 0);
        const triples = good.reduce((n, f) => n + (f.ok ? f.triples : 0), 0);
        console.log(`parley: loaded ${good.length} input(s) into ${result.location}: ${graphs} graph(s), ${triples} triples`);
      }
    });

  program.command('query')
    .description('Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over every graph of a store: a named query, a .rq file or the text itself.')
    .argument('[query]', 'a named query (see --list), a .rq file, or SPARQL text')
    .addOption(storeOption().conflicts('endpoint'))
    .option('-e, --endpoint <url>', 'a SPARQL 1.1 Protocol endpoint to query instead of the embedded store')
    .addOption(new Option('-f, --format <format>', 'how to print SELECT and ASK results (CONSTRUCT prints Turtle)').choices(['table', 'csv', 'tsv', 'json']).default('table'))
    .option('-p, --param <name=value>', 'a query parameter, bound as an RDF term (repeatable)', param, {})
    .option('-l, --list', 'list the named queries and their parameters')
    .option('-n, --limit <n>', 'print at most n rows (the store is asked for no more)', count)
    .option('--timeout <seconds>', 'time-out of each request to --endpoint', seconds)
    .addHelpText('after', `
The default graph is the union of all graphs; GRAPH ?g { ... } reaches each article's graph. The table
shortens long values: use --format csv or json for the full text. Rows are printed as they are read, so a
result of millions of rows does not have to fit in memory; the table's columns are as wide as the first
thousand rows need.

Examples:
  parley query --list
  parley query statements-by-actor --param actor="Mao Ning"
  parley query 'SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/parley/ontology#Statement> }'
  parley query my-question.rq --endpoint http://localhost:8890/sparql --format csv
`)
    .action(async (given: string | undefined, opts: { store: string; endpoint?: string; format: ResultFormat; param: Record<string, string>; list?: boolean; limit?: number; timeout?: number }) => {
      if (opts.list) { await listQueries(); return; }
      if (!given) throw new ParleyError('bad-option', 'give a query (a named query, a .rq file or SPARQL text), or --list to see the named ones');
      const result = await streamQuery(given, {
        ...(opts.endpoint ? { endpoint: opts.endpoint } : { store: opts.store }),
        ...(opts.timeout ? { http: { timeoutMs: opts.timeout * 1000 } } : {}),
        ...(opts.limit ? { limit: opts.limit } : {}),
        params: opts.param,
      });
      try {
        const written = await writeResult(result, opts.format, process.stdout, opts.limit ? { limit: opts.limit } : {});
        if (written.more && opts.format !== 'table') console.error(`parley: printed the first ${written.rows} rows (--limit ${opts.limit}); the query has more`);
      } catch (error) {
        // The reader went away (\`parley query ... | head\`): nothing more to say.
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
        throw error;
      }
    });

  const store = program.command('store').description('Inspect or change the embedded store.');

  store.command('stats')
    .description('Count the graphs, triples, actors and statements in the embedded store.')
    .addOption(storeOption())
    .action(async (opts: { store: string }) => {
      const stats = await storeStats(opts.store);
      console.log(`store       ${opts.store}\ngraphs      ${stats.graphs}\ntriples     ${stats.triples}\nactors      ${stats.actors}\nstatements  ${stats.statements}`);
    });

  store.command('list')
    .description('List the graphs in the embedded store: IRI, triples, the input each came from.')
    .addOption(storeOption())
    .action(async (opts: { store: string }) => {
      for (const { graph, triples, source } of await listGraphs(opts.store)) console.log(`${graph || '(default graph)'}\t${triples}\t${source}`);
    });

  store.command('remove')
    .description('Remove articles\' graphs from the embedded store.')
    .argument('<articles...>', 'graph IRIs, article names (the file stem) or the files they were loaded from')
    .addOption(storeOption())
    .option('--wait <seconds>', 'how long to wait for a load into the store to finish (default 120)', seconds)
    .action(async (articles: string[], opts: { store: string; wait?: number }) => {
      for (const graph of await removeArticles(opts.store, articles, lockOptions(opts.wait))) console.log(`parley: removed <${graph}> from ${opts.store}`);
    });

  program.command('serve')
    .description('Answer SPARQL 1.1 Protocol requests over the embedded store at http://HOST:PORT/sparql.')
    .addOption(storeOption())
    .option('--port <n>', `port to listen on (0: any free port)`, port, DEFAULT_PORT)
    .option('--host <address>', 'address to listen on; anything but 127.0.0.1 opens the store to the network', '127.0.0.1')
    .option('--allow-update', 'accept SPARQL updates and write them to the store (read-only otherwise)')
    .addHelpText('after', `
Results come as SPARQL JSON, XML, CSV or TSV (Turtle, N-Triples, RDF/XML or JSON-LD for graphs) by the
Accept header. Loads and removals by other processes are picked up at the next request.

Example:
  parley serve --store news-store --port 7878 &
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' http://127.0.0.1:7878/sparql
`)
    .action(async (opts: { store: string; port: number; host: string; allowUpdate?: boolean }) => {
      const server = await serve({ store: opts.store, port: opts.port, host: opts.host, allowUpdate: !!opts.allowUpdate });
      console.log(`parley: serving ${opts.store} (${server.graphs} graph(s)) at ${server.url}, ${opts.allowUpdate ? 'updates allowed' : 'read-only'}; Ctrl-C stops`);
      const stop = (): void => { void server.close(); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
