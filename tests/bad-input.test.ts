// Each row of the README's bad-input table, as a user meets it on the command line (`node bin/parley.js`,
// the compiled dist/): what parley prints, what it writes and its exit code. One bad file never stops
// or spoils the others.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { pa, prov, rdf, schema } from '../src/rdf/vocab.js';
import { ERDOGAN, JANE_DOE } from './helpers/articles.js';
import { NO_STACK, lines, runParley, type Run } from './helpers/cli.js';
import { tempDirs } from './helpers/tmp.js';

/** The files a build wrote, less its hidden record of what it built. */
const outputs = (dir: string): string[] => readdirSync(dir).filter((name) => name !== '.parley-build.json').sort();

const tempDir = tempDirs();
const parley = (...args: string[]) => runParley(args);

/**
 * Root reads any file whatever its mode, so as root the permission test runs parley as nobody (65534),
 * where the system lets it; otherwise as the current user.
 */
const NOBODY = { uid: 65534, gid: 65534 };
const isRoot = process.getuid?.() === 0;
const canRunAsNobody = isRoot && (() => {
  try { execFileSync(process.execPath, ['-e', ''], NOBODY); return true; } catch { return false; }
})();

/** A folder holding the given files. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/** One file built alone into a fresh folder. */
async function buildOne(name: string, content: string | Uint8Array, ...options: string[]): Promise<{ run: Run; file: string; out: string }> {
  const dir = folder({ [name]: content });
  const out = path.join(dir, 'out');
  return { run: await parley('build', path.join(dir, name), '-o', out, ...options), file: path.join(dir, name), out };
}

/** A failed input: exit code 1, one stderr line naming the file and matching `pattern`, no stack, no output file. */
function refused(result: { run: Run; file: string; out: string }, pattern: RegExp): void {
  const { run, file, out } = result;
  expect(run.code, run.stderr).toBe(1);
  expect(lines(run.stderr)).toEqual([expect.stringMatching(pattern)]);
  expect(run.stderr).toMatch(new RegExp(`^parley: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(run.stderr).not.toMatch(NO_STACK);
  expect(outputs(out)).toEqual([]);
}

const turtle = (file: string): Quad[] => new Parser().parse(readFileSync(file, 'utf8'));

/** Not UTF-8: Latin-1 é (0xE9) and Windows-1252 curly quotes (0x93, 0x94) around a quote. */
const LATIN1 = Uint8Array.from([...Buffer.from('Jane Doe said: '), 0x93, ...Buffer.from('The caf'), 0xe9, ...Buffer.from(' stays open.'), 0x94, 0x0a]);

describe.concurrent('bad input', { timeout: 60_000 }, () => {
  it.each([['an empty file', ''], ['a whitespace-only file', ' \n\t\r\n\u00a0\n']])('%s: a graph with just the article node and its provenance, a warning, exit 0', async (_, content) => {
    const { run, file, out } = await buildOne('blank.txt', content);
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stderr)).toEqual([`parley: ${file}: warning: the article is empty (${content ? 'only whitespace' : 'no bytes'}); its graph has just the article node and its provenance`]);
    const quads = turtle(path.join(out, 'blank.ttl'));
    const types = quads.filter((q) => q.predicate.equals(rdf.type)).map((q) => q.object.value).sort();
    expect(types).toEqual([pa.Article.value, prov.Activity.value, prov.SoftwareAgent.value].sort());
    expect(quads.some((q) => q.predicate.equals(prov.wasGeneratedBy))).toBe(true);
    expect((await parley('validate', path.join(out, 'blank.ttl'))).code).toBe(0);
  });

  it('a file with text gives no warning', async () => {
    const { run } = await buildOne('jane.txt', JANE_DOE, '-q');
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it('binary data: an error with the byte offset of the first NUL, exit 1, even with --encoding latin1', async () => {
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01]);
    refused(await buildOne('image.txt', gif), /binary data \(a NUL byte at byte 6\)/);
    refused(await buildOne('image.txt', gif, '--encoding', 'latin1'), /binary data \(a NUL byte at byte 6\)/);
  });

  it('invalid UTF-8: an error with the byte offset that suggests --encoding latin1, exit 1', async () => {
    refused(await buildOne('latin1.txt', LATIN1), /not valid UTF-8 \(first bad byte at offset 15\); .*--encoding latin1/);
  });

  it('invalid UTF-8 with --encoding latin1: read as Latin-1 (0x80-0x9F as Windows-1252), recorded in the provenance, exit 0', async () => {
    const { run, out } = await buildOne('latin1.txt', LATIN1, '--encoding', 'latin1', '-q');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const quads = turtle(path.join(out, 'latin1.ttl'));
    expect(quads.filter((q) => q.predicate.equals(pa.content)).map((q) => q.object.value)).toEqual(['The café stays open']);
    expect(quads.filter((q) => q.predicate.equals(pa.isDirectQuote)).map((q) => q.object.value)).toEqual(['true']);
    expect(quads.filter((q) => q.predicate.equals(pa.encodingOption)).map((q) => q.object.value)).toEqual(['latin1']);
  });

  it('--encoding utf8 is the default, and can be given', async () => {
    const given = await buildOne('jane.txt', JANE_DOE, '--encoding', 'utf8', '-q');
    const unsaid = await buildOne('jane.txt', JANE_DOE, '-q');
    expect(given.run).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(path.join(given.out, 'jane.ttl'))).toEqual(readFileSync(path.join(unsaid.out, 'jane.ttl')));
    expect(turtle(path.join(given.out, 'jane.ttl')).filter((q) => q.predicate.equals(pa.encodingOption)).map((q) => q.object.value)).toEqual(['utf8']);
  });

  it.each([['build'], ['load']])('parley %s rejects any other --encoding, listing the choices, before reading anything', async (command) => {
    const dir = folder({ 'jane.txt': JANE_DOE });
    const target = command === 'build' ? ['-o', path.join(dir, 'out')] : ['--store', path.join(dir, 'store')];
    const run = await parley(command, path.join(dir, 'jane.txt'), ...target, '--encoding', 'utf16');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("'utf16' is invalid");
    expect(run.stderr).toContain('utf8, latin1');
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(readdirSync(dir)).toEqual(['jane.txt']);
  });

  it('parley load reads with --encoding latin1 too, and warns about an empty article', async () => {
    const dir = folder({ 'latin1.txt': LATIN1, 'blank.txt': '\n' });
    const store = path.join(tempDir(), 'store');
    const refusedLoad = await parley('load', path.join(dir, 'latin1.txt'), '--store', store);
    expect(refusedLoad.code).toBe(1);
    expect(refusedLoad.stderr).toContain('--encoding latin1');
    const run = await parley('load', dir, '--store', store, '--encoding', 'latin1', '-q');
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stderr)).toEqual([`parley: ${path.join(dir, 'blank.txt')}: warning: the article is empty (only whitespace); its graph has just the article node and its provenance`]);
    const query = `SELECT ?content ?encoding WHERE { ?s <${pa.content.value}> ?content ; <${pa.inArticle.value}> ?a . ?a <${prov.wasGeneratedBy.value}>/<${pa.encodingOption.value}> ?encoding }`;
    const found = await parley('query', query, '--store', store, '--format', 'tsv');
    expect(found.stdout.split('\n')[1]).toBe('"The café stays open"\t"latin1"');
  });

  it('a file over --max-bytes: an error with its size and the limit, exit 1', async () => {
    refused(await buildOne('long.txt', JANE_DOE, '--max-bytes', '20'), new RegExp(`${Buffer.byteLength(JANE_DOE)} bytes is over the limit of 20; .*--max-bytes`));
  });

  it('a file over the default limit of 10 MB: the same error, exit 1', async () => {
    refused(await buildOne('huge.txt', 'a'.repeat(10 * 1024 * 1024 + 1)), /10485761 bytes is over the limit of 10485760/);
  });

  it('an HTML file: an error suggesting plain text, exit 1', async () => {
    refused(await buildOne('page.txt', '<!DOCTYPE html>\n<html><body><p>Jane Doe said hello.</p></body></html>\n'), /looks like HTML; convert it to plain text/);
  });

  it('a missing path: an error saying so, exit 1', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    refused({ run: await parley('build', path.join(dir, 'nowhere.txt'), '-o', out), file: path.join(dir, 'nowhere.txt'), out }, /no such file; check the path/);
  });

  it('a path through a file: an error saying so, exit 1', async () => {
    const dir = folder({ 'jane.txt': JANE_DOE });
    const out = path.join(dir, 'out');
    const file = path.join(dir, 'jane.txt', 'inner.txt');
    refused({ run: await parley('build', file, '-o', out), file, out }, /no such file \(a part of the path is a file, not a folder\)/);
  });

  it.skipIf(isRoot && !canRunAsNobody)('a file without read permission: an error saying so, exit 1 (skipped only as root where parley cannot run as nobody)', async () => {
    const dir = folder({ 'secret.txt': JANE_DOE });
    chmodSync(dir, 0o777); // nobody writes the output folder here
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const out = path.join(dir, 'out');
    const run = await runParley(['build', path.join(dir, 'secret.txt'), '-o', out], {}, isRoot ? NOBODY : {});
    refused({ run, file: path.join(dir, 'secret.txt'), out }, /permission denied; make the file readable/);
  });

  // Unreadable even for root, so these run everywhere.
  it('a FIFO named like an article: an error (not a regular file), exit 1, without blocking on it', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const out = path.join(dir, 'out');
    refused({ run: await parley('build', fifo, '-o', out), file: fifo, out }, /not a regular file/);
  });

  it('a loop of symbolic links: an error saying so, exit 1', async () => {
    const dir = tempDir();
    const loop = path.join(dir, 'loop.txt');
    symlinkSync(loop, loop);
    const out = path.join(dir, 'out');
    refused({ run: await parley('build', loop, '-o', out), file: loop, out }, /a loop of symbolic links/);
  });

  it('two inputs with the same name: the first is built, the second named with what to do, exit 1', async () => {
    const dir = tempDir();
    for (const sub of ['a', 'b']) {
      mkdirSync(path.join(dir, sub));
      writeFileSync(path.join(dir, sub, 'story.txt'), JANE_DOE);
    }
    const out = path.join(dir, 'out');
    const run = await parley('build', dir, '-o', out);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([`parley: ${path.join(dir, 'b', 'story.txt')}: has the same name as ${path.join(dir, 'a', 'story.txt')}, so both would write story.ttl; rename one`]);
    expect(outputs(out)).toEqual(['story.ttl']);
  });

  it('a folder without .txt files: one error, nothing built, exit 2', async () => {
    const dir = folder({ 'notes.md': 'Jane Doe said hello.' });
    const out = path.join(dir, 'out');
    const run = await parley('build', dir, '-o', out);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`parley: no .txt articles found in ${dir}`]);
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('good, empty and bad files together: every good one written as if built alone, each bad one named, exit 1', async () => {
    const dir = tempDir();
    const inputs: Record<string, string | Uint8Array> = {
      'a-good.txt': JANE_DOE, 'b-binary.txt': Uint8Array.from([0x4a, 0x00, 0x44]), 'c-latin1.txt': LATIN1, 'd-empty.txt': '',
      'e-page.txt': '<html>\n<p>Jane Doe said hello.</p>\n</html>\n', 'f-good.txt': ERDOGAN, 'g-long.txt': 'x'.repeat(5000),
    };
    for (const [name, content] of Object.entries(inputs)) writeFileSync(path.join(dir, name), content);
    const files = [...Object.keys(inputs), 'missing.txt'].sort().map((name) => path.join(dir, name));
    const out = path.join(dir, 'out');
    const run = await parley('build', ...files, '-o', out, '--max-bytes', '4096');
    expect(run.code).toBe(1);
    expect(outputs(out)).toEqual(['a-good.ttl', 'd-empty.ttl', 'f-good.ttl']);
    const stderr = lines(run.stderr);
    expect(stderr).toHaveLength(6);
    for (const name of ['b-binary.txt', 'c-latin1.txt', 'd-empty.txt', 'e-page.txt', 'g-long.txt', 'missing.txt']) {
      expect(stderr.filter((line) => line.startsWith(`parley: ${path.join(dir, name)}: `)), name).toHaveLength(1);
    }
    expect(run.stdout).toContain('built 3 of 8 article(s)');
    expect(run.stdout).toContain('5 failed');
    for (const name of ['a-good', 'f-good']) {
      const alone = await buildOne(`${name}.txt`, inputs[`${name}.txt`]!, '-q');
      expect(readFileSync(path.join(out, `${name}.ttl`)), name).toEqual(readFileSync(path.join(alone.out, `${name}.ttl`)));
    }
  });

  it('an empty article keeps the date it is given and names no one', async () => {
    const { out } = await buildOne('blank.txt', '', '--date', '2025-03-06', '-q');
    const quads = turtle(path.join(out, 'blank.ttl'));
    expect(quads.filter((q) => q.predicate.equals(schema.datePublished)).map((q) => q.object.value)).toEqual(['2025-03-06']);
    expect(quads.filter((q) => q.predicate.equals(rdf.type) && q.object.equals(pa.Actor))).toEqual([]);
  });
});
