// Property-based tests over generated articles (scripts/fuzz-properties.js; `npm run fuzz` runs the same
// checks on many more): whatever the text, annotating it does not crash, its Turtle parses and conforms
// to the shapes, every span's oa:exact is the text between its code-point offsets, every statement's
// content is made of spans of its article, the other formats read back as the same triples, and a file
// built from the text has offsets into the file's text. Fixed seeds keep the runs repeatable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { annotate, build, formatReport, serialize, toQuads, validate } from '../../src/index.js';
import { oa, pa } from '../../src/rdf/vocab.js';
import { JANE_DOE } from '../helpers/articles.js';
import { tempDirs } from '../helpers/tmp.js';
import { articleText, checkArticle, checkBuild, tally } from '../../scripts/fuzz-properties.js';

const tempDir = tempDirs();

const SEED = 20250306;
const parley = { annotate, toQuads, serialize, validate, formatReport };

describe('generated articles', { timeout: 60_000 }, () => {
  it('annotate, write Turtle and read it back: spans, statements and shapes hold', async () => {
    const { totals, add } = tally();
    await fc.assert(fc.asyncProperty(articleText({ maxRepeat: 30 }), async (text) => { add(await checkArticle(parley, text)); }), { seed: SEED, numRuns: 200 });
    // The generators reach every stage: the checks above ran on statements, actors, proposals and positions,
    // and on literals that a careless writer would break.
    expect(totals.statements).toBeGreaterThan(500);
    expect(totals.actors).toBeGreaterThan(200);
    expect(totals.proposals).toBeGreaterThan(10);
    expect(totals.positions).toBeGreaterThan(10);
    expect(totals.hostile).toBeGreaterThan(100);
  });

  it('write JSON-LD, N-Quads and TriG that read back as the triples Turtle holds', async () => {
    await fc.assert(fc.asyncProperty(articleText({ maxRepeat: 10 }), async (text) => { await checkArticle(parley, text, { shacl: false, formats: true }); }), { seed: SEED + 1, numRuns: 40 });
  });

  it('built from files, have offsets into the file\'s text less one byte-order mark', async () => {
    const dir = tempDir();
    // Starting with one BOM or two, and some with a NUL, which must be refused.
    const files = fc.tuple(articleText({ maxRepeat: 10 }), fc.constantFrom('', '\uFEFF', '\uFEFF\uFEFF'), fc.boolean())
      .map(([text, bom, nul]) => bom + (nul ? text.replace(/ /, '\0') : text));
    let built = 0;
    await fc.assert(fc.asyncProperty(files, async (text) => { if (await checkBuild({ build }, text, dir)) built++; }), { seed: SEED + 2, numRuns: 40 });
    expect(built).toBeGreaterThan(10);
  });
});

describe('the checks', () => {
  // Each check must catch the fault it is for: here parley is wrapped to make one.
  const shiftSpan = (quads: Quad[]): Quad[] => {
    const exact = quads.find((q) => q.predicate.equals(oa.exact))!;
    return quads.map((q) => (q === exact ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal(`${q.object.value} `)) : q));
  };

  it('catch an oa:exact that is not the text between its offsets', async () => {
    const broken = { ...parley, toQuads: (...args: Parameters<typeof toQuads>) => shiftSpan(toQuads(...args)) };
    await expect(checkArticle(broken, JANE_DOE)).rejects.toThrow(/span\/0-16: oa:exact "Foreign Minister " is not the text's code points 0-16, "Foreign Minister"/);
  });

  it('catch Turtle that does not parse', async () => {
    const broken = { ...parley, serialize: async (...args: Parameters<typeof serialize>) => (await serialize(...args)).replace('"', '<') };
    await expect(checkArticle(broken, JANE_DOE)).rejects.toThrow(/Turtle output does not parse/);
  });

  it('catch output that does not conform to the shapes', async () => {
    const broken = { ...parley, toQuads: (...args: Parameters<typeof toQuads>) => toQuads(...args).filter((q) => !q.predicate.equals(pa.isDirectQuote)) };
    await expect(checkArticle(broken, JANE_DOE)).rejects.toThrow(/does not conform[\s\S]*pa:isDirectQuote/);
  });

  it('catch a statement whose content is not its span', async () => {
    const broken = { ...parley, toQuads: (...args: Parameters<typeof toQuads>) => toQuads(...args).map((q) =>
      (q.predicate.equals(pa.content) ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal(q.object.value.slice(1))) : q)) };
    await expect(checkArticle(broken, JANE_DOE)).rejects.toThrow(/statement\/1: pa:content "he talks would resume" does not contain its span "the talks would resume"/);
  });

  it('catch a triple written twice', async () => {
    const broken = { ...parley, toQuads: (...args: Parameters<typeof toQuads>) => { const quads = toQuads(...args); return [...quads, quads[0]!]; } };
    await expect(checkArticle(broken, JANE_DOE)).rejects.toThrow(/toQuads wrote a triple more than once/);
  });

  it('catch an annotated text that is not the input less its BOM', async () => {
    const broken = { ...parley, annotate: (text: string, options?: Parameters<typeof annotate>[1]) => annotate(text.replace(/\uFEFF/g, ' '), options) };
    await expect(checkArticle(broken, `\uFEFF${JANE_DOE}`)).rejects.toThrow(/annotated text/);
  });
});
