// Stage 8: positions. Stance cues (lexicon: welcome, reject, "ready to", "does not need", abstain ...)
// inside statements or in a sentence with a named subject; negation flips support and opposition.
// The holder is the clause's subject where it names another actor, else the speaker; the target is
// the proposal the clause restates or refers back to ("to that end", "it", "the talks"), the most similar
// proposal, or else a topic named by the cue's object. Evaluations ("the truce is a historic step", "Lima's
// version of events was false"), appeals, refusals, restated demands and vote tallies add positions without a cue.
import { positionShape } from '../model/shapes.js';
import type { Document, Mention, Position, Proposal, Sentence, Span, Stage, Stance, Statement, Target, Token } from '../model/document.js';
import { countryByAdjective, gazetteer, grammar, stanceCues } from '../lexicon/index.js';
import { clauseEnd, contentWords, subjectBefore, tokenAt, tokenSpan } from '../text/clauses.js';
import { PLAN_NOUNS, REFERRING_NOUNS, countedNoun, parallelPlanSubject, planPhraseBefore } from './proposals.js';

interface CueForm { readonly words: readonly string[]; readonly stance: Stance; readonly conditional: boolean; readonly verb?: boolean }

const CUES: readonly CueForm[] = stanceCues.flatMap((c) => c.forms.map((f) => ({
  words: f.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean), stance: c.stance, conditional: c.conditional, verb: c.pos === 'verb',
}))).filter((c) => c.words.length && !c.words.includes('...')).sort((a, b) => b.words.length - a.words.length);

const ANAPHOR = /\b(to that end|to this end|that goal|this goal|the proposal|the plan|the idea|the offer|the initiative|the deal|such a role|this effort|these efforts)\b/i;
const NEGATION = /^(not|n't|never|no|neither|nor)$/;

/** Cue forms by their first word, longest first. */
const CUES_BY_FIRST: ReadonlyMap<string, readonly CueForm[]> = (() => {
  const map = new Map<string, CueForm[]>();
  for (const cue of CUES) map.set(cue.words[0]!, [...(map.get(cue.words[0]!) ?? []), cue]);
  return map;
})();

const NEUTRAL_ADJECTIVES = /^(objective|impartial|neutral|balanced|even-handed|unbiased|just|fair)$/;
const STANCE_NOUNS = /^(position|stance|attitude|approach|role)$/;

/** "an objective and just position", "a balanced stance": impartial adjectives before a stance noun. */
const IMPARTIAL: CueForm = { words: ['(impartial position)'], stance: 'neutral', conditional: false };

/** A word with curly apostrophes made straight ("won’t" -> "won't"). */
const straight = (w: string): string => (w.includes('’') ? w.replace(/’/g, "'") : w);

function matchCue(doc: Document, i: number, s: Sentence): { cue: CueForm; end: number } | undefined {
  const tokens = doc.tokens!;
  const first = CUES_BY_FIRST.get(straight(tokens[i]!.lower));
  if (!first && !NEUTRAL_ADJECTIVES.test(tokens[i]!.lower)) return undefined;
  if (NEUTRAL_ADJECTIVES.test(tokens[i]!.lower)) {
    for (let k = i + 1; k < Math.min(s.last, i + 5); k++) {
      if (STANCE_NOUNS.test(tokens[k]!.lower)) return { cue: IMPARTIAL, end: k + 1 };
      if (!/^(ADJ|ADV|CCONJ|PUNCT)$/.test(tokens[k]!.pos) && !NEUTRAL_ADJECTIVES.test(tokens[k]!.lower)) break;
    }
  }
  for (const cue of first ?? []) {
    if (i + cue.words.length > s.last) continue;
    let ok = true;
    for (let k = 1; k < cue.words.length && ok; k++) ok = straight(tokens[i + k]!.lower) === cue.words[k];
    // A verb cue used as a noun ("arms support for Ukraine") takes no stance.
    if (ok && cue.verb && cue.words.length === 1 && tokens[i]!.pos === 'NOUN') continue;
    // "fuel support for Chile", "the troop backing of X": an uninflected cue after a noun and before "for"/"of" is a noun compound.
    if (ok && cue.words.length === 1 && tokens[i - 1]?.pos === 'NOUN' && !/(s|ed)$/.test(tokens[i]!.lower) && /^(for|of)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    if (ok) return { cue, end: i + cue.words.length };
  }
  return undefined;
}

function flip(stance: Stance): Stance {
  return stance === 'supports' ? 'opposes' : stance === 'opposes' ? 'supports' : 'neutral';
}

function overlap(a: Span, b: Span): boolean { return a.start < b.end && b.start < a.end; }

const JOINT_TEXTS = /^(statement|declaration|communiqu[eé])$/;

/** Proposal kinds a plan noun can refer back to ("the agreement" -> a deal). */
function kindsFor(noun: string): readonly string[] {
  // "the negotiations were a success": once a deal is reached, the talks are what produced it.
  if (/^(talks|negotiations)$/.test(noun)) return ['deal'];
  if (/^(deal|agreement|ceasefire|cease-fire|truce|arrangement|accord|pact|settlement|treaty|understanding)s?$/.test(noun) || JOINT_TEXTS.test(noun)) return ['deal', 'offer', 'proposal'];
  if (/^(resolution|draft|text|amendments?|motion|bill|measure|document)$/.test(noun)) return ['resolution', 'proposal'];
  if (/^(decision|move|step|outcome)$/.test(noun)) return ['deal', 'offer', 'proposal', 'plan', 'resolution', 'demand', 'invitation'];
  if (/^(plan|roadmap|framework|initiative|package|goal|idea|proposals?|plans?|figure|sum|target|amount|cap|commitment|pledge)$/.test(noun)) return ['plan', 'proposal', 'deal', 'resolution'];
  if (/^(offer|invitation)$/.test(noun)) return ['offer', 'invitation'];
  if (/^(demands?|call|request)$/.test(noun)) return ['demand'];
  return [];
}

/** "the agreement", "that idea", "it": the proposal a definite phrase or pronoun at the start of the object refers to. */
function proposalReference(doc: Document, proposals: readonly Proposal[], object: Span, at: number): number | undefined {
  const tokens = doc.tokens!;
  const first = tokenAt(tokens, object.start);
  const window = tokens.slice(first, Math.min(tokens.length, first + 6)).filter((t) => t.end <= object.end);
  if (!window.length || !proposals.length) return undefined;
  const before = (pred: (p: Proposal) => boolean): number | undefined => {
    const earlier = proposals.map((p, i) => [p, i] as const).filter(([p]) => p.content.start < at && pred(p));
    if (earlier.length) return earlier.at(-1)![1];
    const later = proposals.findIndex((p) => pred(p));
    return later >= 0 ? later : undefined;
  };
  // "it was a historic step": a pronoun subject of a copula or verb refers to the plan named last before it
  // ("dismissed the plan, saying it was a betrayal"), else to the latest proposal.
  if (/^(it|this|that)$/.test(window[0]!.lower) && (window.length === 1 || /^(AUX|VERB)$/.test(window[1]!.pos))) {
    const antecedent = planPhraseBefore(doc, first);
    return (antecedent && proposalReference(doc, proposals, antecedent, at)) ?? before(() => true);
  }
  // "governments to honor the deal": a definite plan noun a few words into the object.
  const det = window.findIndex((t) => /^(the|this|that|these|those|its|their|a|an|such)$/.test(t.lower));
  if (det < 0 || (det > 0 && !/^(the|this|that|its|their)$/.test(window[det]!.lower))) return undefined;
  // "the joint statement": a text two sides agreed names their deal, where a statement alone is only words.
  const noun = window.slice(det).find((t, n) => REFERRING_NOUNS.test(t.lower) || JOINT_TEXTS.test(t.lower) && window[det + n - 1]?.lower === 'joint');
  if (!noun) return undefined;
  // "the amendments" are not the draft they would amend: only a proposal named as an amendment.
  if (/^amendments?$/.test(noun.lower)) {
    // "their amendments" are not those one state or person put forward.
    const plural = window[det]!.lower === 'their';
    const named = proposals.map((p, i) => [p, i] as const).filter(([p]) => namedAs(doc, p, /^amendments?$/)
      && !(plural && p.proposer !== undefined && /^(Person|Country)$/.test(doc.actors![p.proposer]!.type)));
    return (named.filter(([p]) => p.content.start < at).at(-1) ?? named[0])?.[1];
  }
  // "the proposal" is first the last one introduced by that very noun ("a proposal by Chile to ...").
  const stem = noun.lower.replace(/s$/, '');
  if (PLAN_NOUNS.test(noun.lower)) {
    const same = proposals.map((p, i) => [p, i] as const).filter(([p]) => p.content.start < at && namedAs(doc, p, new RegExp(`^${stem}s?$`))).at(-1);
    if (same) return same[1];
  }
  // Kinds in order of preference ("the text" is a draft resolution before it is any proposal, and not an amendment).
  for (const kind of kindsFor(noun.lower)) {
    const earlier = proposals.map((p, i) => [p, i] as const).filter(([p]) => p.content.start < at && p.kind === kind && !(kind === 'resolution' && namedAs(doc, p, /^amendments?$/)));
    if (earlier.length) return earlier.at(-1)![1];
  }
  const kinds = kindsFor(noun.lower);
  if (kinds.length === 1 && kinds[0] === 'deal') return before((p) => p.kind === 'deal');
  // "the deal" with no earlier proposal of its kind: the article's first, leading plan, deal or draft.
  const lead = proposals.findIndex((p) => p.content.start < at && /^(plan|deal|resolution|proposal|offer)$/.test(p.kind));
  if (lead >= 0) return lead;
  // A lead that names "the deal" before the article spells out its terms: the first of its kinds, else of any leading kind.
  return before((p) => kinds.includes(p.kind)) ?? before((p) => /^(plan|deal|resolution|proposal|offer)$/.test(p.kind));
}

/** The first definite plan phrase in a participle clause right after a clause (", saying the deal ..."), as a span. */
function saidAfter(doc: Document, s: Sentence, end: number): Span | undefined {
  const tokens = doc.tokens!;
  const k = tokenAt(tokens, end);
  if (tokens[k]?.text !== ',' || !/^(saying|adding|arguing|noting|stressing)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  const stop = clauseEnd(tokens, s, k + 2, true);
  for (let n = k + 2; n < stop; n++) {
    if (/^(the|this|that|its|their)$/.test(tokens[n]!.lower) && n + 1 < stop) {
      const noun = tokens.slice(n + 1, Math.min(stop, n + 4)).find((t) => REFERRING_NOUNS.test(t.lower));
      if (noun) return { start: tokens[n]!.start, end: noun.end };
    }
  }
  return undefined;
}

/** Whether the plan noun that introduces a proposal (the nearest before it in its sentence, else one opening it)
 *  matches ("three amendments drafted by Peru, one of which ..." is an amendment). */
function namedAs(doc: Document, p: Proposal, noun: RegExp): boolean {
  const tokens = doc.tokens!;
  const first = tokenAt(tokens, p.content.start);
  const s = doc.sentences![tokens[first]!.sentence]!;
  for (let k = first - 1; k >= Math.max(s.first, first - 12); k--) if (PLAN_NOUNS.test(tokens[k]!.lower)) return noun.test(tokens[k]!.lower);
  for (let k = first; k < Math.min(s.last, first + 3); k++) if (PLAN_NOUNS.test(tokens[k]!.lower)) return noun.test(tokens[k]!.lower);
  // "It considered five amendments. Three, tabled by Peru, would have ...": named by the noun its count stands for.
  const counted = countedNoun(doc, s);
  return counted !== undefined && noun.test(counted.lower);
}

/** Content words of a span, where a country counts as one word however it is named ("Lima", "Peru", "Peruvian")
 *  and any other actor by its identity. */
function wordsOf(doc: Document, span: Span): Set<string> {
  const tokens = doc.tokens!;
  const names = doc.mentions!.filter((m) => m.actor !== undefined && m.start >= span.start && m.end <= span.end);
  const key = (actor: number): string => doc.actors![actor]!.type === 'Country' ? `#${doc.actors![actor]!.label}` : `@${actor}`;
  return contentWords(tokens, span, (i) => {
    const t = tokens[i]!;
    const named = names.find((m) => m.start <= t.start && t.end <= m.end);
    if (named) return key(named.actor!);
    const country = gazetteer.get(t.text)?.type === 'Country' ? gazetteer.get(t.text)!.name : countryByAdjective.get(t.text);
    return country ? `#${country}` : undefined;
  });
}

const PROPOSAL_WORDS = new WeakMap<Proposal, Set<string>>();

/** The proposal sharing the most content words with a span (at least two, one of them not a name, and a third of the larger set). */
function similarProposal(doc: Document, proposals: readonly Proposal[], span: Span): number | undefined {
  const words = wordsOf(doc, span);
  let best: number | undefined;
  let bestScore = 0;
  proposals.forEach((p, i) => {
    let pw = PROPOSAL_WORDS.get(p);
    if (!pw) { pw = wordsOf(doc, p.content); PROPOSAL_WORDS.set(p, pw); }
    const common = [...words].filter((w) => pw.has(w));
    const shared = common.length;
    const score = shared / Math.max(1, words.size, pw.size);
    // Names alone ("Chile", "Peru") do not make two courses alike: at least one other word is shared.
    if (shared >= 2 && common.some((w) => !/^[#@]/.test(w)) && score >= 0.34 && score > bestScore) { best = i; bestScore = score; }
  });
  return best;
}

function chooseTarget(doc: Document, proposals: readonly Proposal[], clause: Span, object: Span): Target | undefined {
  // "welcomed the agreement and called on all parties to ...": a definite plan noun right after the cue
  // names the target before any proposal later in the clause.
  const head = object.end > object.start
    ? { start: object.start, end: Math.min(object.end, doc.tokens![Math.min(doc.tokens!.length - 1, tokenAt(doc.tokens!, object.start) + 2)]!.end) } : undefined;
  const definite = head && /^(the|this|that|these|those|its|their|such)$/i.test(doc.tokens![tokenAt(doc.tokens!, object.start)]!.text);
  const direct = head && definite ? proposalReference(doc, proposals, head, clause.start) : undefined;
  if (direct !== undefined && !proposals.some((p) => overlap(p.content, head!))) return { kind: 'proposal', proposal: direct };
  // "voted in favour because the text reflected ...": a reason clause is not what the stance is about.
  const reason = /\s(because|since)\s/.exec(doc.text.slice(clause.start, clause.end));
  if (reason) clause = { start: clause.start, end: clause.start + reason.index };
  const inside = proposals.findIndex((p) => overlap(p.content, clause));
  if (inside >= 0) return { kind: 'proposal', proposal: inside };
  const text = doc.text.slice(clause.start, clause.end);
  const anaphor = ANAPHOR.exec(text);
  if (anaphor) {
    // "the deal", "the proposal": a plan noun refers back to an earlier proposal of its kind first.
    const at = clause.start + anaphor.index;
    const typed = /^(the|this|that) /i.test(anaphor[0]) ? proposalReference(doc, proposals, { start: at, end: at + anaphor[0].length }, clause.start) : undefined;
    if (typed !== undefined) return { kind: 'proposal', proposal: typed };
    const before = proposals.map((p, i) => [p, i] as const).filter(([p]) => p.content.end <= clause.start).at(-1);
    if (before) return { kind: 'proposal', proposal: before[1] };
  }
  const referred = proposalReference(doc, proposals, object, clause.start);
  if (referred !== undefined) return { kind: 'proposal', proposal: referred };
  const best = similarProposal(doc, proposals, object);
  if (best !== undefined) return { kind: 'proposal', proposal: best };
  const label = doc.text.slice(object.start, object.end).replace(/\s+/g, ' ').replace(/[\s.,;:!?"“”]+$/u, '').trim();
  if (!/[\p{L}]/u.test(label)) return undefined;
  // "rejected that idea", "ready to back those steps": a topic that only points back, to no proposal found, names nothing.
  const first = tokenAt(doc.tokens!, object.start);
  const pointing = (t: Token, n: number): boolean => /^(this|these|those|such|it|them)$/.test(t.lower)
    || t.lower === 'that' && doc.tokens![first + n + 1]?.pos === 'NOUN';
  if (doc.tokens!.slice(first, first + 3).some((t, n) => t.end <= object.end && pointing(t, n))) return undefined;
  return { kind: 'topic', label, span: object };
}

/** The object of a cue: "on X" after a neutral cue, else the words after the cue to the clause end (at most 12). */
function objectAfter(doc: Document, s: Sentence, end: number, stance: Stance): Span | undefined {
  const tokens = doc.tokens!;
  let from = end;
  // "an impartial position ... on the border dispute": a neutral stance names its topic after "on".
  if (stance === 'neutral') for (let k = end; k < Math.min(s.last, end + 14); k++) if (/^(on|over|about|regarding|towards|toward)$/.test(tokens[k]!.lower)) { from = k + 1; break; }
  // "rejected that idea": "that" is a determiner before a noun, kept; before a clause it is skipped.
  while (from < s.last && /^(to|that|with|of|as)$/.test(tokens[from]!.lower) && from === end
    && !(tokens[from]!.lower === 'that' && /^(NOUN|ADJ)$/.test(tokens[from + 1]?.pos ?? ''))) from++;
  if (from >= s.last) return undefined;
  // "What Chile rejects is any delay": in a pseudo-cleft the object follows the copula.
  if (from === end && /^(is|was)$/.test(tokens[from]!.lower) && tokens.slice(Math.max(s.first, end - 6), end).some((t) => t.lower === 'what')) from++;
  // "took credit in a speech, arguing ...": a place or medium phrase is no object; what follows it may be.
  if (from === end && /^(in|at|during|via|through)$/.test(tokens[from]!.lower) && stance !== 'neutral') {
    let k = from + 1;
    while (k < s.last && /^(DET|ADJ|NOUN|PROPN|NUM|PART|ADP)$/.test(tokens[k]!.pos)) k++;
    if (k >= s.last || /^[,;:.]$/.test(tokens[k]!.text)) return undefined;
  }
  // "abstained because ...", "objected when ...": an adverbial clause is not what the stance is about; nor is a
  // coordinated verb ("will support and protect").
  if (from === end && /^(and|or|but|nor)$/.test(tokens[from]!.lower)) return undefined;
  if (/^(because|since|after|before|when|while|although|though|if|unless|until|as)$/.test(tokens[from]!.lower) && from === end) return undefined;
  let stop = clauseEnd(tokens, s, from, true);
  if (stop - from > 12) stop = from + 12;
  if (stop <= from) return undefined;
  return tokenSpan(tokens, from, stop);
}

/** A one-word verb cue in the passive ("were rejected", "would be firmly blocked by X"): the subject noun
 *  phrase it is about and the "by" agent, if any. */
function passiveAt(doc: Document, s: Sentence, i: number, m: { cue: CueForm; end: number }): { object: Span; agent?: Mention } | undefined {
  const tokens = doc.tokens!;
  if (!m.cue.verb || m.cue.words.length !== 1 || !/(ed|wn|ld|ne)$/.test(tokens[i]!.lower)) return undefined;
  let j = i;
  while (j - 1 >= s.first && (/^(not|n't|never|also|still|already|firmly|strongly|flatly|widely|unanimously)$/.test(tokens[j - 1]!.lower) || /ly$/.test(tokens[j - 1]!.lower) && tokens[j - 1]!.pos === 'ADV')) j--;
  if (!/^(be|been|being|is|are|was|were|get|got)$/.test(tokens[j - 1]?.lower ?? '')) return undefined;
  let aux = j - 1;
  while (aux - 1 >= s.first && /^(will|would|could|should|may|might|must|can|has|have|had|not|n't|never)$/.test(tokens[aux - 1]!.lower)) aux--;
  let from = aux;
  while (from - 1 >= s.first && from > aux - 14 && !/^(that|which|,|;|:|["“”])$/.test(tokens[from - 1]!.lower)) from--;
  const object = from < aux ? tokenSpan(tokens, from, aux) : { start: tokens[aux]!.start, end: tokens[aux]!.start };
  let agent: Mention | undefined;
  if (tokens[m.end]?.lower === 'by' && m.end + 1 < s.last) {
    const at = tokens[m.end + 1]!.start;
    agent = doc.mentions!.filter((x) => x.actor !== undefined && x.start >= at && x.start <= at + 5).sort((a, b) => a.start - b.start)[0];
  }
  return { object, ...(agent ? { agent } : {}) };
}

/** "Ana Rojas, who opposed the truce, said ...": the subject of a relative clause is the name before ", who". */
function relativeSubject(doc: Document, s: Sentence, i: number): Mention | undefined {
  const tokens = doc.tokens!;
  let k = i - 1;
  while (k > s.first && (/^(AUX|ADV)$/.test(tokens[k]!.pos) || NEGATION.test(tokens[k]!.lower))) k--;
  if (!/^(who|which)$/.test(tokens[k]?.lower ?? '') || tokens[k - 1]?.text !== ',' || k - 2 < s.first) return undefined;
  const end = tokens[k - 2]!.end;
  return doc.mentions!.filter((m) => m.actor !== undefined && m.end === end).sort((a, b) => a.start - b.start)[0];
}

/** The actors coordinated before a subject ("Chile, Bolivia and [Peru]"), nearest first. */
function conjuncts(doc: Document, s: Sentence, subject: Mention): number[] {
  const tokens = doc.tokens!;
  const out: number[] = [];
  let k = tokenAt(tokens, subject.start) - 1;
  if (tokens[k]?.lower !== 'and') return out;
  while (k > s.first && out.length < 6 && /^(and|,)$/.test(tokens[k]!.lower)) {
    const end = tokens[k - 1]!.end;
    const m = doc.mentions!.filter((x) => x.actor !== undefined && x.end === end).sort((a, b) => a.start - b.start)[0];
    if (!m || m.actor === subject.actor) break;
    out.push(m.actor!);
    k = tokenAt(tokens, m.start) - 1;
  }
  return out;
}

/** The mention opening the statement content piece that holds token i, when no verb stands between ("China has always held ..."). */
function contentSubject(doc: Document, statement: Statement | undefined, i: number): Mention | undefined {
  if (!statement) return undefined;
  const tokens = doc.tokens!;
  const piece = statement.content.find((c) => c.start <= tokens[i]!.start && c.end >= tokens[i]!.end);
  if (!piece) return undefined;
  const first = doc.mentions!.find((m) => m.start === piece.start && m.actor !== undefined);
  if (!first) return undefined;
  const between = tokens.slice(tokenAt(tokens, first.end), i);
  const verbs = between.filter((t) => t.pos === 'VERB' || t.pos === 'AUX').length;
  return verbs <= 2 && !between.some((t) => /^[,;]$/.test(t.text) || /^(that|which|who|but)$/.test(t.lower)) ? first : undefined;
}

const POSITIVE = grammar.evaluative.positive.map((w) => w.toLowerCase());
const NEGATIVE = grammar.evaluative.negative.map((w) => w.toLowerCase());

/** Negative phrases that carry their own negation ("not fair"). */
const NEGATED_NEGATIVE = NEGATIVE.filter((w) => /^(not|never) /.test(w));
/** A negation at most two words before one of the words ("would not harm", "is not a good deal"). */
const negatedBefore = (words: readonly string[]): RegExp =>
  new RegExp(`(?:\\bnot|n't|\\bcannot|\\bnever)(?: [\\p{L}'-]+){0,2} (?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) `, 'u');
const NEGATED_HARM = negatedBefore(NEGATIVE);
/** A word list split for finding in a spaced text: single words in a set, phrases with a space each side. */
interface WordList { readonly words: ReadonlySet<string>; readonly phrases: readonly string[] }
const wordList = (list: readonly string[]): WordList => ({
  words: new Set(list.filter((w) => !w.includes(' '))), phrases: list.filter((w) => w.includes(' ')).map((w) => ` ${w} `),
});
const SPACED = { negatedNegative: NEGATED_NEGATIVE.map((w) => ` ${w} `), negative: wordList(NEGATIVE), positive: wordList(POSITIVE) };
const NEGATED_GOOD = negatedBefore(POSITIVE);

function polarity(text: string): Stance | undefined {
  let t = ` ${text.toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{N}' -]+/gu, ' ')} `;
  const fixed = SPACED.negatedNegative.some((w) => t.includes(w));
  for (const w of SPACED.negatedNegative) t = t.replaceAll(w, ' ');
  const words = t.split(' ');
  const has = (list: WordList): boolean => list.phrases.some((w) => t.includes(w)) || words.some((w) => list.words.has(w));
  const negated = /(\bnot\b|n't\b|\bcannot\b|\bnever\b|\bno longer\b)/.test(t);
  const neg = fixed || has(SPACED.negative);
  const pos = has(SPACED.positive);
  // "would not harm anyone": a harm negated right before it reassures, and reads as support; "is not a good deal"
  // is opposition. A negation elsewhere ("a step that cannot be undone") leaves the reading open.
  if (neg && !pos) return !negated || fixed ? 'opposes' : NEGATED_HARM.test(t) ? 'supports' : undefined;
  if (pos && !neg) return !negated ? 'supports' : NEGATED_GOOD.test(t) ? 'opposes' : undefined;
  return undefined;
}

/** "a step that analysts said was useful": reported content that opens with its verb has the noun phrase before
 *  "that [speaker] said" as its subject. */
function relativeAntecedent(doc: Document, st: Statement): Span | undefined {
  const tokens = doc.tokens!;
  if (!st.speakerSpan) return undefined;
  let k = tokenAt(tokens, st.speakerSpan.start);
  if (!/^(that|which)$/.test(tokens[k]?.lower ?? '')) k--;
  if (!/^(that|which)$/.test(tokens[k]?.lower ?? '') || tokens[k - 1]?.pos !== 'NOUN') return undefined;
  let from = k - 1;
  while (from - 1 >= 0 && from > k - 5 && /^(DET|ADJ|NOUN)$/.test(tokens[from - 1]!.pos)) from--;
  return tokenSpan(tokens, from, k);
}

/** Where clauses start in a piece of reported content: its first word and the subject after each "that"
 *  ("said the sum was too low and that Chile could not accept it"). */
function clauseStarts(tokens: readonly Token[], piece: Span): number[] {
  const first = tokenAt(tokens, piece.start);
  const out = [first];
  for (let k = first + 1; k + 1 < tokens.length && tokens[k + 1]!.end <= piece.end; k++) {
    if (tokens[k]!.lower === 'that' && /^(DET|PRON|PROPN)$/.test(tokens[k + 1]!.pos) && !/^(that|which|who)$/.test(tokens[k + 1]!.lower)) out.push(k + 1);
  }
  return out;
}

const COPULA = /^(is|was|are|were|been|be)$/;

/** "the truce should let aid through": what a plan ought to do, said by someone counting on it, is support. */
function ought(tokens: readonly Token[], first: number, end: number): Stance | undefined {
  for (let k = first + 1; k < Math.min(tokens.length, first + 6) && tokens[k]!.end <= end; k++) {
    if (!/^(should|must)$/.test(tokens[k]!.lower)) continue;
    const next = tokens[k + 1];
    return next && next.pos === 'VERB' && !/^(not|n't|never|be|have)$/.test(next.lower) ? 'supports' : undefined;
  }
  return undefined;
}

/** "Lima's version of events was false", "the envoy's remarks were unjust": an evaluative adjective said of
 *  something an actor did or said (a noun phrase with that actor as possessor) is a stance on it. */
function topicEvaluation(doc: Document, first: number, end: number): { target: Target; stance: Stance } | undefined {
  const tokens = doc.tokens!;
  let k = first;
  while (k < tokens.length && tokens[k]!.end <= end && k - first < 10 && (/^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[k]!.pos)
    || /^(of|on|over|about|towards|toward|to|for|with|between)$/.test(tokens[k]!.lower) && k > first)) k++;
  // The head noun is the last word before a complement ("Lima's version [of events]").
  const prep = tokens.slice(first + 1, k).findIndex((t) => t.pos === 'ADP');
  const head = tokens[prep >= 0 ? first + prep : k - 1];
  if (k - first < 2 || !head || head.pos !== 'NOUN' || !COPULA.test(tokens[k]?.lower ?? '')) return undefined;
  // Whose act or words: a possessor ("Lima's", "the envoy's") inside the phrase.
  const possessed = tokens.slice(first, k).some((t, n) => n > 0 && /^['’]s$/.test(t.lower));
  if (!possessed) return undefined;
  let p = k + 1;
  let negated = false;
  for (; p < tokens.length && tokens[p]!.end <= end; p++) {
    const t = tokens[p]!;
    if (NEGATION.test(t.lower)) negated = true;
    else if (!(t.pos === 'ADV' || /^["“”'‘’]$/.test(t.text))) break;
  }
  // The predicate is an adjective phrase ("not reasonable", "false", "calm, careful and useful").
  const words: string[] = [];
  for (; p < tokens.length && tokens[p]!.end <= end && (tokens[p]!.pos === 'ADJ' || /^(ADV|CCONJ|PUNCT)$/.test(tokens[p]!.pos) && !/^[.;:]$/.test(tokens[p]!.text)); p++) {
    if (tokens[p]!.pos === 'ADJ') words.push(tokens[p]!.lower);
  }
  const pos = words.some((w) => POSITIVE.includes(w));
  const neg = words.some((w) => NEGATIVE.includes(w));
  // "was more important than ...": a comparison ranks things, it takes no stance.
  const compared = tokens.slice(k + 1, p + 1).some((t) => /^(more|less|most|least|than|as)$/.test(t.lower));
  if (pos === neg || compared) return undefined;
  const stance: Stance = pos !== negated ? 'supports' : 'opposes';
  const span = tokenSpan(tokens, first, k);
  return { target: { kind: 'topic', label: doc.text.slice(span.start, span.end), span }, stance };
}

/** "selling fuel to Lima would be a disaster": an evaluation of doing something that a proposal puts forward. */
function gerundEvaluation(doc: Document, proposals: readonly Proposal[], first: number, end: number): { target: Target; stance: Stance } | undefined {
  const tokens = doc.tokens!;
  if (!/ing$/.test(tokens[first]!.lower) || tokens[first]!.pos !== 'VERB') return undefined;
  let k = first + 1;
  while (k < tokens.length && tokens[k]!.end <= end && k - first < 10 && !/^(AUX|VERB|PUNCT)$/.test(tokens[k]!.pos)) k++;
  if (k - first < 2 || tokens[k]?.pos !== 'AUX' || tokens[k]!.end > end) return undefined;
  const stance = polarity(doc.text.slice(tokens[k]!.start, end));
  const proposal = stance ? similarProposal(doc, proposals, tokenSpan(tokens, first, k)) : undefined;
  return stance && proposal !== undefined ? { target: { kind: 'proposal', proposal }, stance } : undefined;
}

/** A speaker's evaluation of a proposal: its plan noun (or "it") as subject of an evaluative clause,
 *  or an evaluative word next to it ("what he called a reckless agreement"). */
function evaluations(doc: Document, proposals: readonly Proposal[], statements: readonly Statement[], out: Position[], seen: Set<string>): void {
  const tokens = doc.tokens!;
  statements.forEach((st, si) => {
    if (st.speaker === undefined) return;
    for (const piece of st.content) {
      const starts = clauseStarts(tokens, piece);
      starts.forEach((first, n) => {
        const s = doc.sentences![tokens[first]?.sentence ?? -1];
        if (!s) return;
        const clause = { start: tokens[first]!.start, end: n + 1 < starts.length ? tokens[starts[n + 1]! - 2]!.end : piece.end };
        const subjectEnd = Math.min(s.last, first + 5);
        // "We welcome the decision. ...": a plan noun after a verb is an object, not the subject evaluated.
        const lead = tokens.slice(first, subjectEnd);
        const det = lead.findIndex((t) => /^(the|this|that|these|those|its|their|it)$/.test(t.lower));
        if (det > 0 && lead[det - 1]!.pos === 'VERB') return;
        const antecedent = n === 0 && !/^(DET|PRON|PROPN|NOUN|NUM)$/.test(tokens[first]!.pos) ? relativeAntecedent(doc, st) : undefined;
        // "it was a step forward": an evaluation through a pronoun needs a plan named just before it to be about.
        if (/^(it|this|that)$/.test(tokens[first]!.lower) && /^(AUX|VERB)$/.test(tokens[first + 1]?.pos ?? '') && !planPhraseBefore(doc, first)) return;
        const reference = proposalReference(doc, proposals, antecedent ?? { start: clause.start, end: tokens[subjectEnd - 1]!.end }, antecedent?.start ?? clause.start);
        const planSubject = /^(the|this|that|its|their)$/.test(tokens[first]!.lower) || parallelPlanSubject(doc, s, first) !== undefined;
        const stance = reference === undefined ? undefined : polarity(doc.text.slice(clause.start, clause.end)) ?? (planSubject ? ought(tokens, first, clause.end) : undefined);
        const topic = reference === undefined ? topicEvaluation(doc, first, clause.end) ?? gerundEvaluation(doc, proposals, first, clause.end) : undefined;
        const target: Target | undefined = reference !== undefined ? { kind: 'proposal', proposal: reference } : topic?.target;
        const chosen = stance ?? topic?.stance;
        if (!target || !chosen) return;
        const key = `${st.speaker}|${chosen}|${target.kind === 'proposal' ? 'p' + target.proposal : target.label.toLowerCase()}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ holder: st.speaker!, stance: chosen, target, evidence: clause, statements: [si], confidence: 0.45 });
      });
    }
  });
  for (const s of doc.sentences!) {
    if (s.header) continue;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (!DESCRIBING_VERBS.test(t.lower)) continue;
      const subject = subjectBefore(doc, s, i);
      if (subject?.actor === undefined) continue;
      const end = clauseEnd(tokens, s, i + 1, true);
      const span = tokenSpan(tokens, i + 1, end);
      const stance = polarity(doc.text.slice(span.start, span.end));
      const noun = tokens.slice(i + 1, end).find((x) => PLAN_NOUNS.test(x.lower));
      if (!stance || !noun) continue;
      const reference = proposalReference(doc, proposals, { start: noun.start - 4 < span.start ? span.start : tokens[tokenAt(tokens, noun.start) - 1]!.start, end: noun.end }, t.start)
        ?? proposalReference(doc, proposals, span, t.start);
      if (reference === undefined) continue;
      const key = `${subject.actor}|${stance}|p${reference}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ holder: subject.actor, stance, target: { kind: 'proposal', proposal: reference }, evidence: tokenSpan(tokens, tokenAt(tokens, subject.start), end), statements: [], confidence: 0.45 });
    }
  }
}

/** What a refusal to comment is about: the proposal put in the same or the paragraph before (a question just
 *  asked), else the article's leading proposal named before it. */
function refusalTarget(doc: Document, proposals: readonly Proposal[], at: number): number | undefined {
  const tokens = doc.tokens!;
  const paragraph = (pos: number): number => doc.sentences![tokens[Math.min(tokens.length - 1, tokenAt(tokens, pos))]!.sentence]!.paragraph;
  const here = paragraph(at);
  const earlier = proposals.map((p, i) => [p, i] as const).filter(([p]) => p.content.end <= at);
  const near = earlier.filter(([p]) => here - paragraph(p.content.start) <= 1).at(-1);
  return near ? near[1] : earlier[0]?.[1];
}

/** "I'm not going to preview budget decisions", "we won't speculate on ...": a refusal outside the stance lexicon. */
function refusals(doc: Document, proposals: readonly Proposal[], statements: readonly Statement[], out: Position[], seen: Set<string>): void {
  const tokens = doc.tokens!;
  for (const s of doc.sentences!) {
    if (s.header) continue;
    for (let i = s.first + 2; i < s.last; i++) {
      if (!REFUSED_ACTS.test(tokens[i]!.lower)) continue;
      const going = tokens[i - 1]!.lower === 'to' && tokens[i - 2]!.lower === 'going' && /^(not|n't)$/.test(tokens[i - 3]?.lower ?? '');
      const wont = /^(not|n't)$/.test(tokens[i - 1]!.lower) && /^(will|wo|would|ca|can)$/.test(tokens[i - 2]!.lower);
      if (!going && !wont) continue;
      const neg = going ? i - 3 : i - 1;
      let j = neg;
      while (j > s.first && /^(is|are|am|'m|'re|'s|was|were|will|wo|would|ca|can)$/.test(tokens[j - 1]!.lower)) j--;
      const subject = subjectBefore(doc, s, j + (j < neg ? 1 : 0)) ?? subjectBefore(doc, s, j);
      const si = statements.findIndex((st) => st.content.some((c) => c.start <= tokens[i]!.start && c.end >= tokens[i]!.end));
      const first = tokens[j - 1]?.lower ?? '';
      const holder = /^(i|we)$/.test(first) || subject === undefined ? statements[si]?.speaker : subject.actor;
      if (holder === undefined) continue;
      let from = i + 1;
      if (/^(on|about)$/.test(tokens[from]?.lower ?? '')) from++;
      const end = clauseEnd(tokens, s, from, true);
      const object = end > from ? tokenSpan(tokens, from, end) : undefined;
      const chosen = object ? chooseTarget(doc, proposals, object, object) : undefined;
      const reference = chosen?.kind === 'proposal' ? chosen.proposal : refusalTarget(doc, proposals, tokens[i]!.start);
      if (reference === undefined) continue;
      const key = `${holder}|neutral|p${reference}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ holder, stance: 'neutral', target: { kind: 'proposal', proposal: reference }, evidence: tokenSpan(tokens, Math.max(s.first, j - 1), end > i ? end : i + 1),
        statements: si >= 0 ? [si] : [], confidence: 0.45 });
    }
  }
}

/** "X urged / called on Y to approve the agreement": whoever presses others to accept, honour or carry out
 *  a proposal already named supports it. */
function appeals(doc: Document, proposals: readonly Proposal[], statements: readonly Statement[], out: Position[], seen: Set<string>): void {
  const tokens = doc.tokens!;
  for (const s of doc.sentences!) {
    if (s.header) continue;
    for (let i = s.first; i < s.last; i++) {
      if (!APPEAL_VERBS.test(tokens[i]!.lower) || tokens[i]!.pos !== 'VERB') continue;
      let to = i + 1;
      while (to < s.last && to - i < 9 && tokens[to]!.lower !== 'to' && !/^[,;:]$/.test(tokens[to]!.text)) to++;
      if (tokens[to]?.lower !== 'to' || !UPHOLD_VERBS.test(tokens[to + 1]?.lower ?? '')) continue;
      const end = clauseEnd(tokens, s, to + 2, true);
      if (end <= to + 2) continue;
      const reference = proposalReference(doc, proposals, tokenSpan(tokens, to + 2, end), tokens[i]!.start);
      if (reference === undefined) continue;
      const subject = subjectBefore(doc, s, i);
      const statementIndex = statements.findIndex((st) => st.content.some((c) => c.start <= tokens[i]!.start && c.end >= tokens[i]!.end));
      const holder = subject?.actor ?? statements[statementIndex]?.speaker;
      if (holder === undefined) continue;
      const key = `${holder}|supports|p${reference}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ holder, stance: 'supports', target: { kind: 'proposal', proposal: reference }, evidence: tokenSpan(tokens, subject ? tokenAt(tokens, subject.start) : i, end),
        statements: statementIndex >= 0 ? [statementIndex] : [], confidence: 0.55 });
    }
  }
}

// Word tests run on every token of an article are compiled once, here.
const APPEAL_VERBS = /^(urge[sd]?|urging|call(s|ed)?|calling|press(es|ed)?|ask(s|ed)?|encourage[sd]?|appeal(s|ed)?)$/;
const REFUSED_ACTS = /^(comment|preview|speculate)$/;
const DESCRIBING_VERBS = /^(called|calls|call|described|describes|describe|denounced|branded|labelled|labeled|termed|dubbed)$/;
const UPHOLD_VERBS = /^(approve|honou?r|implement|accept|sign|respect|ratify|uphold|abide|back|support|endorse|observe|adopt|finalize|finalise|seal)$/;

/** The state a delegate speaks for, as "his delegation" or "her country": the speaker's own country, or the one
 *  named in brackets after the speaker's name ("ANA ROJAS (Chile) said ..."); else the speaker. */
function delegationOf(doc: Document, speaker: number): number {
  const actors = doc.actors!;
  const affiliation = actors[speaker]!.affiliation;
  if (affiliation !== undefined && actors[affiliation]!.type === 'Country') return affiliation;
  const mentions = doc.mentions!;
  for (const m of mentions) {
    if (m.actor !== speaker) continue;
    const open = /^\s*\(/.exec(doc.text.slice(m.end, m.end + 3));
    if (!open) continue;
    const at = m.end + open[0].length;
    const country = mentions.find((x) => x.actor !== undefined && x.start === at && actors[x.actor]!.type === 'Country');
    if (country && /^\s*\)/.test(doc.text.slice(country.end, country.end + 2))) return country.actor!;
  }
  return speaker;
}

/** A recorded vote is the state's stance on the text voted on: another stance read for the same state on that
 *  text ("London could not support a text ..." beside its abstention) is a paraphrase, not a second position. */
function outvoted(positions: readonly Position[], tallied: number): Position[] {
  const votes = positions.slice(tallied);
  const target = (p: Position): number | undefined => (p.target.kind === 'proposal' ? p.target.proposal : undefined);
  return positions.filter((p, i) => i >= tallied || target(p) === undefined
    || !votes.some((v) => v.holder === p.holder && target(v) === target(p) && v.stance !== p.stance));
}

/** One position per stance-taker: a spokesperson's position and the same one of the body or state they speak for are one. */
function withoutEchoes(doc: Document, positions: readonly Position[], tallied: number): Position[] {
  const actors = doc.actors!;
  const bodies = (a: number): Set<number> => {
    const out = new Set<number>();
    for (let x = actors[a]?.affiliation, guard = 0; x !== undefined && guard < 4; x = actors[x]?.affiliation, guard++) out.add(x);
    return out;
  };
  const sameTarget = (x: Position, y: Position): boolean => x.target.kind === 'proposal' && y.target.kind === 'proposal' ? x.target.proposal === y.target.proposal
    : x.target.kind === 'topic' && y.target.kind === 'topic' && x.target.label === y.target.label;
  // Only one act of taking a stance is an echo: the same statement or sentence ("Chile stands ready to help," the
  // envoy said, of the plan the envoy put), or a recorded vote and the envoy's account of it. A state's stance and
  // its envoy's in another sentence are two.
  const tokens = doc.tokens!;
  const sentenceOf = (p: Position): number => tokens[Math.min(tokens.length - 1, tokenAt(tokens, p.evidence.start))]!.sentence;
  const together = (i: number, j: number): boolean => i >= tallied || j >= tallied
    || positions[i]!.statements.some((n) => positions[j]!.statements.includes(n)) || sentenceOf(positions[i]!) === sentenceOf(positions[j]!);
  // The surer of the two is kept (a recorded vote before a delegate's paraphrase of it), else the first.
  return positions.filter((p, i) => !positions.some((q, j) => j !== i && (q.confidence > p.confidence || q.confidence === p.confidence && j < i)
    && q.stance === p.stance && sameTarget(p, q) && (bodies(p.holder).has(q.holder) || bodies(q.holder).has(p.holder)) && together(i, j)));
}

/** A speaker who puts forward a course in their own words ("any deal should ...", "the offer remains open for them to join") supports it. */
function ownProposals(doc: Document, proposals: readonly Proposal[], statements: readonly Statement[], out: Position[], seen: Set<string>): void {
  proposals.forEach((p, pi) => {
    if (p.proposer === undefined || (p.kind !== 'proposal' && p.kind !== 'offer' && p.kind !== 'demand')) return;
    // "Both ports must share data, Interfax said": an outlet relays a course, it does not put it forward.
    if (doc.actors![p.proposer]?.media) return;
    const si = statements.findIndex((st) => st.speaker === p.proposer && st.content.some((c) => c.start <= p.content.start && c.end >= p.content.end));
    if (si < 0) return;
    const key = `${p.proposer}|supports|p${pi}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ holder: p.proposer, stance: 'supports', target: { kind: 'proposal', proposal: pi }, evidence: p.content, statements: [si], confidence: 0.4 });
  });
}

/** "Bolivia repeated Chile's demand that Peru withdraw", "Peru renewed its call for ...": whoever's demand is
 *  restated holds it (the possessor, or for "its"/"their" the subject that restates it). */
function restated(doc: Document, proposals: readonly Proposal[], out: Position[], seen: Set<string>): void {
  const tokens = doc.tokens!;
  proposals.forEach((p, pi) => {
    const k = tokenAt(tokens, p.content.start);
    const noun = /^(that|for|to)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
    if (!/^(demands?|calls?|proposals?|offer|plan|request|insistence)$/.test(tokens[noun]?.lower ?? '')) return;
    const s = doc.sentences![tokens[noun]!.sentence]!;
    let verb = noun - 1;
    let holder: number | undefined;
    if (/^['’]s$/.test(tokens[verb]?.lower ?? '')) {
      const possessor = doc.mentions!.find((m) => m.actor !== undefined && m.end === tokens[verb - 1]?.end);
      holder = possessor?.actor;
      verb = possessor ? tokenAt(tokens, possessor.start) - 1 : -1;
    } else if (/^(its|their|his|her)$/.test(tokens[verb]?.lower ?? '')) {
      verb--;
      holder = subjectBefore(doc, s, verb)?.actor;
    }
    if (holder === undefined || verb < s.first || !/^(reiterat|repeat|restat|renew|reaffirm|stress)/.test(tokens[verb]!.lower)) return;
    const key = `${holder}|supports|p${pi}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ holder, stance: 'supports', target: { kind: 'proposal', proposal: pi }, evidence: tokenSpan(tokens, verb, tokenAt(tokens, p.content.end)), statements: [], confidence: 0.5 });
  });
}

/** Vote tallies: "10 in favour to none against, with 5 abstentions (Denmark, France, ...)" and "the negative vote of X". */
function votes(doc: Document, proposals: readonly Proposal[], out: Position[], seen: Set<string>): void {
  const text = doc.text;
  for (const s of doc.sentences!) {
    if (s.header) continue;
    const sentence = text.slice(s.start, s.end);
    const target = (): number | undefined => {
      const here = proposals.findIndex((p) => p.content.start >= s.start && p.content.start < s.end);
      if (here >= 0) return here;
      // A tally follows the text voted on: a proposal further back is not what this vote was on.
      const previous = s.first > 0 ? doc.sentences![doc.tokens![s.first - 1]!.sentence] : undefined;
      const before = proposals.map((p, i) => [p, i] as const).filter(([p]) => p.content.start < s.start && previous !== undefined && p.content.start >= previous.start).at(-1);
      return before?.[1];
    };
    for (const m of sentence.matchAll(/\b(in favou?r|against|abstentions?|abstaining|abstained)\s*\(([^)]+)\)/gi)) {
      const stance: Stance = /favou?r/i.test(m[1]!) ? 'supports' : /against/i.test(m[1]!) ? 'opposes' : 'neutral';
      const start = s.start + m.index + m[0].indexOf('(') + 1;
      const end = start + m[2]!.length;
      const p = target();
      if (p === undefined) continue;
      for (const mention of doc.mentions!) {
        if (mention.actor === undefined || mention.start < start || mention.end > end) continue;
        const key = `${mention.actor}|${stance}|p${p}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ holder: mention.actor, stance, target: { kind: 'proposal', proposal: p }, evidence: { start: s.start + m.index, end: s.start + m.index + m[0].length }, statements: [], confidence: 0.8 });
      }
    }
    for (const m of sentence.matchAll(/\b(negative|affirmative) votes? (?:of|by) /gi)) {
      const at = s.start + m.index + m[0].length;
      const holder = doc.mentions!.find((x) => x.actor !== undefined && x.start >= at && x.start <= at + 4);
      const p = target();
      if (!holder || p === undefined) continue;
      const stance: Stance = /negative/i.test(m[1]!) ? 'opposes' : 'supports';
      const key = `${holder.actor}|${stance}|p${p}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ holder: holder.actor!, stance, target: { kind: 'proposal', proposal: p }, evidence: { start: s.start + m.index, end: holder.end }, statements: [], confidence: 0.7 });
    }
  }
}

export const positions: Stage = {
  name: 'positions',
  requires: ['sentences', 'tokens', 'mentions', 'actors', 'statements', 'proposals'],
  assigns: ['positions'],
  run(doc: Document) {
    const tokens = doc.tokens!;
    const statementsList: readonly Statement[] = doc.statements!;
    const proposalsList = doc.proposals!;
    const out: Position[] = [];
    const seen = new Set<string>();
    for (const s of doc.sentences!) {
      if (s.header) continue;
      for (let i = s.first; i < s.last; i++) {
        const m = matchCue(doc, i, s);
        if (!m) continue;
        const cueSpan = tokenSpan(tokens, i, m.end);
        const statementIndex = statementsList.findIndex((st) => st.content.some((c) => c.start <= cueSpan.start && c.end >= cueSpan.end));
        const statement = statementIndex >= 0 ? statementsList[statementIndex] : undefined;
        // "I don't want to guess": reluctance to do something oneself is no stance on another's course.
        if (/^want/.test(m.cue.words.at(-1)!) && tokens[m.end]?.lower === 'to') continue;
        // "needs to", "need for": a modal or a noun, not a want.
        if (m.cue.words[0] === 'need' || m.cue.words[0] === 'needs' || m.cue.words[0] === 'needed') {
          if (/^(to|for)$/.test(tokens[m.end]?.lower ?? '') || tokens[i]!.pos !== 'VERB' && !/^(not|n't|no)$/.test(tokens[i - 1]?.lower ?? '')) continue;
        }
        // An infinitive or gerund cue ("authority to sign", "promoting") has no stance-taker of its own.
        if (tokens[i - 1]?.lower === 'to' && m.cue.words[0] !== 'to' || /ing$/.test(tokens[i]!.lower) && !/^(is|are|was|were)$/.test(tokens[i - 1]?.lower ?? '')) continue;
        // "the amendments were not adopted", "any attempt ... would be blocked by X": in the passive the
        // subject is what the stance is about; only a "by" agent holds it.
        const passive = passiveAt(doc, s, i, m);
        if (passive) {
          if (!passive.agent || passive.object.end <= passive.object.start) continue;
          const negatedP = tokens.slice(Math.max(s.first, i - 3), i).some((t) => NEGATION.test(t.lower));
          const stanceP = negatedP ? flip(m.cue.stance) : m.cue.stance;
          let holderP = passive.agent.actor!;
          if (statement?.speaker !== undefined) {
            const speaker = doc.actors![statement.speaker]!;
            if (holderP === speaker.affiliation || (speaker.affiliation !== undefined && doc.actors![speaker.affiliation]!.affiliation === holderP)) holderP = statement.speaker;
          }
          const clauseP = { start: passive.object.start, end: passive.agent.end };
          const targetP = chooseTarget(doc, proposalsList, passive.object, passive.object);
          // A passive subject read as a free topic is too loose; only a proposal is kept.
          if (targetP?.kind !== 'proposal') continue;
          const keyP = `${holderP}|${stanceP}|p${targetP.proposal}`;
          if (seen.has(keyP)) continue;
          seen.add(keyP);
          out.push({ holder: holderP, stance: stanceP, target: targetP, evidence: clauseP, statements: statementIndex >= 0 ? [statementIndex] : [], confidence: statement ? 0.55 : 0.45 });
          i = m.end - 1;
          continue;
        }
        const subject = subjectBefore(doc, s, i) ?? relativeSubject(doc, s, i) ?? contentSubject(doc, statementIndex >= 0 ? statementsList[statementIndex]! : undefined, i);
        const subjectActor = subject && subject.kind !== 'pronoun' ? subject.actor : subject?.actor;
        // "We back the plan": a first-person subject is the speaker, resolved or not.
        let pronoun = i - 1;
        while (pronoun > s.first && pronoun > i - 4 && (/^(ADV|AUX)$/.test(tokens[pronoun]!.pos) || NEGATION.test(tokens[pronoun]!.lower))) pronoun--;
        const bare = !subject && pronoun >= s.first && /^(we|i)$/.test(tokens[pronoun]!.lower);
        // "his delegation voted against", "her country abstained": in reported speech, the speaker's own side.
        const ownSide = subject?.kind === 'pronoun' && /^(his|her|their|its)$/i.test(subject.text) && statement !== undefined
          && /^(delegation|country|government|administration|side)$/.test(tokens[tokenAt(tokens, subject.end)]?.lower ?? '');
        const we = subject ? /^(we|i|our)$/i.test(subject.text) || ownSide : bare;
        let holder: number | undefined;
        if (statement?.speaker !== undefined) {
          const speaker = doc.actors![statement.speaker]!;
          const speaksFor = subjectActor !== undefined && (subjectActor === speaker.affiliation
            || (speaker.affiliation !== undefined && doc.actors![speaker.affiliation]!.affiliation === subjectActor));
          // Without a subject of its own, a cue says nothing about who holds the stance.
          if (subjectActor === undefined && !we) continue;
          holder = subjectActor !== undefined && !we && !speaksFor ? subjectActor : ownSide ? delegationOf(doc, statement.speaker) : statement.speaker;
        } else if (subjectActor !== undefined && !we) {
          holder = subjectActor;
        }
        if (holder === undefined) continue;
        // "if Lima insisted on ...": a cue in a condition clause is a supposition, not a stance.
        if (subject && /^(if|unless|whether)$/.test(tokens[tokenAt(tokens, subject.start) - 1]?.lower ?? '')) continue;
        const negated = tokens.slice(Math.max(s.first, i - 3), i).some((t) => NEGATION.test(t.lower)) && !m.cue.words.some((w) => NEGATION.test(w));
        const stance = negated ? flip(m.cue.stance) : m.cue.stance;
        const from = subject ? tokenAt(tokens, subject.start) : i;
        const clause = tokenSpan(tokens, from, clauseEnd(tokens, s, m.end));
        const object = objectAfter(doc, s, m.end, stance);
        // A stance with nothing to be about ("did not immediately comment") is no position.
        let target = object ? chooseTarget(doc, proposalsList, clause, object) : chooseTarget(doc, proposalsList, clause, { start: clause.end, end: clause.end });
        // "took credit in a speech, arguing that the truce was his doing": with no object, the plan named in
        // the participle clause after the cue.
        if (!object && target === undefined) {
          const participle = saidAfter(doc, s, clause.end);
          if (participle !== undefined) {
            const named = proposalReference(doc, proposalsList, participle, participle.start);
            if (named !== undefined) target = { kind: 'proposal', proposal: named };
          }
        }
        // "Chile voted in favour because ...", "Peru abstained": a vote with no object is on the text at issue.
        if (!object && target === undefined && m.cue.words.some((w) => /^(vote[sd]?|voting|favou?r|abstain(s|ed|ing)?)$/.test(w))) {
          const draft = proposalsList.map((p, k) => [p, k] as const)
            .filter(([p]) => p.kind === 'resolution' && p.content.start < tokens[i]!.start && !namedAs(doc, p, /^amendments?$/)).at(-1)?.[1];
          const at = draft ?? refusalTarget(doc, proposalsList, tokens[i]!.start);
          if (at !== undefined) target = { kind: 'proposal', proposal: at };
        }
        if (!object && target?.kind !== 'proposal') continue;
        if (!target) continue;
        // An unresolved "we" ("we need change") is kept only where the stance is on a proposal of the article.
        if (bare && target.kind !== 'proposal') continue;
        // "too soon to tell whether prices will fall": an open question of fact is no topic to stand on
        // ("undecided on whether to join" still is).
        if (target.kind === 'topic' && stance === 'neutral' && /^(whether|if)\s+(?!to\s)/i.test(target.label)) continue;
        // "the Council adopted a resolution": a body adopting a text by vote reports an outcome; its members hold the stances.
        if (m.cue.words[0]!.startsWith('adopt') && doc.actors![holder]!.type === 'Organization' && subjectActor === holder) continue;
        // "would not comment on what it called routine exercises": a refusal to comment is about the proposal at issue.
        if (target.kind === 'topic' && m.cue.stance === 'neutral' && m.cue.words.some((w) => /^(comment|respond)$/.test(w))) {
          const at = refusalTarget(doc, proposalsList, tokens[i]!.start);
          if (at !== undefined) target = { kind: 'proposal', proposal: at };
        }
        // "Chile and Peru signed the accord": each of coordinated subjects holds the stance.
        const holders = holder === subjectActor && subject ? [...conjuncts(doc, s, subject), holder] : [holder];
        for (const h of holders) {
          const key = `${h}|${stance}|${target.kind === 'proposal' ? 'p' + target.proposal : target.label.toLowerCase()}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            holder: h, stance, target, evidence: clause,
            statements: statementIndex >= 0 ? [statementIndex] : [],
            confidence: Math.round(((statement ? 0.65 : 0.5) - (m.cue.conditional ? 0.1 : 0)) * 100) / 100,
          });
        }
        i = m.end - 1;
      }
    }
    evaluations(doc, proposalsList, statementsList, out, seen);
    appeals(doc, proposalsList, statementsList, out, seen);
    refusals(doc, proposalsList, statementsList, out, seen);
    ownProposals(doc, proposalsList, statementsList, out, seen);
    restated(doc, proposalsList, out, seen);
    const tallied = out.length;
    votes(doc, proposalsList, out, seen);
    return { ...doc, positions: withoutEchoes(doc, outvoted(out, tallied), tallied).map(positionShape) };
  },
};
