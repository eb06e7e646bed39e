// Document -> RDF quads (pure). IRIs: actors and topics by their slugged name (stable across articles
// and runs), everything else under the article's IRI; offsets converted to code points here.
import { DataFactory } from 'n3';
import rdfjs from '@rdfjs/data-model';
import type { Literal, NamedNode, Quad, Quad_Graph } from '@rdfjs/types';
import type { Actor, Document, Span, Stance } from '../model/document.js';
import { DEFAULT_BASE, oa, pa, rdf, rdfs, skos, schema, xsd } from './vocab.js';
import { addProvenance, type BuildSettings } from './provenance.js';

const { namedNode, quad, defaultGraph } = DataFactory;
// Literals from the reference factory keep value, language and datatype as fields (n3's keep one string
// and parse it again on every read); an article's span texts are long, and each is read when written.
const { literal } = rdfjs;

export interface MapOptions {
  /** Base IRI for articles, actors and topics. */
  readonly base?: string;
  /** The input file's name (pa:sourceFile). */
  readonly sourceFile?: string;
  /** SHA-256 of the input bytes, hex. */
  readonly sha256?: string;
  /** Put every quad in the article's named graph (N-Quads, TriG). */
  readonly namedGraph?: boolean;
  /** Record how the graph was made (prov:wasGeneratedBy a build activity); build and load always do. */
  readonly provenance?: BuildSettings;
}

/**
 * A name as an IRI segment: accents dropped, lower case, words joined by hyphens. Letters of every script
 * stay ("Ana Орлова" is ana-орлова, "Løkke" løkke), so names that differ only there stay apart.
 */
export function slug(name: string): string {
  const s = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s || 'x' + [...name].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}

export function articleIri(base: string, id: string): NamedNode {
  return namedNode(`${base}article/${encodeURIComponent(id)}`);
}

export function actorIri(base: string, actor: Pick<Actor, 'label'>): NamedNode {
  return namedNode(`${base}actor/${slug(actor.label)}`);
}

/** UTF-16 offset -> code-point offset for one text (identity when it has no astral characters). */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) table[++i] = cp;
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i]!;
}

const STANCES: Readonly<Record<Stance, NamedNode>> = { supports: pa.Supports, opposes: pa.Opposes, neutral: pa.Neutral };

export function toQuads(doc: Document, options: MapOptions = {}): Quad[] {
  const base = options.base ?? DEFAULT_BASE;
  const article = articleIri(base, doc.id);
  const graph: Quad_Graph = options.namedGraph ? article : defaultGraph();
  const out: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: NamedNode | Literal): void => { out.push(quad(s, p, o, graph)); };
  const cp = codePointOffsets(doc.text);
  // Span nodes by their code-point key "start-end", each written once.
  const spans = new Map<string, { readonly start: number; readonly end: number; readonly span: Span; readonly node: NamedNode }>();
  const spanNode = (span: Span): NamedNode => {
    const start = cp(span.start);
    const end = cp(span.end);
    const key = `${start}-${end}`;
    let entry = spans.get(key);
    if (!entry) spans.set(key, entry = { start, end, span, node: namedNode(`${article.value}/span/${key}`) });
    return entry.node;
  };
  const decimal = (n: number): Literal => literal(n.toFixed(2), xsd.decimal);
  const text = (s: Span): string => doc.text.slice(s.start, s.end);

  add(article, rdf.type, pa.Article);
  if (doc.meta?.datePublished) add(article, schema.datePublished, literal(doc.meta.datePublished, xsd.date));
  if (options.sourceFile) add(article, pa.sourceFile, literal(options.sourceFile));
  if (options.sha256) add(article, pa.sha256, literal(options.sha256));
  if (options.provenance) addProvenance(add, article, base, options.sha256, options.provenance);

  const actors = doc.actors ?? [];
  const actorNodes = actors.map((a) => actorIri(base, a));
  // Two actors whose names slug alike ("Ana Орлова" and "Ana Петрова" are both ana) share one IRI, which
  // keeps one rdfs:label, the first's: the other's name becomes a skos:altLabel, and no triple is written twice.
  const labels = new Map<string, string>();
  const written = new Set<string>();
  // Only an IRI two actors share can get a triple twice; the others are written as they come.
  const count = new Map<string, number>();
  for (const node of actorNodes) count.set(node.value, (count.get(node.value) ?? 0) + 1);
  const addActor = (s: NamedNode, p: NamedNode, o: NamedNode | Literal): void => {
    if (count.get(s.value) === 1) { add(s, p, o); return; }
    const key = `${s.value} ${p.value} ${o.termType} ${o.value}`;
    if (!written.has(key)) { written.add(key); add(s, p, o); }
  };
  const mentionsOf = actors.map((): Span[] => []);
  for (const m of doc.mentions ?? []) if (m.actor !== undefined && m.kind !== 'pronoun') mentionsOf[m.actor]?.push(m);
  actors.forEach((a, i) => {
    const node = actorNodes[i]!;
    addActor(node, rdf.type, pa.Actor);
    addActor(node, rdf.type, pa[a.type]);
    const label = labels.get(node.value);
    if (label === undefined) { labels.set(node.value, a.label); add(node, rdfs.label, literal(a.label)); }
    else if (label !== a.label) addActor(node, skos.altLabel, literal(a.label));
    for (const alias of a.aliases) addActor(node, skos.altLabel, literal(alias));
    if (a.role) addActor(node, pa.role, literal(a.role));
    const affiliation = a.affiliation === undefined ? undefined : actorNodes[a.affiliation]!;
    if (affiliation && !affiliation.equals(node)) addActor(node, pa.affiliatedWith, affiliation);
    addActor(node, pa.mentionedIn, article);
    for (const m of mentionsOf[i]!) addActor(node, pa.mentionSpan, spanNode(m));
  });

  (doc.statements ?? []).forEach((st, i) => {
    const node = namedNode(`${article.value}/statement/${i + 1}`);
    add(node, rdf.type, pa.Statement);
    add(node, pa.inArticle, article);
    add(node, pa.content, literal(st.content.map(text).join(' … ')));
    for (const c of st.content) add(node, pa.contentSpan, spanNode(c));
    add(node, pa.isDirectQuote, literal(String(st.direct), xsd.boolean));
    if (st.cue) { add(node, pa.cue, literal(text(st.cue))); add(node, pa.cueSpan, spanNode(st.cue)); }
    if (st.speaker !== undefined) add(node, pa.speaker, actorNodes[st.speaker]!);
    if (st.speakerSpan) add(node, pa.speakerSpan, spanNode(st.speakerSpan));
    if (st.reportedBy !== undefined) add(node, pa.reportedBy, actorNodes[st.reportedBy]!);
    if (st.addressee !== undefined) add(node, pa.addressee, actorNodes[st.addressee]!);
    if (st.date) add(node, pa.statedOn, literal(st.date, xsd.date));
    add(node, pa.confidence, decimal(st.confidence));
  });

  (doc.proposals ?? []).forEach((p, i) => {
    const node = namedNode(`${article.value}/proposal/${i + 1}`);
    add(node, rdf.type, pa.Proposal);
    add(node, pa.inArticle, article);
    add(node, pa.content, literal(text(p.content)));
    add(node, pa.contentSpan, spanNode(p.content));
    add(node, pa.proposalKind, literal(p.kind));
    if (p.proposer !== undefined) add(node, pa.proposedBy, actorNodes[p.proposer]!);
    if (p.addressee !== undefined) add(node, pa.addressedTo, actorNodes[p.addressee]!);
    if (p.condition) { add(node, pa.condition, literal(text(p.condition))); add(node, pa.conditionSpan, spanNode(p.condition)); }
    add(node, pa.confidence, decimal(p.confidence));
  });

  const topics = new Map<string, NamedNode>();
  (doc.positions ?? []).forEach((pos, i) => {
    const node = namedNode(`${article.value}/position/${i + 1}`);
    add(node, rdf.type, pa.Position);
    add(node, pa.holder, actorNodes[pos.holder]!);
    add(node, pa.stance, STANCES[pos.stance]);
    if (pos.target.kind === 'proposal') add(node, pa.target, namedNode(`${article.value}/proposal/${pos.target.proposal + 1}`));
    else {
      const topic = namedNode(`${base}topic/${slug(pos.target.label)}`);
      add(node, pa.target, topic);
      if (!topics.has(topic.value)) {
        topics.set(topic.value, topic);
        add(topic, rdf.type, pa.Topic);
        add(topic, rdfs.label, literal(pos.target.label));
      }
    }
    for (const s of pos.statements) add(node, pa.expressedIn, namedNode(`${article.value}/statement/${s + 1}`));
    add(node, pa.evidenceSpan, spanNode(pos.evidence));
    add(node, pa.confidence, decimal(pos.confidence));
  });

  // Span nodes last, in text order.
  for (const { start, end, span, node } of [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end)) {
    add(node, rdf.type, oa.TextPositionSelector);
    add(node, oa.start, literal(String(start), xsd.nonNegativeInteger));
    add(node, oa.end, literal(String(end), xsd.nonNegativeInteger));
    add(node, oa.exact, literal(text(span)));
  }
  return out;
}
