// Property-based checks of parley's output, shared by the seeded tests (tests/fuzz/, over src/) and the
// long run (scripts/fuzz.js, over dist/): the generators of article texts and the check every text must
// pass. Plain JavaScript so that both can import it; parley's own functions are passed in.
//
// Generated texts hold anything a JavaScript string can: control characters, non-characters, lone
// surrogate halves (which no UTF-8 file holds, but annotate() takes any string), emoji, BOMs, CR, CRLF.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';

// --- generators -----------------------------------------------------------------------------------

// Small invented fragments that the annotator recognizes, so news-like texts produce actors,
// statements, proposals and positions.
const GIVEN = ['Ana', 'Omar', 'Lena', 'Priya', 'Tomás', 'Chidi', 'Zoë', 'Dmitri', 'Fatima', 'Kofi', 'Ingrid', 'Juan'];
const SURNAMES = ['Rojas', 'Veltrand', 'Okonkwo-Baird', 'Halvorsen', 'Quispe', 'Dąbrowska', 'Nakashima', "O'Leary", 'Lindqvist', 'Müller-Hahn', 'Ferreira da Silva'];
/** Names built to break a writer that does not escape: Turtle, IRI and JSON delimiters, directives, astral characters. */
const HOSTILE_NAMES = [
  'Ana "<@prefix>" Rojas\\',
  'Juan {Pérez} <Quispe>',
  'Lena @prefix pa: <http://example.org/> . Veltrand',
  'Omar \\u0022 Halvorsen',
  'Kofi ">" Lindqvist',
  "Zoë '''Nakashima'''",
  'Tomás #not-a-comment Rojas',
  'Priya ^^xsd:integer Quispe',
  'Dmitri 🌍 Okonkwo-Baird',
  'Fatima "" Dąbrowska\\"',
  'Ingrid _:b0 <> Veltrand',
  'Chidi """ Rojas',
];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Senator', 'Ambassador', 'spokesperson'];
const COUNTRIES = ['Chile', 'Norway', 'Kenya', 'Peru', 'Japan', 'Ghana', 'Brazil', 'Ukraine'];
const ADJECTIVES = ['Chilean', 'Norwegian', 'Kenyan', 'Peruvian', 'Japanese', 'Ghanaian'];
const BODIES = ['the United Nations', 'NATO', 'the European Union', 'the World Bank', 'Reuters', 'the opposition'];
const VERBS = ['said', 'told reporters', 'warned', 'stressed', 'added', 'insisted', 'claimed', 'announced', 'wrote on X'];
const WHEN = ['', ' on Monday', ' on Friday', ' last week', ' on March 3', ' late on Tuesday', ' yesterday', ' on February 29', ' on Feb. 30', ' on 31 April'];
const QUOTES = [
  'We will not accept this', 'The talks are over', 'Nobody wants a war 🕊️', 'This plan is a disaster',
  'We are ready to sign', 'The border stays open', 'It is a <historic> day', 'Prices rose by 5% & more',
  'Our answer is {no}', 'Say "never" — and mean it', 'Ceasefire now 🇺🇳', 'Back\\slash is not a crime',
];
const CLAUSES = [
  'the talks would resume next week', 'the ceasefire was holding', 'the government would not negotiate',
  'a deal was within reach', 'the sanctions had failed', 'the vote would be delayed',
];
const PROPOSALS = [
  'proposed a ceasefire plan', 'called for new elections', 'offered to mediate talks', 'demanded the release of all prisoners',
  'put forward a peace plan', 'urged both sides to return to talks',
];
const STANCES = ['supports the plan', 'rejected the proposal', 'welcomed the deal', 'opposes the ceasefire', 'backed the peace plan', 'criticized the plan'];

const pick = (items) => fc.constantFrom(...items);

/** A person's name: mostly ordinary, sometimes hostile. */
const personName = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(pick(GIVEN), pick(SURNAMES)).map(([g, s]) => `${g} ${s}`) },
  { weight: 1, arbitrary: pick(HOSTILE_NAMES) },
);
const speaker = fc.oneof(
  { weight: 3, arbitrary: personName },
  { weight: 2, arbitrary: fc.tuple(pick(TITLES), personName).map(([t, n]) => `${t} ${n}`) },
  { weight: 1, arbitrary: fc.tuple(pick(ADJECTIVES), pick(TITLES), personName).map(([a, t, n]) => `${a} ${t} ${n}`) },
);
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** One news-like sentence (or two, for a quote over paragraphs). */
const sentence = fc.oneof(
  fc.tuple(pick(QUOTES), speaker, pick(WHEN)).map(([q, s, w]) => `"${q}," ${s} said${w}.`),
  fc.tuple(pick(QUOTES), speaker, pick(VERBS)).map(([q, s, v]) => `“${q},” ${s} ${v}.`),
  fc.tuple(speaker, pick(VERBS), pick(WHEN), pick(CLAUSES)).map(([s, v, w, c]) => `${s} ${v}${w} that ${c}.`),
  fc.tuple(personName, pick(COUNTRIES), pick(TITLES), pick(QUOTES)).map(([n, c, t, q]) => `${n}, the ${c} ${t}, said: "${q}."`),
  fc.tuple(speaker, pick(PROPOSALS), pick(WHEN)).map(([s, p, w]) => `${s} ${p}${w}.`),
  fc.tuple(pick(COUNTRIES), pick(STANCES), personName).map(([c, st, n]) => `${c} ${st}, ${n} said.`),
  fc.tuple(speaker, pick(STANCES)).map(([s, st]) => `${s} ${st}.`),
  fc.tuple(pick(BODIES), pick(CLAUSES)).map(([b, c]) => `According to ${b}, ${c}.`),
  fc.tuple(pick(QUOTES), pick(['he', 'she', 'they'])).map(([q, p]) => `«${q}», ${p} said.`),
  fc.tuple(personName, pick(BODIES), pick(CLAUSES)).map(([n, b, c]) => `${n} told ${b} that ${c}.`),
  fc.tuple(pick(QUOTES), pick(QUOTES), personName).map(([a, b, n]) => `"${a}.\n\n"${b}," ${n} added.`),
  fc.tuple(pick(BODIES), pick(PROPOSALS)).map(([b, p]) => `${cap(b)} ${p}, saying it was "the only way out".`),
  fc.tuple(speaker, pick(COUNTRIES), pick(CLAUSES)).map(([s, c, cl]) => `${s} (${c}) said that ${cl}.`),
  fc.tuple(personName, pick(TITLES), pick(CLAUSES)).map(([n, t, c]) => `${n} — the ${t} — said that ${c}.`),
  fc.tuple(pick(COUNTRIES), pick(PROPOSALS), pick(CLAUSES)).map(([c, p, cl]) => `${c} ${p} if ${cl}.`),
  fc.tuple(pick(CLAUSES), pick(QUOTES)).map(([c, q]) => `Q: Is it true that ${c}?\nA: ${q}.`),
);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

/** Headline, metadata line and dateline, each optional. */
const header = fc.record({
  headline: fc.option(fc.tuple(pick(COUNTRIES), pick(['Rejects', 'Welcomes', 'Weighs'])).map(([c, v]) => `${c} ${v} New Peace Plan After Long Talks`), { nil: undefined }),
  date: fc.option(pick(['date 2025-03-04', 'Published: March 4, 2025', 'Updated 2025-02-28', 'date 2024-02-29', 'Published: February 30, 2025', 'By Ana Rojas and Kofi Abara']), { nil: undefined }),
  dateline: fc.option(pick(['LIMA, March 3 (Andina) -- ', 'OSLO — ', 'NAIROBI, Feb. 2 -- ']), { nil: undefined }),
});

/** A news-like article: header, paragraphs separated by one or two line breaks. */
const newsArticle = fc.tuple(header, fc.array(paragraph, { minLength: 1, maxLength: 6 }), pick(['\n\n', '\n'])).map(([h, paras, sep]) => {
  const top = [h.headline, h.date].filter(Boolean);
  const body = [...paras];
  if (h.dateline) body[0] = h.dateline + body[0];
  return [...top, ...body].join(sep) + (sep === '\n' ? '' : '\n');
});

const EMOJI = ['😀', '🇺🇦', '🕊️', '💪', '𝔘', '𠜎', '👩‍👩‍👧', '🎉', '\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}', '𓂀'];
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\x7f', '\x85', '\u00a0', '\u2028', '\u2029', '\u200b', '\ufeff', '\ufffe', '\uffff', '\u202e', '\ud800', '\udfff'];
const SOUP = ['"', "'", "''", '“', '”', '‘', '’', '«', '»', '„', '(', ')', '[', ']', '{', '}', '—', '–', '-', ' ', ' ', '\n', '\n\n', '.', ',', ':', '?', '!',
  'said', 'Ana Rojas', 'he said', 'the plan', 'We', 'no', 'Kenya', 'according to', 'told', '\\', '<', '>', '@prefix', '#', '…'];

/** Inserts `items` at code-point positions (never inside a surrogate pair). */
function insertAt(text, inserts) {
  const cps = [...text];
  for (const [at, item] of inserts) cps.splice(at % (cps.length + 1), 0, item);
  return cps.join('');
}

/** Changes a text the way files differ: extra characters, line endings, a byte-order mark (or two). */
const mutated = (base) => fc.record({
  text: base,
  emoji: fc.array(fc.tuple(fc.nat(), pick(EMOJI)), { maxLength: 4 }),
  controls: fc.array(fc.tuple(fc.nat(), pick(CONTROLS)), { maxLength: 2 }),
  eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
  bom: fc.constantFrom('', '', '\ufeff', '\ufeff\ufeff'),
}).map(({ text, emoji, controls, eol, bom }) => {
  let out = insertAt(text, [...emoji, ...controls]);
  if (eol !== '\n') out = out.replace(/\n/g, eol);
  return bom + out;
});

/** Any code points but surrogate halves (control characters and non-characters included; CONTROLS adds halves). */
const unicodeText = fc.string({ unit: 'binary', maxLength: 200 });
const graphemeText = fc.string({ unit: 'grapheme', maxLength: 120 });
const soup = fc.array(pick(SOUP), { maxLength: 60 }).map((parts) => parts.join(''));
const controlText = fc.array(fc.oneof(pick(CONTROLS), pick(['Ana Rojas said', ' "yes" ', 'the plan', '. '])), { maxLength: 40 }).map((p) => p.join(''));
/** One very long line: a paragraph repeated, joined by spaces (no line break). */
const longLine = (maxRepeat) => fc.tuple(paragraph, fc.integer({ min: Math.min(20, maxRepeat), max: maxRepeat })).map(([p, n]) => Array(n).fill(p).join(' '));

/**
 * Article texts: news-like texts (mutated or not) most of the time, then random Unicode, quote and
 * bracket soup, control characters, and very long lines. `maxRepeat` bounds the long lines (a line of
 * about maxRepeat times 80-300 characters).
 */
export function articleText({ maxRepeat = 60 } = {}) {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(newsArticle) },
    { weight: 2, arbitrary: newsArticle },
    { weight: 2, arbitrary: mutated(soup) },
    { weight: 1, arbitrary: mutated(unicodeText) },
    { weight: 1, arbitrary: graphemeText },
    { weight: 1, arbitrary: mutated(controlText) },
    { weight: 1, arbitrary: mutated(fc.tuple(newsArticle, soup).map(([a, s]) => insertAt(a, [[a.length >> 1, s]]))) },
    { weight: 1, arbitrary: mutated(longLine(maxRepeat)) },
  );
}

// --- checks ---------------------------------------------------------------------------------------

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const PA = 'https://w3id.org/parley/ontology#';
const OA = 'http://www.w3.org/ns/oa#';
const TYPE = `${RDF}type`;

const lineWriter = new Writer({ format: 'N-Triples' });
const ntriple = (q) => lineWriter.quadToString(q.subject, q.predicate, q.object).trim();
const ntriples = (quads) => new Set(quads.map(ntriple));

/** A failed property: the message says which and where; fast-check adds the shrunk input. */
function fail(message) {
  throw new Error(message);
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/** Every span the stages found lies in the text and never cuts a surrogate pair. */
function checkDocumentSpans(doc) {
  const text = doc.text;
  const check = (what, span) => {
    if (!span) return;
    const { start, end } = span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      fail(`${what}: span [${start}, ${end}) is not inside the text (length ${text.length})`);
    }
    for (const at of [start, end]) {
      if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) {
        fail(`${what}: span [${start}, ${end}) cuts the surrogate pair at ${at - 1}`);
      }
    }
  };
  doc.tokens?.forEach((t, i) => check(`token ${i}`, t));
  doc.sentences?.forEach((s, i) => check(`sentence ${i}`, s));
  doc.quotes?.forEach((q, i) => { check(`quote ${i}`, q); check(`quote ${i} inner`, q.inner); });
  doc.mentions?.forEach((m, i) => { check(`mention ${i}`, m); check(`mention ${i} phrase`, m.phrase); });
  doc.statements?.forEach((s, i) => {
    s.content.forEach((c, k) => check(`statement ${i + 1} content ${k}`, c));
    check(`statement ${i + 1} cue`, s.cue);
    check(`statement ${i + 1} speaker`, s.speakerSpan);
  });
  doc.proposals?.forEach((p, i) => { check(`proposal ${i + 1} content`, p.content); check(`proposal ${i + 1} condition`, p.condition); });
  doc.positions?.forEach((p, i) => {
    check(`position ${i + 1} evidence`, p.evidence);
    if (p.target.kind === 'topic') check(`position ${i + 1} topic`, p.target.span);
  });
}

/** Objects of (subject, predicate) in a graph indexed by subject. */
function index(quads) {
  const bySubject = new Map();
  for (const q of quads) {
    let props = bySubject.get(q.subject.value);
    if (!props) bySubject.set(q.subject.value, props = new Map());
    const values = props.get(q.predicate.value) ?? [];
    values.push(q.object);
    props.set(q.predicate.value, values);
  }
  const objects = (s, p) => bySubject.get(s)?.get(p) ?? [];
  const ofType = (type) => [...bySubject.keys()].filter((s) => objects(s, TYPE).some((o) => o.value === type));
  return { objects, ofType };
}

/** Parses one output format back into quads with n3 (JSON-LD through jsonld's N-Quads). */
export async function parseBack(text, format) {
  if (format === 'jsonld') {
    const nquads = await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' });
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  }
  return new Parser({ format: { turtle: 'Turtle', nquads: 'N-Quads', trig: 'TriG' }[format] }).parse(text);
}

/**
 * The text offsets refer to: the input less a leading byte-order mark, with each character no RDF string
 * can hold (a lone surrogate half, U+FFFE, U+FFFF) read as U+FFFD.
 */
export function annotatedText(input) {
  return (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/[\p{Cs}\uFFFE\uFFFF]/gu, '\uFFFD');
}

const NAMED_GRAPH = { turtle: false, jsonld: false, nquads: true, trig: true };

/**
 * Checks a parsed article graph against the text its offsets refer to: every span's oa:exact is the text
 * between its code-point offsets, and every statement's and proposal's content is made of its spans.
 * Returns the counts of what was checked.
 */
function checkGraph(parsed, body, id) {
  // Spans: offsets are code points into the text less the BOM, and oa:exact is exactly that slice.
  const codePoints = [...body];
  const { objects, ofType } = index(parsed);
  const spans = ofType(`${OA}TextPositionSelector`);
  const exactOf = new Map();
  for (const span of spans) {
    const [start] = objects(span, `${OA}start`);
    const [end] = objects(span, `${OA}end`);
    const [exact] = objects(span, `${OA}exact`);
    const from = Number(start?.value);
    const to = Number(end?.value);
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= codePoints.length)) {
      fail(`${span}: offsets ${start?.value}-${end?.value} are not inside the text (${codePoints.length} code points)`);
    }
    if (from === to) fail(`${span}: an empty span`);
    const slice = codePoints.slice(from, to).join('');
    if (exact?.value !== slice) fail(`${span}: oa:exact ${JSON.stringify(exact?.value)} is not the text's code points ${from}-${to}, ${JSON.stringify(slice)}`);
    exactOf.set(span, slice);
  }

  // Statements and proposals: in this article, their content made of their spans, which are in the text.
  const article = `https://w3id.org/parley/id/article/${id}`;
  const statements = ofType(`${PA}Statement`);
  const proposals = ofType(`${PA}Proposal`);
  for (const node of [...statements, ...proposals]) {
    if (objects(node, `${PA}inArticle`).map((o) => o.value).join() !== article) fail(`${node}: pa:inArticle is not the article`);
    const content = objects(node, `${PA}content`);
    if (content.length !== 1) fail(`${node}: ${content.length} pa:content values`);
    const pieces = objects(node, `${PA}contentSpan`).map((o) => {
      if (!exactOf.has(o.value)) fail(`${node}: pa:contentSpan ${o.value} is not a span of the article`);
      return exactOf.get(o.value);
    });
    if (!pieces.length) fail(`${node}: no pa:contentSpan`);
    if (!content[0].value.trim()) fail(`${node}: pa:content is blank`);
    for (const piece of pieces) {
      if (!content[0].value.includes(piece)) fail(`${node}: pa:content ${JSON.stringify(content[0].value)} does not contain its span ${JSON.stringify(piece)}`);
    }
    if (pieces.length === 1 && content[0].value !== pieces[0]) fail(`${node}: pa:content ${JSON.stringify(content[0].value)} is not its span ${JSON.stringify(pieces[0])}`);
  }

  return {
    statements: statements.length,
    proposals: proposals.length,
    positions: ofType(`${PA}Position`).length,
    actors: ofType(`${PA}Actor`).length,
    spans: spans.length,
    triples: parsed.length,
    /** Literals holding characters that Turtle, IRIs or JSON must escape or keep apart: the hostile cases. */
    hostile: parsed.filter((q) => q.object.termType === 'Literal' && /[<>"\\{}@\r\u0000-\u0008]/.test(q.object.value)).length,
  };
}

/**
 * Annotates `input` with `parley` (annotate, toQuads, serialize, validate, formatReport) and checks it;
 * throws an Error saying what failed, or returns the counts of what was checked.
 * Options: `shacl` (validate against the shapes, default true), `formats` (also annotate it again: the same
 * Turtle; and write JSON-LD, N-Quads and TriG and read each back: the same triples as Turtle; default false).
 */
export async function checkArticle(parley, input, { shacl = true, formats = false } = {}) {
  const body = annotatedText(input);
  const doc = parley.annotate(input, { id: 'fuzz', date: '2025-03-06' });
  if (doc.text !== body) fail('the annotated text is not the input less its byte-order mark (and U+FFFD for what no RDF string holds)');
  checkDocumentSpans(doc);

  const mapOptions = { sourceFile: 'fuzz.txt', sha256: 'a'.repeat(64) };
  const quads = parley.toQuads(doc, mapOptions);
  const turtle = await parley.serialize(quads, 'turtle');
  let parsed;
  try {
    parsed = new Parser({ format: 'Turtle' }).parse(turtle);
  } catch (error) {
    fail(`the Turtle output does not parse: ${error.message}`);
  }
  const triples = ntriples(parsed);
  const expected = ntriples(quads);
  if (expected.size !== quads.length) fail(`toQuads wrote a triple more than once (${quads.length} quads, ${expected.size} distinct)`);
  if (triples.size !== expected.size || [...expected].some((t) => !triples.has(t))) {
    fail(`the Turtle output reads back as ${triples.size} triples, not the ${expected.size} written`);
  }

  const counts = checkGraph(parsed, body, 'fuzz');
  if (shacl) {
    const report = await parley.validate(parsed);
    if (!report.conforms) fail(`the Turtle output does not conform to the shapes:\n${parley.formatReport(report, 'fuzz.ttl')}`);
  }

  if (formats) {
    const again = await parley.serialize(parley.toQuads(parley.annotate(input, { id: 'fuzz', date: '2025-03-06' }), mapOptions), 'turtle');
    if (again !== turtle) fail('annotating the same text twice gave different Turtle');
    for (const format of ['jsonld', 'nquads', 'trig']) {
      const written = parley.toQuads(doc, { ...mapOptions, namedGraph: NAMED_GRAPH[format] });
      let back;
      try {
        back = await parseBack(await parley.serialize(written, format), format);
      } catch (error) {
        fail(`the ${format} output does not parse: ${error.message}`);
      }
      const read = ntriples(back);
      if (read.size !== triples.size || [...read].some((t) => !triples.has(t))) {
        fail(`the ${format} output reads back as ${read.size} triples, not the ${triples.size} Turtle holds`);
      }
    }
  }

  return counts;
}

/**
 * Writes `input` to a file in `dir` as UTF-8 (a lone surrogate half becomes U+FFFD, as any encoder writes
 * it), builds it into Turtle with `parley.build` and checks the graph against the file's text less one
 * byte-order mark. A text with a NUL must be refused as binary, and one that opens like HTML as HTML.
 */
export async function checkBuild(parley, input, dir) {
  const file = path.join(dir, 'fuzz.txt');
  writeFileSync(file, input);
  const read = readFileSync(file, 'utf8'); // keeps a leading BOM
  const body = annotatedText(read);
  const [result] = await parley.build([file], { outDir: path.join(dir, 'out'), format: 'turtle', date: '2025-03-06' });
  const refusal = read.includes('\0') ? /binary data \(a NUL byte/ : /^\s*(<!doctype html|<html[\s>])/i.test(body) ? /looks like HTML/ : undefined;
  if (refusal) {
    if (result.ok || !refusal.test(result.error)) fail(`build should refuse the file (${refusal}), but gave ${JSON.stringify(result)}`);
    return undefined;
  }
  if (!result.ok) fail(`build refused the file: ${result.error}`);
  let parsed;
  try {
    parsed = new Parser({ format: 'Turtle' }).parse(readFileSync(result.output, 'utf8'));
  } catch (error) {
    fail(`the built Turtle file does not parse: ${error.message}`);
  }
  return checkGraph(parsed, body, 'fuzz');
}

/** Sums of checkArticle's counts. */
export function tally() {
  const totals = { articles: 0, statements: 0, proposals: 0, positions: 0, actors: 0, spans: 0, triples: 0, hostile: 0 };
  return {
    totals,
    add(counts) {
      totals.articles++;
      for (const key of Object.keys(counts)) totals[key] += counts[key];
    },
  };
}
