// The store commands as a user runs them (`node bin/parley.js`, the compiled dist/): load, query,
// store stats|list|remove, serve. Mistakes get one line on stderr, never a stack trace.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import { tempDirs } from '../helpers/tmp.js';
import { NO_STACK, ROOT, SEED_GRAPH, parley } from './helpers.js';

const tempDir = tempDirs();

async function seededStore(): Promise<string> {
  const store = path.join(tempDir(), 'store');
  const loaded = await parley(['load', 'seeds', '--store', store]);
  expect(loaded.stdout).toMatch(/^parley: loaded 1 input\(s\) into .*store: 1 graph\(s\), \d+ triples\n$/);
  return store;
}

/** A mistake: exit code 1 or 2, exactly one line on stderr, no stack. */
function mistake(run: { code: number; stderr: string }, pattern: RegExp): void {
  expect(run.code, run.stderr).toBeGreaterThan(0);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(NO_STACK);
}

describe('parley load and parley store', { timeout: 60_000 }, () => {
  it('load twice, stats, list, remove', async () => {
    const store = await seededStore();
    expect((await parley(['load', 'seeds', '--store', store, '-q'])).stdout).toBe('');
    const stats = await parley(['store', 'stats', '--store', store]);
    expect(stats.stdout).toMatch(/^store\s+.*\ngraphs\s+1\ntriples\s+\d{3,}\nactors\s+\d+\nstatements\s+\d+\n$/);
    expect((await parley(['store', 'list', '--store', store])).stdout).toMatch(new RegExp(`^${SEED_GRAPH}\\t\\d+\\t.*000_81ed9d07d236dca6\\.txt\\n$`));
    expect((await parley(['store', 'remove', '000_81ed9d07d236dca6', '--store', store])).stdout).toBe(`parley: removed <${SEED_GRAPH}> from ${store}\n`);
    expect((await parley(['store', 'stats', '--store', store])).stdout).toMatch(/graphs\s+0\ntriples\s+0\n/);
    mistake(await parley(['store', 'remove', 'no-such-article', '--store', store]), /no graph for "no-such-article" in the store; `parley store list/);
  });

  it('load with a bad input stores nothing and says which file', async () => {
    const store = await seededStore();
    const inputs = tempDir();
    writeFileSync(path.join(inputs, 'good.txt'), 'Foreign Minister Jane Doe said on Monday that the talks would resume.');
    writeFileSync(path.join(inputs, 'bad.ttl'), '<urn:a> <urn:b> .');
    const run = await parley(['load', inputs, '--store', store]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^parley: .*bad\.ttl: not valid Turtle .*\nparley: nothing loaded: 1 of 2 input\(s\) failed; .* is unchanged\n$/);
    expect((await parley(['store', 'stats', '--store', store])).stdout).toMatch(/graphs\s+1\n/);
  });
});

describe('parley query', { timeout: 60_000 }, () => {
  it('lists the named queries with their parameters', async () => {
    const list = (await parley(['query', '--list'])).stdout;
    for (const name of ['statements-by-actor', 'said-about', 'positions-on-proposal', 'via-intermediary', 'timeline', 'opposing-positions']) {
      expect(list).toContain(`${name}: `);
    }
    expect(list).toContain('--param actor=<actor>');
    expect(list).toContain('--param from=<date> (optional)');
  });

  it('runs a named query with parameters, in every format', async () => {
    const store = await seededStore();
    const args = ['query', 'statements-by-actor', '--param', 'actor=Mao Ning', '--store', store];
    const table = (await parley(args)).stdout;
    expect(table).toMatch(/^speaker\s+date\s+direct\s+cue\s+content\s+via\s+article\s+statement\n-+/);
    expect(table).toMatch(/\n\(3 rows\)\n$/);
    const json = JSON.parse((await parley([...args, '--format', 'json'])).stdout) as { head: { vars: string[] }; results: { bindings: unknown[] } };
    expect(json.head.vars[0]).toBe('speaker');
    expect(json.results.bindings).toHaveLength(3);
    const tsv = (await parley([...args, '--format', 'tsv'])).stdout.split('\n');
    expect(tsv[0]).toBe('?speaker\t?date\t?direct\t?cue\t?content\t?via\t?article\t?statement');
    expect(tsv[1]).toMatch(/^"Mao Ning"\t"2025-08-22"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#date>\t"false"\^\^/);
    const csv = (await parley([...args, '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe('speaker,date,direct,cue,content,via,article,statement');
    expect(csv[1]).toMatch(/^Mao Ning,2025-08-22,false,\w+,"?.+/);
  });

  it('reads a .rq file, binds parameters of text queries, and prints CONSTRUCT as Turtle', async () => {
    const store = await seededStore();
    const file = path.join(tempDir(), 'labels.rq');
    writeFileSync(file, 'CONSTRUCT { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?name } WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?name }\n');
    const turtle = (await parley(['query', file, '--param', 'name=Mao Ning', '--store', store])).stdout;
    expect(turtle).toMatch(/^@prefix pa: /);
    expect(new Parser().parse(turtle).map((q) => q.subject.value)).toEqual(['https://w3id.org/parley/id/actor/mao-ning']);
    const ask = await parley(['query', 'ASK { GRAPH ?g { ?s ?p ?o } }', '--store', store]);
    expect(ask.stdout).toBe('true\n');
  });

  it('treats a parameter as one value, whatever it contains', async () => {
    const store = await seededStore();
    const run = await parley(['query', 'statements-by-actor', '--param', 'actor=Mao Ning" } ?s ?p ?o . #', '--store', store]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/\(0 rows\)\n$/);
  });

  it('says what is wrong in one line', async () => {
    const store = await seededStore();
    const cases: [string[], RegExp][] = [
      [['query', 'actors-who-never-were'], /is not a named query, a \.rq file or SPARQL text; `parley query --list`/],
      [['query', 'statements-by-actor'], /statements-by-actor needs --param actor=\.\.\./],
      [['query', 'timeline', '-p', 'actor=Mao', '-p', 'from=yesterday'], /--param from: expected a date as YYYY-MM-DD/],
      [['query', 'timeline', '-p', 'who=Mao'], /timeline has no parameter "who"; it takes actor, from, to/],
      [['query', 'DELETE WHERE { ?s ?p ?o }'], /is an update; parley query only reads/],
      [['query', 'SELECT ?x WHERE { ?x'], /the query failed: /],
    ];
    const runs = await Promise.all(cases.map(([args]) => parley([...args, '--store', store])));
    runs.forEach((run, i) => mistake(run, cases[i]![1]));
    mistake(await parley(['query', 'SELECT * WHERE { ?s ?p ?o }', '--store', path.join(tempDir(), 'none')]), /no parley store here; load articles first with `parley load <files> --store /);
    mistake(await parley(['query', 'SELECT * WHERE { ?s ?p ?o }', '--endpoint', 'http://127.0.0.1:9/sparql', '--timeout', '1']), /^parley: http:\/\/127\.0\.0\.1:9\/sparql: cannot reach the store/);
  });
});

describe('parley serve', { timeout: 60_000 }, () => {
  it('answers an ordinary HTTP client until stopped', async () => {
    const store = await seededStore();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'parley.js'), 'serve', '--store', store, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/sparql), read-only/.exec(line)?.[1];
      expect(url, line).toBeDefined();
      const response = await fetch(`${url}?query=${encodeURIComponent('SELECT ?name WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> "Mao Ning" ; <http://www.w3.org/2000/01/rdf-schema#label> ?name }')}`, { headers: { accept: 'text/csv' } });
      expect(await response.text()).toBe('name\r\nMao Ning\r\n');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
