// The command line as a user runs it: `node bin/parley.js` (the compiled dist/) on temporary folders.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser, Writer } from 'n3';
import { pa } from '../src/rdf/vocab.js';
import { EMOJI_CRLF, ERDOGAN, JANE_DOE } from './helpers/articles.js';
import { tempDirs } from './helpers/tmp.js';
import { NO_STACK, lines, runParley, type Run } from './helpers/cli.js';

const tempDir = tempDirs();

const parley = (...args: string[]) => runParley(args);


/** A folder holding the given articles. */
function articles(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The files a build wrote, less its hidden build record. */
const outputs = (dir: string): string[] => readdirSync(dir).filter((name) => name !== '.parley-build.json').sort();

const FORMATS = [['turtle', '.ttl'], ['jsonld', '.jsonld'], ['nquads', '.nq'], ['trig', '.trig']] as const;

/** Two articles built in every format, twice, into two folders (shared by the tests below). */
const built = { first: '', second: '', runs: [] as Run[] };
beforeAll(async () => {
  const dir = articles({ 'jane.txt': JANE_DOE, 'emoji.txt': EMOJI_CRLF });
  built.first = tempDir();
  built.second = tempDir();
  built.runs = await Promise.all([built.first, built.second].flatMap((out) =>
    FORMATS.map(([format]) => parley('build', dir, '-o', out, '--format', format, '--date', '2025-03-06', '-q'))));
}, 60_000);

describe.concurrent('parley build', { timeout: 30_000 }, () => {
  it('writes the good files, names the bad one in one stderr line and exits 1', async () => {
    const dir = articles({ 'a.txt': JANE_DOE, 'bad.txt': Uint8Array.from([...Buffer.from('Jane Doe said '), 0xe9, 0x74, 0xe9, 0x0a]), 'b.txt': ERDOGAN });
    const out = path.join(dir, 'out');
    const run = await parley('build', path.join(dir, 'a.txt'), path.join(dir, 'bad.txt'), path.join(dir, 'b.txt'), '-o', out);
    expect(run.code).toBe(1);
    expect(outputs(out)).toEqual(['a.ttl', 'b.ttl']);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(path.join(dir, 'bad.txt'));
    expect(run.stderr).toContain('UTF-8');
    expect(run.stderr).not.toMatch(NO_STACK);
    for (const name of ['a.ttl', 'b.ttl']) expect(new Parser().parse(readFileSync(path.join(out, name), 'utf8')).length).toBeGreaterThan(10);
  });

  it('writes <stem>.ttl for every .txt in a folder, recursively, and nothing else', async () => {
    const dir = articles({ 'one.txt': JANE_DOE, 'nested/two.txt': ERDOGAN, 'nested/deeper/three.txt': EMOJI_CRLF, 'notes.md': '# not an article', 'nested/four.txt.bak': JANE_DOE });
    const out = tempDir();
    const run = await parley('build', dir, '-o', out);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(outputs(out)).toEqual(['one.ttl', 'three.ttl', 'two.ttl']);
    expect(run.stdout).toContain('built 3 of 3');
  });

  it('builds in every format without a word', () => {
    for (const run of built.runs) expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each(FORMATS)('--format %s writes %s files, byte-identical when built twice', (_, extension) => {
    const names = readdirSync(built.first).filter((name) => name.endsWith(extension)).sort();
    expect(names).toEqual([`emoji${extension}`, `jane${extension}`]);
    for (const name of names) expect(readFileSync(path.join(built.second, name)), name).toEqual(readFileSync(path.join(built.first, name)));
  });

  it('writes nothing but the outputs and its build record', () => {
    expect(readdirSync(built.first).filter((name) => name !== '.parley-build.json').sort()).toEqual(FORMATS.flatMap(([, extension]) => ['emoji', 'jane'].map((stem) => stem + extension)).sort());
  });

  it('uses --date for relative days', () => {
    const turtle = readFileSync(path.join(built.first, 'jane.ttl'), 'utf8');
    expect(turtle).toContain('"2025-03-06"^^xsd:date');
    expect(turtle).toContain('"2025-03-03"^^xsd:date');
  });

  it.each(['2025-13-40', '2025-02-30'])('rejects --date %s with a clear message', async (date) => {
    const dir = articles({ 'jane.txt': JANE_DOE });
    const out = path.join(dir, 'out');
    const run = await parley('build', dir, '-o', out, '--date', date);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(date);
    expect(run.stderr).toContain('YYYY-MM-DD');
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(() => readdirSync(out)).toThrow();
  });

  it('reports a folder without articles in one line', async () => {
    const dir = articles({ 'notes.md': 'nothing' });
    const run = await parley('build', dir, '-o', path.join(dir, 'out'));
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(dir);
  });

  it('reports an output folder that cannot be made in one line', async () => {
    const dir = articles({ 'jane.txt': JANE_DOE, 'taken': 'a file, not a folder' });
    const run = await parley('build', path.join(dir, 'jane.txt'), '-o', path.join(dir, 'taken'));
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toEqual([expect.stringContaining(path.join(dir, 'taken'))]);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('--help mentions each option', async () => {
    const run = await parley('build', '--help');
    expect(run.code).toBe(0);
    for (const option of ['-o, --out <dir>', '--format', 'turtle', 'jsonld', 'nquads', 'trig', '--date <YYYY-MM-DD>', '--base <iri>', '--publisher <name>', '--max-bytes <n>', '--encoding <name>', '"utf8", "latin1"', '--quiet', '--help']) {
      expect(run.stdout).toContain(option);
    }
  });
});

describe.concurrent('parley validate', { timeout: 30_000 }, () => {
  it('--help says what it checks and how it exits', async () => {
    const run = await parley('validate', '--help');
    expect(run.code).toBe(0);
    for (const words of ['<files...>', 'SHACL', 'exit 1', '--help']) expect(run.stdout).toContain(words);
  });

  it('exits 0 on built files in every format', async () => {
    const run = await parley('validate', built.first);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toHaveLength(8);
    for (const line of lines(run.stdout)) expect(line).toMatch(/: conforms \(\d+ triples\)$/);
  });

  it('exits 1 on a statement without pa:content and names the file, the node and the property', async () => {
    const good = path.join(built.first, 'jane.ttl');
    const quads = new Parser().parse(readFileSync(good, 'utf8')).filter((q) => !q.predicate.equals(pa.content));
    const broken = path.join(tempDir(), 'broken.ttl');
    writeFileSync(broken, new Writer().quadsToString(quads));
    const run = await parley('validate', good, broken);
    expect(run.code).toBe(1);
    const report = lines(run.stdout + run.stderr).filter((line) => line.startsWith(broken));
    expect(report).toHaveLength(1);
    expect(report[0]).toContain('pa:content');
    expect(report[0]).toContain('/statement/1>');
    expect(run.stdout).toContain(`${good}: conforms`);
  });

  it('gives one line for a file that is not RDF or missing, and still checks the others', async () => {
    const dir = tempDir();
    const junk = path.join(dir, 'junk.ttl');
    const missing = path.join(dir, 'missing.ttl');
    writeFileSync(junk, '<https://example.org/a> <https://example.org/b> "unterminated .\n');
    const run = await parley('validate', junk, missing, path.join(built.first, 'jane.ttl'));
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringContaining(junk), expect.stringContaining(missing)]);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.stdout).toContain('jane.ttl: conforms');
  });
});
