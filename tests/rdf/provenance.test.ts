// Provenance of each article's graph: the build activity, its source bytes, parley's version and the
// options it ran with; the same in every format, and no trace of the clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { annotate, build, toQuads, type Format } from '../../src/index.js';
import { FORMATS } from '../../src/rdf/serialize.js';
import { pa, prov } from '../../src/rdf/vocab.js';
import { JANE_DOE } from '../helpers/articles.js';
import { ntriples, parseOutput, ttl } from '../helpers/rdf.js';
import { tempDirs } from '../helpers/tmp.js';

const tempDir = tempDirs();
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Builds `text` as <stem>.txt into a fresh folder with the options given; returns the output file's text and the input's bytes. */
async function buildText(text: string, format: Format, options: { date?: string; publisher?: string; base?: string } = {}, stem = 'jane'): Promise<{ output: string; bytes: Buffer }> {
  const dir = tempDir();
  const input = path.join(dir, `${stem}.txt`);
  writeFileSync(input, text);
  const [result] = await build([input], { outDir: path.join(dir, 'out'), format, ...options });
  if (!result?.ok) throw new Error(`build failed: ${JSON.stringify(result)}`);
  return { output: readFileSync(result.output, 'utf8'), bytes: readFileSync(input) };
}

/** The triples about the article's build and parley, with the article's link to them. */
function provenanceOf(quads: readonly Quad[]): Quad[] {
  const activity = quads.find((q) => q.predicate.equals(prov.wasGeneratedBy))?.object;
  const agent = quads.find((q) => activity && q.subject.equals(activity) && q.predicate.equals(prov.wasAssociatedWith))?.object;
  return quads.filter((q) => q.predicate.equals(prov.wasGeneratedBy) || (activity && q.subject.equals(activity)) || (agent && q.subject.equals(agent)));
}

/** RFC 6920 name of some bytes, computed here from the bytes themselves. */
const ni = (bytes: Buffer): string => `ni:///sha-256;${createHash('sha256').update(bytes).digest('base64url')}`;

afterEach(() => { vi.useRealTimers(); });

describe('provenance', () => {
  it('links the article to its build, which used the input bytes, ran parley of this version and records the options given', async () => {
    const { output, bytes } = await buildText(JANE_DOE, 'turtle', { date: '2025-03-06', publisher: 'Example Wire', base: 'https://example.org/news/' });
    const quads = await parseOutput(output, 'turtle');
    expect(ntriples(provenanceOf(quads))).toEqual(ntriples(ttl`
      <https://example.org/news/article/jane> prov:wasGeneratedBy <https://example.org/news/article/jane/build> .
      <https://example.org/news/article/jane/build> a prov:Activity ;
        prov:used <${ni(bytes)}> ;
        prov:wasAssociatedWith <https://w3id.org/parley/software/${VERSION}> ;
        pa:baseOption "https://example.org/news/"^^xsd:anyURI ;
        pa:encodingOption "utf8" ;
        pa:dateOption "2025-03-06"^^xsd:date ;
        pa:publisherOption "Example Wire" .
      <https://w3id.org/parley/software/${VERSION}> a prov:SoftwareAgent ;
        rdfs:label "parley" ;
        schema:softwareVersion "${VERSION}" .
    `));
  });

  it('records the default base and encoding, and no date or publisher when none were given', async () => {
    const quads = await parseOutput((await buildText(JANE_DOE, 'turtle')).output, 'turtle');
    const options = provenanceOf(quads).filter((q) => q.predicate.value.startsWith(pa.$base)).map((q) => [q.predicate.value, q.object.value]);
    expect(options).toEqual([[pa.baseOption.value, 'https://w3id.org/parley/id/'], [pa.encodingOption.value, 'utf8']]);
  });

  it('names the same bytes the same way under any file name, and different bytes differently', async () => {
    const used = async (text: string, stem: string): Promise<string[]> =>
      (await parseOutput((await buildText(text, 'turtle', {}, stem)).output, 'turtle')).filter((q) => q.predicate.equals(prov.used)).map((q) => q.object.value);
    const [a, b, c] = await Promise.all([used(JANE_DOE, 'one'), used(JANE_DOE, 'two'), used(`${JANE_DOE}\n`, 'one')]);
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('is the same graph in every format (no format, no named graph in it)', async () => {
    const options = { date: '2025-03-06', publisher: 'Example Wire' };
    const graphs = await Promise.all((Object.keys(FORMATS) as Format[]).map(async (format) => parseOutput((await buildText(JANE_DOE, format, options)).output, format)));
    for (const graph of graphs.slice(1)) expect(ntriples(graph)).toEqual(ntriples(graphs[0]!));
    // the article's link, the build's 7 triples (type, used, agent, 4 options), parley's 3
    expect(provenanceOf(graphs[0]!)).toHaveLength(11);
  });

  it.each(Object.keys(FORMATS) as Format[])('carries no wall-clock time: %s builds at two different times are byte-identical', async (format) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('1987-06-05T04:03:02Z'));
    const early = (await buildText(JANE_DOE, format, { date: '2025-03-06' })).output;
    vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
    const late = (await buildText(JANE_DOE, format, { date: '2025-03-06' })).output;
    expect(late).toBe(early);
    expect(early).not.toMatch(/1987-06-05|2099-12-31|\d\d:\d\d:\d\d/);
  });

  it('is written by toQuads only when asked for, with the version given or this one', () => {
    const doc = annotate(JANE_DOE, { id: 'jane' });
    expect(toQuads(doc).filter((q) => q.predicate.value.startsWith(prov.$base))).toEqual([]);
    const agent = (version?: string) => toQuads(doc, { provenance: version ? { version } : {} }).filter((q) => q.predicate.equals(prov.wasAssociatedWith)).map((q) => q.object);
    expect(agent()).toEqual([DataFactory.namedNode(`https://w3id.org/parley/software/${VERSION}`)]);
    expect(agent('9.8.7-beta')).toEqual([DataFactory.namedNode('https://w3id.org/parley/software/9.8.7-beta')]);
  });

  it('names no source it cannot name by a SHA-256 digest', () => {
    const quads = toQuads(annotate(JANE_DOE, { id: 'jane' }), { sha256: 'not a digest', provenance: {} });
    expect(quads.filter((q) => q.predicate.equals(prov.used))).toEqual([]);
    expect(quads.filter((q) => q.predicate.equals(prov.wasGeneratedBy))).toHaveLength(1);
  });
});

describe('the README', () => {
  it('shows the provenance of the golden seed output as it is', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Provenance'));
    const example = /```turtle\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toContain('prov:wasGeneratedBy');
    expect(readFileSync(new URL('../../out/000_81ed9d07d236dca6.ttl', import.meta.url), 'utf8')).toContain(example);
  });
});
