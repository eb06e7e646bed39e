// Independent parsers read parley's output: Python's rdflib (Debian's python3-rdflib) and Raptor's
// rapper (raptor2-utils). Both are required: CI installs them, and a missing one fails the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { build, FORMATS, type Format } from '../src/index.js';
import { EMOJI_CRLF, ERDOGAN } from './helpers/articles.js';
import { ntriples, parseOutput } from './helpers/rdf.js';
import { PYTHON, RAPPER_FORMAT, RDFLIB_FORMAT, requireRapper, requireRdflib, run } from './helpers/readers.js';
import { tempDirs } from './helpers/tmp.js';

const tempDir = tempDirs();

// rdflib reads every file in one process (importing rdflib is the slow part) and prints, per file,
// the number of distinct triples over all graphs and the graphs' names.
const RDFLIB_SCRIPT = `
import json, sys, rdflib
out = {}
for file, fmt in zip(sys.argv[1::2], sys.argv[2::2]):
    ds = rdflib.ConjunctiveGraph()
    ds.parse(file, format=fmt)
    triples = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    out[file] = {"triples": len(triples), "graphs": sorted({str(c.identifier) for _, _, _, c in ds.quads((None, None, None, None))})}
print(json.dumps(out))
`;

const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

interface Output { readonly file: string; readonly format: Format; readonly quads: Quad[] }

const outputs: Output[] = [];
beforeAll(async () => {
  const inputs = tempDir();
  writeFileSync(path.join(inputs, 'emoji-crlf.txt'), EMOJI_CRLF);
  writeFileSync(path.join(inputs, 'erdogan.txt'), ERDOGAN);
  const seeds = path.join(import.meta.dirname, '..', 'seeds');
  const out = tempDir();
  for (const format of FORMAT_NAMES) {
    const results = await build([seeds, inputs], { outDir: out, format, date: '2025-03-06' });
    expect(results.every((r) => r.ok), JSON.stringify(results)).toBe(true);
  }
  for (const name of readdirSync(out).filter((n) => !n.startsWith('.')).sort()) {
    const format = FORMAT_NAMES.find((f) => name.endsWith(FORMATS[f].extension))!;
    const file = path.join(out, name);
    outputs.push({ file, format, quads: await parseOutput(readFileSync(file, 'utf8'), format) });
  }
}, 60_000);

describe('interoperability', { timeout: 60_000 }, () => {
  it('has its tools: /usr/bin/python3 with rdflib, and rapper', () => {
    requireRdflib();
    requireRapper();
  });

  it('built the seeds and two more articles in four formats', () => {
    const seedCount = readdirSync(path.join(import.meta.dirname, '..', 'seeds')).filter((name) => name.endsWith('.txt')).length;
    expect(outputs).toHaveLength((seedCount + 2) * FORMAT_NAMES.length);
    for (const output of outputs) expect(output.quads.length, output.file).toBeGreaterThan(20);
  });

  it('rdflib reads every file with the triples n3 reads', async () => {
    requireRdflib();
    const result = await run(PYTHON, ['-c', RDFLIB_SCRIPT, ...outputs.flatMap((o) => [o.file, RDFLIB_FORMAT[o.format]])]);
    expect(result.stderr).toBe('');
    const counts = JSON.parse(result.stdout) as Record<string, { triples: number; graphs: string[] }>;
    for (const output of outputs) {
      const article = `https://w3id.org/parley/id/article/${path.basename(output.file, FORMATS[output.format].extension)}`;
      expect({ file: output.file, ...counts[output.file] }).toMatchObject({
        file: output.file,
        triples: ntriples(output.quads).size,
        ...(FORMATS[output.format].namedGraph ? { graphs: [article] } : {}),
      });
    }
  });

  it.each(FORMAT_NAMES.filter((f) => RAPPER_FORMAT[f]))('rapper counts the triples n3 reads in %s files, and reads the same triples', async (format) => {
    requireRapper();
    const files = outputs.filter((o) => o.format === format);
    expect(files.length).toBeGreaterThan(0);
    for (const output of files) {
      const counted = await run('rapper', ['-i', RAPPER_FORMAT[format]!, '-c', output.file]);
      expect(counted.code, counted.stderr).toBe(0);
      const count = Number(/returned (\d+) triples/.exec(counted.stderr)?.[1]);
      expect({ file: output.file, count }).toEqual({ file: output.file, count: ntriples(output.quads).size });
      // rapper's own N-Triples, read back by n3: the same graph, not just the same size.
      const written = await run('rapper', ['-q', '-i', RAPPER_FORMAT[format]!, '-o', 'ntriples', output.file]);
      expect(ntriples(new Parser({ format: 'N-Triples' }).parse(written.stdout))).toEqual(ntriples(output.quads));
    }
  });
});
