// Independent readers on what the command line writes: articles written here (curly and straight
// quotes, guillemets, reported speech, proposals and positions, non-ASCII and hostile names, emoji,
// CRLF and a byte-order mark) built by `node bin/parley.js build` in all four formats, then read by
// rdflib (every format) and rapper (all but JSON-LD, which it cannot read): each must read the triples
// n3 reads, the same number and the same ones.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { FORMATS, type Format } from '../src/rdf/serialize.js';
import { pa } from '../src/rdf/vocab.js';
import { ntriples, parseOutput, subjectsOfType } from './helpers/rdf.js';
import { runParley } from './helpers/cli.js';
import { PYTHON, RAPPER_FORMAT, RDFLIB_FORMAT, requireRapper, requireRdflib, requireTool, run } from './helpers/readers.js';
import { tempDirs } from './helpers/tmp.js';

const tempDir = tempDirs();

const ARTICLES: Readonly<Record<string, string>> = {
  'curly-quotes':
    'Norway Weighs New Border Plan After Week of Talks\n\ndate 2025-03-04\n\n' +
    'OSLO — “We will not sign anything we have not read,” Foreign Minister Ingrid Halvorsen said on Monday.\n\n' +
    'She added that the talks would resume next week. ‘Nobody is in a hurry,’ a ministry spokesperson told reporters.\n',
  'reported-speech':
    'Kenyan President Kofi Abara told reporters in Nairobi on Tuesday that the ceasefire was holding, according to Reuters.\n\n' +
    'Opposition leader Fatima Quispe said the government had failed to consult parliament. Abara later insisted that the vote would go ahead.\n',
  proposals:
    'Chile proposed a ceasefire plan on Friday. Peruvian Foreign Minister Tomás Quispe called for new elections within six months.\n\n' +
    'Brazil welcomed the plan, Senator Lena Veltrand said. Ghana rejected the proposal, saying it was "the wrong answer".\n\n' +
    '"We are ready to mediate," Quispe said.\n',
  'non-ascii-names':
    'Zoë Dąbrowska, the Polish Ambassador, said: "Naše odpověď je ne."\n\n' +
    "Şükrü Yıldırım, Türkiye's Foreign Minister, told Αθηνά Παπαδοπούλου that Ankara supports the plan. " +
    'Дмитрий Орлов said Russia opposes the ceasefire.\n',
  'emoji-crlf-bom':
    '\uFEFFCrowds waved 🇺🇦 flags and posted 🎉 messages in Lima.\r\n\r\n' +
    '"We will 💪 not give up," Prime Minister Omar Lindqvist said on Monday. 😀 He added that talks 🕊️ with 𝔘kraine could continue.\r\n\r\n' +
    '«La paz es posible 🌍», dijo Juan Ferreira da Silva — and then he left.\r\n',
  'hostile-names':
    'Ana "<@prefix>" Rojas\\ said on Monday that the plan was a disaster.\n\n' +
    '"Back\\slash is not a crime; neither is @prefix pa: <http://example.org/> .," Juan Quispe said.\n\n' +
    '“Our answer is {no} — and \\\\maybe\\\\ is not an answer,” Senator Priya Nakashima told reporters. "#not-a-comment," she said.\n',
};

const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

// rdflib reads every file in one process (importing rdflib is the slow part) into a Dataset and prints,
// per file, its distinct triples over all graphs (as [subject, predicate, object, datatype or language])
// and the names of the graphs that hold them. Literals keep their lexical forms as written.
const RDFLIB_SCRIPT = `
import json, sys, rdflib
from rdflib.namespace import XSD, RDF
rdflib.NORMALIZE_LITERALS = False
out = {}
def term(t):
    if isinstance(t, rdflib.Literal):
        kind = ('@' + t.language) if t.language else str(t.datatype or XSD.string)
        return ['literal', str(t), kind]
    return ['iri' if isinstance(t, rdflib.URIRef) else 'blank', str(t), '']
for file, fmt in zip(sys.argv[1::2], sys.argv[2::2]):
    ds = rdflib.Dataset()
    ds.parse(file, format=fmt)
    quads = list(ds.quads((None, None, None, None)))
    triples = {json.dumps([str(s), str(p)] + term(o)) for s, p, o, _ in quads}
    graphs = {str(getattr(g, 'identifier', g)) for _, _, _, g in quads}
    out[file] = {"triples": sorted(triples), "graphs": sorted(graphs)}
print(json.dumps(out))
`;

/** A triple as the rdflib script writes it. */
function rdflibForm(quad: Quad): string {
  const o = quad.object;
  const object = o.termType === 'Literal'
    ? ['literal', o.value, o.language ? `@${o.language}` : o.datatype.value]
    : [o.termType === 'NamedNode' ? 'iri' : 'blank', o.value, ''];
  return JSON.stringify([quad.subject.value, quad.predicate.value, ...object]);
}

interface Output { readonly file: string; readonly format: Format; readonly article: string; readonly quads: Quad[] }

const outputs: Output[] = [];
beforeAll(async () => {
  const inputs = tempDir();
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(inputs, `${name}.txt`), text);
  const out = tempDir();
  for (const format of FORMAT_NAMES) {
    const built = await runParley(['build', inputs, '-o', out, '--format', format, '--date', '2025-03-06', '-q']);
    expect(built, format).toMatchObject({ code: 0, stderr: '' });
  }
  for (const name of readdirSync(out).filter((n) => !n.startsWith('.')).sort()) {
    const format = FORMAT_NAMES.find((f) => name.endsWith(FORMATS[f].extension))!;
    const file = path.join(out, name);
    outputs.push({ file, format, article: path.basename(name, FORMATS[format].extension), quads: await parseOutput(readFileSync(file, 'utf8'), format) });
  }
}, 60_000);

describe('independent readers on built files', { timeout: 60_000 }, () => {
  it('have their tools: /usr/bin/python3 with rdflib, and rapper', () => {
    requireRdflib();
    requireRapper();
  });

  it('fail, never skip, when a tool is missing, saying how to install it', () => {
    expect(() => requireTool('parley-test-no-such-reader', ['--version'])).toThrow(/apt-get install -y python3-rdflib raptor2-utils/);
  });

  it('get every article in every format, with statements, proposals and positions among them', () => {
    expect(outputs.map((o) => `${o.article}${FORMATS[o.format].extension}`).sort())
      .toEqual(Object.keys(ARTICLES).flatMap((a) => FORMAT_NAMES.map((f) => `${a}${FORMATS[f].extension}`)).sort());
    const turtle = outputs.filter((o) => o.format === 'turtle');
    const count = (type: typeof pa.Statement): number => turtle.reduce((n, o) => n + subjectsOfType(o.quads, type).length, 0);
    expect(count(pa.Statement)).toBeGreaterThanOrEqual(10);
    expect(count(pa.Proposal)).toBeGreaterThanOrEqual(1);
    expect(count(pa.Position)).toBeGreaterThanOrEqual(3);
    // The hostile characters reached the output as literal text, and so did the astral ones.
    const literals = turtle.flatMap((o) => o.quads.filter((q) => q.object.termType === 'Literal').map((q) => q.object.value));
    for (const text of ['Back\\slash', '@prefix pa: <http://example.org/>', '{no} — and \\\\maybe\\\\', '#not-a-comment', 'We will 💪 not give up', 'Ankara supports the plan']) {
      expect(literals.filter((l) => l.includes(text)), text).not.toEqual([]);
    }
  });

  it('rdflib reads from each file the triples n3 reads, in the article\'s graph for N-Quads and TriG', async () => {
    requireRdflib();
    const result = await run(PYTHON, ['-c', RDFLIB_SCRIPT, ...outputs.flatMap((o) => [o.file, RDFLIB_FORMAT[o.format]])]);
    expect(result.stderr).toBe('');
    const read = JSON.parse(result.stdout) as Record<string, { triples: string[]; graphs: string[] }>;
    for (const output of outputs) {
      const expected = [...new Set(output.quads.map(rdflibForm))].sort();
      const got = read[output.file]!;
      expect({ file: output.file, count: got.triples.length }).toEqual({ file: output.file, count: ntriples(output.quads).size });
      // Python's JSON spacing and escapes differ from JavaScript's: compare the values.
      expect(got.triples.map((t) => JSON.stringify(JSON.parse(t))).sort(), output.file).toEqual(expected);
      if (FORMATS[output.format].namedGraph) expect(got.graphs, output.file).toEqual([`https://w3id.org/parley/id/article/${output.article}`]);
    }
  });

  it.each(FORMAT_NAMES.filter((f) => RAPPER_FORMAT[f]))('rapper reads from each %s file the triples n3 reads', async (format) => {
    requireRapper();
    const files = outputs.filter((o) => o.format === format);
    expect(files).toHaveLength(Object.keys(ARTICLES).length);
    for (const output of files) {
      const counted = await run('rapper', ['-i', RAPPER_FORMAT[format]!, '-c', output.file]);
      expect(counted.code, counted.stderr).toBe(0);
      const count = Number(/returned (\d+) triples?/.exec(counted.stderr)?.[1]);
      expect({ file: output.file, count }).toEqual({ file: output.file, count: ntriples(output.quads).size });
      const written = await run('rapper', ['-q', '-i', RAPPER_FORMAT[format]!, '-o', 'ntriples', output.file]);
      expect(written.code, written.stderr).toBe(0);
      expect(ntriples(new Parser({ format: 'N-Triples' }).parse(written.stdout)), output.file).toEqual(ntriples(output.quads));
    }
  });
});
