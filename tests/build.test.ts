// Corpus builds from the command line: worker threads, incremental rebuilds, one-file bundles, the report.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import { article, random } from '../scripts/corpus.js';
import { tempDirs } from './helpers/tmp.js';
import { runParley } from './helpers/cli.js';
import { ProgressBar } from '../src/build/progress.js';

const tempDir = tempDirs();
const parley = (...args: string[]) => runParley(args);
const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

/** Files of a folder (recursively), as relative path -> bytes. */
function contents(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) out.set(name, readFileSync(file));
  }
  return out;
}

/** A corpus of `n` generated articles, spread over two sub-folders. */
function corpus(n: number, seed: number): string {
  const dir = tempDir();
  const rng = random(seed);
  for (const sub of ['a', 'b']) mkdirSync(path.join(dir, sub));
  for (let i = 0; i < n; i++) {
    writeFileSync(path.join(dir, i % 2 ? 'b' : 'a', `story-${String(i).padStart(3, '0')}.txt`), article(rng, 120 + Math.floor(rng() * 80)));
  }
  return dir;
}

const quadsOf = (text: string) => new Parser({ format: 'N-Quads' }).parse(text);

describe('parley build --jobs', () => {
  let input = '';
  beforeAll(() => { input = corpus(12, 7); });

  it('writes byte-identical files with one worker and with three, whatever the order of the inputs', async () => {
    const one = tempDir();
    const three = tempDir();
    const [a, b] = await Promise.all([
      parley('build', input, '-o', one, '--jobs', '1', '--quiet'),
      parley('build', path.join(input, 'b'), path.join(input, 'a'), '-o', three, '--jobs', '3', '--quiet'),
    ]);
    expect(a).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(b).toEqual({ code: 0, stdout: '', stderr: '' });
    const first = contents(one);
    expect([...first.keys()].filter((name) => name.endsWith('.ttl'))).toHaveLength(12);
    expect(contents(three)).toEqual(first);
  });

  it('rejects a job count that is not a positive whole number in one line', async () => {
    const run = await parley('build', input, '-o', tempDir(), '--jobs', '0');
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)[0]).toContain('--jobs');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a bad file among good ones built by workers, and builds the others', async () => {
    const dir = corpus(5, 3);
    writeFileSync(path.join(dir, 'a', 'broken.txt'), Buffer.from([0x41, 0xff, 0x42]));
    const out = tempDir();
    const run = await parley('build', dir, '-o', out, '--jobs', '2');
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringContaining(path.join(dir, 'a', 'broken.txt'))]);
    expect(readdirSync(out).filter((name) => name.endsWith('.ttl'))).toHaveLength(5);
    expect(run.stdout).toContain('built 5 of 6');
    expect(run.stdout).toContain('1 failed');
  });
});

describe('incremental rebuilds', () => {
  it('skips unchanged inputs, rebuilds changed ones, and rebuilds all when an option changes', async () => {
    const input = corpus(6, 11);
    const out = tempDir();
    const report = path.join(tempDir(), 'report.json');
    expect((await parley('build', input, '-o', out, '--quiet')).code).toBe(0);
    const before = contents(out);

    // Nothing changed: nothing rebuilt, the same files.
    let run = await parley('build', input, '-o', out, '--report', report);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('6 unchanged');
    let files = (JSON.parse(readFileSync(report, 'utf8')) as { files: { input: string; unchanged?: boolean }[] }).files;
    expect(files.filter((f) => f.unchanged)).toHaveLength(6);
    expect(contents(out)).toEqual(before);

    // One input edited, one output deleted: those two are built again.
    const edited = path.join(input, 'a', 'story-000.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n$/, ' Talks resume next week, officials said.\n'));
    rmSync(path.join(out, 'story-003.ttl'));
    run = await parley('build', input, '-o', out, '--report', report);
    files = (JSON.parse(readFileSync(report, 'utf8')) as { files: { input: string; unchanged?: boolean }[] }).files;
    expect(files.filter((f) => !f.unchanged).map((f) => path.basename(f.input)).sort()).toEqual(['story-000.txt', 'story-003.txt']);
    expect(readFileSync(path.join(out, 'story-000.ttl'), 'utf8')).toContain('Talks resume next week');
    expect(readFileSync(path.join(out, 'story-003.ttl'))).toEqual(before.get('story-003.ttl'));

    // Another option: everything is rebuilt; --force rebuilds too.
    run = await parley('build', input, '-o', out, '--date', '2024-05-01');
    expect(run.stdout).not.toContain('unchanged');
    run = await parley('build', input, '-o', out, '--date', '2024-05-01', '--force');
    expect(run.stdout).not.toContain('unchanged');
    run = await parley('build', input, '-o', out, '--date', '2024-05-01');
    expect(run.stdout).toContain('6 unchanged');

    // Another format into the same folder keeps its own record, and spoils none of the Turtle's.
    run = await parley('build', input, '-o', out, '--date', '2024-05-01', '--format', 'nquads');
    expect(run.stdout).not.toContain('unchanged');
    run = await parley('build', input, '-o', out, '--date', '2024-05-01');
    expect(run.stdout).toContain('6 unchanged');
  });
});

describe('parley build --single-file', () => {
  it('writes every article into one N-Quads file, in input order, the same as the per-article files', async () => {
    const input = corpus(7, 5);
    const single = tempDir();
    const each = tempDir();
    const [a, b] = await Promise.all([
      parley('build', input, '-o', single, '--format', 'nquads', '--single-file', '--jobs', '2', '--quiet'),
      parley('build', input, '-o', each, '--format', 'nquads', '--quiet'),
    ]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(readdirSync(single)).toEqual(['corpus.nq']);
    // Input order is path order: a/story-000, a/story-002, ..., then b/story-001, ...
    const order = [...contents(input).keys()].map((name) => path.basename(name, '.txt') + '.nq');
    expect(order.slice(0, 2)).toEqual(['story-000.nq', 'story-002.nq']);
    const expected = order.map((n) => readFileSync(path.join(each, n), 'utf8')).join('');
    expect(readFileSync(path.join(single, 'corpus.nq'), 'utf8')).toBe(expected);
    const graphs = new Set(quadsOf(expected).map((q) => q.graph.value));
    expect(graphs.size).toBe(7);
  });

  it('cuts shards of about the given size, never splitting an article, and names them in the report', async () => {
    const input = corpus(9, 9);
    const out = tempDir();
    const report = path.join(tempDir(), 'report.json');
    const run = await parley('build', input, '-o', out, '--format', 'nquads', '--single-file', 'all.nq', '--shard-size', '0.05', '--report', report);
    expect(run.code).toBe(0);
    const shards = readdirSync(out).sort();
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.every((name) => /^all-\d{5}\.nq$/.test(name))).toBe(true);
    const limit = 0.05 * 1024 * 1024;
    const graphsPerShard = shards.map((name) => {
      const text = readFileSync(path.join(out, name), 'utf8');
      const graphs = new Set(quadsOf(text).map((q) => q.graph.value));
      // Over the limit only when one article alone is.
      if (Buffer.byteLength(text) > limit) expect(graphs.size).toBe(1);
      return graphs;
    });
    const all = graphsPerShard.flatMap((g) => [...g]);
    expect(new Set(all).size).toBe(all.length); // no article in two shards
    expect(all).toHaveLength(9);
    const reported = JSON.parse(readFileSync(report, 'utf8')) as { bundles: string[]; files: { output: string }[] };
    expect(reported.bundles.map((b) => path.basename(b))).toEqual(shards);
    for (const f of reported.files) expect(shards).toContain(path.basename(f.output));
  });

  it('refuses formats other than N-Quads, and --shard-size without it, in one line', async () => {
    const input = corpus(2, 1);
    for (const args of [['--single-file'], ['--format', 'nquads', '--shard-size', '10']]) {
      const run = await parley('build', input, '-o', tempDir(), ...args);
      expect(run.code).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/--format nquads|--single-file/);
    }
  });
});

describe('parley build --report', () => {
  it('writes the summary and each file\'s outcome as JSON', async () => {
    const input = corpus(3, 2);
    writeFileSync(path.join(input, 'b', 'page.txt'), '<!DOCTYPE html><html><body>Hi</body></html>');
    const report = path.join(tempDir(), 'build.json');
    const run = await parley('build', input, '-o', tempDir(), '--report', report, '--quiet');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const data = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown> & { files: { ok: boolean; input: string; error?: string; statements?: number }[] };
    expect(data).toMatchObject({ articles: 4, built: 3, failed: 1, unchanged: 0 });
    expect(data.peakRssBytes).toBeGreaterThan(1024 * 1024);
    const failed = data.files.filter((f) => !f.ok);
    expect(failed).toEqual([{ ok: false, input: path.join(input, 'b', 'page.txt'), error: expect.stringContaining('HTML') }]);
    expect(data.statements).toBe(data.files.reduce((n, f) => n + (f.statements ?? 0), 0));
    expect(data.statements).toBeGreaterThan(0);
  });
});

describe('progress bar', () => {
  /** A terminal that records what is written to it. */
  function terminal(): NodeJS.WriteStream & { text: string } {
    const fake = { isTTY: true, columns: 100, text: '', write(chunk: string) { fake.text += chunk; return true; } };
    return fake as unknown as NodeJS.WriteStream & { text: string };
  }

  it('shows articles done, the rate and the time left, and prints error lines above itself', () => {
    const tty = terminal();
    const bar = new ProgressBar(tty);
    bar.start(4);
    expect(tty.text).toContain('0/4 articles');
    for (let i = 0; i < 3; i++) bar.tick();
    bar.line('parley: x.txt: not valid UTF-8');
    bar.tick();
    bar.clear();
    expect(tty.text).toContain('4/4 articles');
    expect(tty.text).toMatch(/\/s, .* left/);
    // The error line stands on a line of its own, the bar cleared before it.
    expect(tty.text).toContain('\r\x1b[Kparley: x.txt: not valid UTF-8\n');
    expect(tty.text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('is not drawn when the output is not a terminal', async () => {
    const run = await parley('build', corpus(2, 4), '-o', tempDir());
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('\r');
  });
});
