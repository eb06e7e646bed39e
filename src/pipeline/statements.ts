// Stage 6: statements. Finds reporting cues (lexicon verbs, "according to"), the speaker on either
// side of the cue (through appositives), and the content: the adjacent quote, the clause after
// the cue ("said (that) ..."), or the clause before it ("..., X said"), split around a mid-sentence
// attribution. Unattributed quotes continue the previous speaker; transcript answers ("A:") are
// the briefer's. Intermediaries ("according to Reuters", "told Axios") become reportedBy.
import { statementShape } from '../model/shapes.js';
import type { Document, Mention, Quote, Sentence, Span, Stage, Statement, Token } from '../model/document.js';
import { reporting, reportingByForm, grammar, wordSet, type ReportingEntry } from '../lexicon/index.js';
import { attributionFollows } from '../text/clauses.js';
import { addDays, findDates, lastWeekday, resolveMonthDay, WEEKDAYS } from '../text/dates.js';

const SPEECH_ADVERBS = wordSet(grammar.speechAdverbs);
const NEGATIONS = wordSet(grammar.negations);
/** Nouns for what holds information ("poll", "survey", "data", "video"): what they show is a claim of theirs. */
const INFORMATION_SOURCES = wordSet(grammar.informationSources);
const TRAILING = /[\s,.;:!?"“”'‘’—–-]+$/u;
const LEADING = /^[\s,.;:"“”'‘’—–-]+/u;

interface Cue {
  readonly index: number;     // first token
  readonly end: number;       // one past the last token
  readonly entry?: ReportingEntry;
  readonly according: boolean;
  /** A reporting noun with its owner: "the ministry's claim that ...", "his claim that", "warnings from X that". */
  readonly nominal?: { readonly owner: number; readonly that: number };
  /** Naming something as something: "called the plan a disaster". */
  readonly naming?: boolean;
  /** A finding without "that" ("showed Peru was ahead", "shows Rojas leading"): a claim only when an
   *  information source is the subject. */
  readonly sourceOnly?: boolean;
}

interface Found extends Statement {
  readonly sentence: number;
  readonly speakerMention?: number;
  readonly media?: boolean;
}

/** Trim a span of punctuation and spaces at both ends. */
function tidy(text: string, span: Span): Span {
  let { start, end } = span;
  const lead = LEADING.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = TRAILING.exec(text.slice(start, end));
  if (trail) end -= trail[0].length;
  return { start, end: Math.max(start, end) };
}

const words = (text: string, s: Span): number => (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;

class Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The document's mentions, plus unnamed speaker phrases found here (no actor). */
  readonly mentions: Mention[];
  /** Mention indexes by start and by end offset, in mention order. */
  private readonly byStart = new Map<number, number[]>();
  private readonly byEnd = new Map<number, number[]>();
  constructor(readonly doc: Document) {
    this.text = doc.text;
    this.tokens = doc.tokens!;
    this.mentions = [];
    for (const m of doc.mentions!) this.add(m);
  }
  private add(m: Mention): number {
    const i = this.mentions.push(m) - 1;
    const starting = this.byStart.get(m.start);
    if (starting) starting.push(i); else this.byStart.set(m.start, [i]);
    const ending = this.byEnd.get(m.end);
    if (ending) ending.push(i); else this.byEnd.set(m.end, [i]);
    return i;
  }
  /** Registers a noun phrase that names a speaker the entity stages did not ("police", "63 percent"). */
  phrase(first: number, last: number): number {
    const start = this.tokens[first]!.start;
    const end = this.tokens[last - 1]!.end;
    return this.add({ kind: 'description', start, end, text: this.text.slice(start, end) });
  }
  /** Index of the first token starting at or after `offset` (tokens.length if none). */
  tokenFrom(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  /** Whether a token inside the span (with its index) passes the test. */
  someTokenIn(span: Span, test: (t: Token, k: number) => boolean): boolean {
    for (let k = this.tokenFrom(span.start); k < this.tokens.length && this.tokens[k]!.start < span.end; k++) {
      if (this.tokens[k]!.end <= span.end && test(this.tokens[k]!, k)) return true;
    }
    return false;
  }
  /** The mention (resolved or not) whose span ends exactly at `end`, longest first. */
  mentionEndingAt(end: number): number | undefined {
    let best: number | undefined;
    for (const i of this.byEnd.get(end) ?? []) {
      const m = this.mentions[i]!;
      if (best === undefined || m.start < this.mentions[best]!.start || (m.start === this.mentions[best]!.start && m.kind !== 'title')) best = i;
    }
    return best;
  }
  /** The first mention starting in [start, limit], longest first. */
  mentionStartingAt(start: number, limit: number): number | undefined {
    let best: number | undefined;
    for (let at = start; at <= limit && best === undefined; at++) {
      for (const i of this.byStart.get(at) ?? []) {
        if (best === undefined || this.mentions[i]!.end > this.mentions[best]!.end) best = i;
      }
    }
    return best;
  }
  /** The widest mention covering the token span, if any. */
  covering(start: number, end: number): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.mentions) if (m.start <= start && m.end >= end && (!best || m.end - m.start > best.end - best.start)) best = m;
    return best;
  }
}

function cuesAhead(ctx: Context, s: Sentence, from: number): boolean {
  for (let k = from; k < s.last; k++) {
    if (ctx.tokens[k]!.text === ',') return reportingByForm.get(ctx.tokens[k + 1]?.lower ?? '')?.pos === 'verb';
  }
  return false;
}

/** An object and then a predicate noun phrase: "the plan a disaster", "him a liar", "it 'unacceptable'". */
function namingFollows(ctx: Context, s: Sentence, from: number): boolean {
  let k = from;
  const first = ctx.tokens[k];
  if (!first || /^(for|on|off|up|in|out|back)$/.test(first.lower)) return false;
  if (first.pos === 'PRON' && !/^(NOUN|ADJ|PROPN)$/.test(ctx.tokens[k + 1]?.pos ?? '')) k++;
  else {
    // The object may hold a possessive and "of"/"in favor of" phrases: "his vote in favor of the dam a mistake".
    const inObject = (t: Token, n: number): boolean => (/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos) || (n === 0 && (t.pos === 'PRON' || /^(half|all|most|some|many|both)$/.test(t.lower)))) && !/^(a|an)$/.test(t.lower)
      || (n > 0 && /^(of|in|on|for|to|with|from)$/.test(t.lower) && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(ctx.tokens[k + 1]?.pos ?? '') && !/^(a|an)$/.test(ctx.tokens[k + 1]!.lower));
    // An adjective after the object's noun is the predicate: "called the ruling unfair".
    while (k < s.last && k - from < 10 && inObject(ctx.tokens[k]!, k - from) && !(ctx.tokens[k]!.pos === 'ADJ' && /^(NOUN|PROPN)$/.test(ctx.tokens[k - 1]!.pos) && k > from)) k++;
    if (k === from) return false;
  }
  const next = ctx.tokens[k];
  if (!next) return false;
  // "called the police an hour later": a time is no predicate.
  if (/^(a|an)$/.test(next.lower)) return !/^(hour|minute|day|week|month|year|time|few|second|moment)s?$/.test(ctx.tokens[k + 1]?.lower ?? '');
  return /^["“]$/.test(next.text) || (k > from && (next.pos === 'ADJ' || (next.pos === 'VERB' && /^un\w+ed$/.test(next.lower))));
}

/** A clause without "that": a short noun phrase, then a finite verb before any punctuation ("believes
 *  his plan will work", "showed Peru was ahead"), not an object ("shows the way", "shows Peru leading"). */
function bareClauseFollows(ctx: Context, s: Sentence, from: number): boolean {
  const first = ctx.tokens[from];
  if (!first || !/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(first.pos) || /^(it|this|what|how|why|who|which|whether|if)$/.test(first.lower) && first.pos !== 'PRON') return false;
  if (/^(what|how|why|who|which|whether|if|me|him|us|them|you)$/.test(first.lower)) return false;
  if (first.lower === 'her' && !/^(NOUN|ADJ)$/.test(ctx.tokens[from + 1]?.pos ?? '')) return false;
  for (let k = from + 1; k < Math.min(s.last, from + 8); k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'AUX') return !/^(to|being)$/.test(ctx.tokens[k - 1]!.lower) && t.lower !== 'being';
    if (t.pos === 'VERB' && ctx.tokens[k - 1]!.lower === 'to') continue; // "her reforms to cut waste will ..."
    if (t.pos === 'VERB' && ctx.tokens[k - 1]!.pos === 'ADP') continue; // "points of focus": a noun after a preposition
    if (t.pos === 'VERB') return !/(ing)$/.test(t.lower);
    if (mannerAdverb(t) && /^(VERB|AUX)$/.test(ctx.tokens[k + 1]?.pos ?? '')) continue; // "the Post consistently rated ..."
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos) && !/^(of|in|for|from)$/.test(t.lower)) return false;
  }
  return false;
}

/** A clause with a subject noun phrase of its own, its nouns possibly joined by "and" or "of" ("many firms
 *  and the richest members of society have found ..."), then a finite verb. */
function subjectClauseFollows(ctx: Context, s: Sentence, from: number): boolean {
  const first = ctx.tokens[from];
  if (!first || !/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(first.pos) || /^(that|what|how|why|who|which|whether|if)$/.test(first.lower)) return false;
  for (let k = from + 1; k < Math.min(s.last, from + 12); k++) {
    const t = ctx.tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'VERB' && !/ing$/.test(t.lower) && ctx.tokens[k - 1]!.lower !== 'to') return true;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON|PART)$/.test(t.pos) && !/^(and|of)$/.test(t.lower)) return false;
  }
  return false;
}

/** Verbs that report a finding besides the evidence class: "the study found ...", "the audit revealed ...". */
const FINDING_LEMMAS: ReadonlySet<string> = new Set(['find', 'reveal']);

/** Whether a reporting entry reports a finding: an evidence verb ("show") or one of FINDING_LEMMAS. */
const findingVerb = (e: ReportingEntry | undefined): boolean => !!e && (e.class === 'evidence' || FINDING_LEMMAS.has(e.lemma));

/** A noun phrase with a participle or a predicate of standing after it, a small clause a finding can take
 *  ("shows the senator leading her rival", "showed Peru doing better", "shows Rojas narrowly ahead", "shows
 *  Rojas's lead eroding"), or a person with a with-phrase ("shows Rojas with a narrow lead", "shows him with
 *  his hands raised"); not an object with a modifier ("shows the growing gap", "shows the cost of leaving",
 *  "shows the border with Chile"). */
function smallClauseFollows(ctx: Context, s: Sentence, from: number): boolean {
  const first = ctx.tokens[from];
  if (!first || !(/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(first.pos) || /^(him|her|them|us)$/.test(first.lower))) return false;
  let name = from;
  while (name < s.last && ctx.tokens[name]!.pos === 'PROPN') name++;
  if (ctx.tokens[first.pos === 'PROPN' ? name : from + 1]?.lower === 'with' && (first.pos === 'PROPN' || first.pos === 'PRON')) return true;
  // After a possessive the next word is a noun whatever its tag ("Rojas's lead").
  const possessed = (k: number): boolean => /^['’]s$/.test(ctx.tokens[k - 1]?.text ?? '');
  for (let k = from + 1; k < Math.min(s.last, from + 8); k++) {
    const t = ctx.tokens[k]!;
    const head = /^(NOUN|PROPN|PRON|NUM)$/.test(ctx.tokens[k - 1]!.pos) || possessed(k - 1);
    if (t.pos === 'VERB' && /ing$/.test(t.lower)) return head;
    // "Rojas ahead by three points", "Rojas narrowly ahead".
    const adverb = t.pos === 'ADV' && /^(ahead|behind|tied)$/.test(ctx.tokens[k + 1]?.lower ?? '');
    if (/^(ahead|behind|tied)$/.test(t.lower)) return head || ctx.tokens[k - 1]!.pos === 'ADV' && /^(NOUN|PROPN|PRON|NUM)$/.test(ctx.tokens[k - 2]?.pos ?? '');
    if (!adverb && !possessed(k) && !/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos)) return false;
  }
  return false;
}

/** A question word and a clause after optional adverbials: "shows (in detail) how the firms hid profits",
 *  "found why the dam broke". */
function whClauseFollows(ctx: Context, s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(s.last, from + 4); k++) {
    const t = ctx.tokens[k]!;
    if (/^(how|why|whether|what|who)$/.test(t.lower)) return k + 1 < s.last && isClause(ctx, { start: ctx.tokens[k + 1]!.start, end: s.end });
    if (!/^(ADV|ADP|NOUN)$/.test(t.pos)) return false;
  }
  return false;
}

/** Where the subject before a cue starts and its head, when an information source heads it: "Instant polls",
 *  "Video of the crash", "the average of polls taken over the past two weeks", "leaked records from her tax
 *  return", "research conducted by the Andes Institute", "A new analysis of the filings that ..., shows".
 *  Walks back from the cue over the subject's modifiers (prepositional phrases, names, a participle after a
 *  noun) to where the clause starts; the first noun phrase there is the subject. */
function sourceSubject(ctx: Context, s: Sentence, cue: number): { start: number; head: number } | undefined {
  let end = subjectEnd(ctx, s, cue);
  // An aside between dashes before the verb: the subject ends before it ("The transcript -- published by ... -- shows").
  if (/^(—|–|--)$/.test(ctx.tokens[end - 1]?.text ?? '')) {
    let open = end - 2;
    while (open > s.first && end - open < 30 && ctx.tokens[open]!.text !== ctx.tokens[end - 1]!.text) open--;
    if (open > s.first && ctx.tokens[open]!.text === ctx.tokens[end - 1]!.text) end = open;
  }
  let start = end;
  if (ctx.tokens[end - 1]?.text === ',') {
    // An aside closing before the verb: the subject opens the sentence.
    start = s.first;
    while (start < end && /^["“'‘(]$/.test(ctx.tokens[start]!.text)) start++;
  } else {
    for (let k = end - 1; k >= s.first && end - k <= 25; k--) {
      const t = ctx.tokens[k]!;
      const m = ctx.mentionEndingAt(t.end);
      if (m !== undefined && /^(name|alias)$/.test(ctx.mentions[m]!.kind) && ctx.mentions[m]!.start < t.start) {
        k = ctx.tokenFrom(ctx.mentions[m]!.start); // over a name ("the Center for Media and Public Affairs")
        start = k;
        continue;
      }
      // A participle after the noun it modifies ("polls taken", "a study being released") or before it ("leaked records").
      const participle = t.pos === 'VERB' && /(ed|en|wn)$/.test(t.lower) && (/^(NOUN|PROPN)$/.test(ctx.tokens[k - 1]?.pos ?? '') || ctx.tokens[k - 1]?.lower === 'being' || ctx.tokens[k + 1]?.pos === 'NOUN')
        || t.lower === 'being' && ctx.tokens[k + 1]?.pos === 'VERB' && /^(NOUN|PROPN)$/.test(ctx.tokens[k - 1]?.pos ?? '');
      // "polls in Peru and Chile": nouns joined by "and".
      const joined = /^(and|or)$/.test(t.lower) && /^(NOUN|PROPN)$/.test(ctx.tokens[k - 1]?.pos ?? '') && /^(NOUN|PROPN)$/.test(ctx.tokens[k + 1]?.pos ?? '');
      const preposition = t.pos === 'ADP' && !/^(after|before|because|since|while|as|if|than|like|that)$/.test(t.lower);
      const possessive = t.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/.test(t.lower);
      // "newly filed", "campaign-finance": an adverb before a participle, a hyphen inside a word.
      const inWord = t.pos === 'ADV' && ctx.tokens[k + 1]?.pos === 'VERB' || inWordHyphen(ctx, k);
      if (!/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos) && !participle && !preposition && !possessive && !inWord && !joined) break;
      start = k;
    }
  }
  // The first noun phrase from there: its last noun is the head (a source noun whatever its tag: "The average").
  const noun = (x: Token): boolean => /^(NOUN|PROPN)$/.test(x.pos) || INFORMATION_SOURCES.has(x.lower);
  let k = start;
  while (k < end && !noun(ctx.tokens[k]!) && (/^(DET|ADJ|NUM|PART|PRON)$/.test(ctx.tokens[k]!.pos) || ctx.tokens[k]!.pos === 'VERB' && ctx.tokens[k + 1]?.pos === 'NOUN')) k++;
  let head: number | undefined;
  while (k < end && (noun(ctx.tokens[k]!) || ctx.tokens[k]!.pos === 'PART')) { if (ctx.tokens[k]!.pos !== 'PART') head = k; k++; }
  return head !== undefined && INFORMATION_SOURCES.has(ctx.tokens[head]!.lower) ? { start, head } : undefined;
}

/** "that" or ":" after optional adverbials: the clause a thought or evidence verb needs. */
function thatFollowsAfter(ctx: Context, s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(s.last, from + 6); k++) {
    const t = ctx.tokens[k]!;
    if (t.lower === 'that' || t.text === ':') return true;
    if (!/^(ADV|ADP|DET|NUM|PROPN)$/.test(t.pos) && !/^(on|in|at|last|this|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(t.lower)) return false;
  }
  return false;
}

/** Verbs that name something as something: "called the plan a disaster". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'branded', 'labelled', 'labeled', 'dubbed', 'termed']);

/** First words of the lexicon's multi-word reporting phrases. */
const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set([...reportingByForm].filter(([, e]) => e.pos === 'phrase').map(([form]) => form.split(' ')[0]!));

/** Multi-word reporting verbs from the lexicon: "pointed out", "made clear", "went on to say". */
function phraseAt(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const first = ctx.tokens[i]!;
  if (first.pos !== 'VERB' && first.pos !== 'AUX') return undefined;
  if (!PHRASE_FIRST_WORDS.has(first.lower)) return undefined;
  return lexiconPhrase(ctx, s, i, (e) => e.pos === 'phrase' && !e.negative);
}

/** The longest lexicon phrase of two to four words at i that passes `test`. */
function lexiconPhrase(ctx: Context, s: Sentence, i: number, test: (e: ReportingEntry) => boolean): Cue | undefined {
  for (let n = 4; n >= 2; n--) {
    if (i + n > s.last) continue;
    const entry = reportingByForm.get(ctx.tokens.slice(i, i + n).map((t) => t.lower).join(' '));
    if (entry && test(entry)) return { index: i, end: i + n, entry, according: false };
  }
  return undefined;
}

/** Reporting cues of a sentence, not negated ("did not say", "declined to comment"). */
/** A name or a personal pronoun ends right before token i ("Rojas notes", "she notes"). */
function namedBefore(ctx: Context, i: number): boolean {
  const m = ctx.mentionEndingAt(ctx.tokens[i - 1]!.end);
  return m !== undefined && /^(name|alias|pronoun)$/.test(ctx.mentions[m]!.kind) && ctx.mentions[m]!.actor !== undefined;
}

/** Reporting nouns by form ("claim" is a verb too: reportingByForm gives one entry per form). */
const NOUN_BY_FORM: ReadonlyMap<string, ReportingEntry> = new Map(reporting.filter((e) => e.pos === 'noun').flatMap((e) => e.forms.map((f) => [f.toLowerCase(), e] as const)));

/** The owner of a reporting noun with a that-clause, and where "that" is: "the ministry's (new) claim that",
 *  "his claim that", "a Lima Post report that", "warnings from her lawyer that". Beliefs and hopes
 *  ("their fear that ...") are thoughts, not reports, unless a name owns them with "'s". */
function nounOwner(ctx: Context, s: Sentence, i: number, noun: ReportingEntry): { owner: number; that: number } | undefined {
  const tok = (k: number): Token | undefined => (k >= s.first && k < s.last ? ctx.tokens[k] : undefined);
  // A complement clause, not a relative one: "the claim that Peru lied", not "the report that came out".
  const clause = (that: number): boolean => tok(that)?.lower === 'that' && /^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tok(that + 1)?.pos ?? '');
  const said = noun.class !== 'thought';
  if (tok(i + 1)?.lower === 'from' && said) {
    // "warnings from her lawyer that ...": the owner after the noun.
    let that = i + 2;
    while (that < s.last && that - i < 8 && /^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test(tok(that)!.pos) && tok(that)!.lower !== 'that') that++;
    if (that === i + 2 || !clause(that)) return undefined;
    const owner = ctx.mentionEndingAt(tok(that - 1)!.end) ?? nounPhraseEndingAt(ctx, s, that);
    return owner === undefined ? undefined : { owner, that };
  }
  if (!clause(i + 1)) return undefined;
  // Back over adjectives: "the ministry's repeated claim", "his earlier warning".
  let k = i - 1;
  while (k > s.first && i - k <= 2 && (tok(k)!.pos === 'ADJ' || /^(earlier|latest|repeated|new|own)$/.test(tok(k)!.lower))) k--;
  const before = tok(k);
  if (!before) return undefined;
  if (/^['’]s$/.test(before.text)) {
    const owner = ctx.mentionEndingAt(before.start) ?? nounPhraseEndingAt(ctx, s, k);
    return owner === undefined ? undefined : { owner, that: i + 1 };
  }
  // "Reuters reports that ..." is the verb.
  if (!said || (/s$/.test(ctx.tokens[i]!.lower) && reportingByForm.get(ctx.tokens[i]!.lower)?.pos === 'verb')) return undefined;
  // "a Reuters report": the entity stage may have read the name and the noun as one phrase.
  const phrase = ctx.mentionEndingAt(ctx.tokens[i]!.end);
  if (phrase !== undefined && ctx.mentions[phrase]!.start < ctx.tokens[k]!.start && ctx.someTokenIn({ start: ctx.mentions[phrase]!.start, end: ctx.tokens[k]!.end }, (x) => x.pos === 'PROPN')) {
    return { owner: phrase, that: i + 1 };
  }
  const owner = ctx.mentionEndingAt(before.end);
  if (owner === undefined) return undefined;
  const m = ctx.mentions[owner]!;
  // "his claim", "their report" (a possessive pronoun), or a name before the noun: "a Lima Post report".
  const possessive = m.kind === 'pronoun' && /^(his|her|their|its|our)$/.test(before.lower);
  const name = m.kind !== 'pronoun' && m.kind !== 'description' && m.actor !== undefined && m.end === before.end;
  return possessive || name ? { owner, that: i + 1 } : undefined;
}

/** Where the that-clause of a reporting noun ends: before a new clause after a comma ("Contrary to her
 *  claim that Peru lied, the data show ..."), or, with the noun in the subject, before the sentence's own
 *  verb ("The ministry's claim that the port was safe proved false"). */
function nounClause(ctx: Context, s: Sentence, cue: number, from: number, span: Span): Span {
  const finite = (k: number): boolean => ctx.tokens[k]!.pos === 'AUX' || (ctx.tokens[k]!.pos === 'VERB' && !/ing$/.test(ctx.tokens[k]!.lower) && ctx.tokens[k - 1]?.lower !== 'to');
  let subject = true;
  for (let k = s.first; k < cue && subject; k++) if (finite(k) || (/^(ADP|SCONJ)$/.test(ctx.tokens[k]!.pos) && ctx.tokens[k]!.lower !== 'of')) subject = false;
  let seen = false;
  let relative = false;
  for (let k = from; k < s.last && ctx.tokens[k]!.start < span.end; k++) {
    const t = ctx.tokens[k]!;
    let next = k + 1;
    while (next < s.last && /^[“”"'‘’]$/.test(ctx.tokens[next]!.text)) next++;
    if (t.text === ',' && /^(DET|PRON|NOUN|PROPN)$/.test(ctx.tokens[next]?.pos ?? '') && !/^(who|which|whose)$/.test(ctx.tokens[next]!.lower)) {
      for (let n = next + 1; n < Math.min(s.last, k + 6) && ctx.tokens[n]!.text !== ','; n++) if (finite(n)) return { start: span.start, end: t.start };
    }
    if (!finite(k)) continue;
    // A verb after an auxiliary, an adverb, a conjunction or a relative pronoun goes on with the same clause,
    // as does an auxiliary after a relative clause's verb ("that the men who voted were paid").
    const prev = ctx.tokens[k - 1]!;
    const goesOn = /^(AUX|ADV|PART|CCONJ|PUNCT)$/.test(prev.pos) || /^(who|which|that|and|or|but)$/.test(prev.lower) || (relative && prev.pos === 'VERB' && ctx.tokens[k]!.pos === 'AUX');
    if (seen && subject && !goesOn) return { start: span.start, end: prev.end };
    relative = /^(who|which|that)$/.test(prev.lower) && k > from + 1;
    seen = true;
  }
  return span;
}

/** A participle opening the sentence ("Claiming the vote was rigged, Rojas left the hall", "After saying
 *  the port was safe, she ..."): the main clause's subject speaks; what was said ends at the comma. */
function frontedReport(ctx: Context, s: Sentence, cue: Cue): { speaker: number; comma: number } | undefined {
  const t = ctx.tokens[cue.index]!;
  const lead = cue.index === s.first || (cue.index - 1 === s.first && /^(after|before|while|by)$/.test(ctx.tokens[s.first]!.lower));
  if (!lead || !/ing$/.test(t.lower) || !cue.entry || !/^(speech|announce|accuse|writing)$/.test(cue.entry.class) || cue.entry.pos !== 'verb') return undefined;
  // What was said follows at once: "Claiming the ...", "Saying that ...", not "Writing for a paper that ...".
  const first = ctx.tokens[cue.end];
  if (!first || (first.lower !== 'that' && !/^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(first.pos))) return undefined;
  let comma = cue.end;
  while (comma < s.last && ctx.tokens[comma]!.text !== ',' && comma - cue.end < 40) comma++;
  if (ctx.tokens[comma]?.text !== ',' || !isClause(ctx, { start: ctx.tokens[cue.end]!.start, end: ctx.tokens[comma]!.start })) return undefined;
  const subject = ctx.tokens[comma + 1];
  if (!subject) return undefined;
  const speaker = ctx.mentionStartingAt(subject.start, subject.start + 4);
  if (speaker === undefined) return undefined;
  // The subject, then its verb (or an appositive): "..., Rojas told", "..., the minister, who ..., left".
  const next = ctx.tokens[ctx.tokenFrom(ctx.mentions[speaker]!.end)];
  return next && (/^(VERB|AUX)$/.test(next.pos) || next.text === ',') ? { speaker, comma } : undefined;
}

/** Verbs that report speech only next to a quote: "She continued: ...", '"...," the letter reads.'. */
const QUOTE_VERBS: ReadonlySet<string> = new Set(['continued', 'continues', 'read', 'reads']);
const SAY = reportingByForm.get('said')!;

/** Every word that can start a cue: other words are passed over at once. */
const CUE_WORDS: ReadonlySet<string> = new Set(['according', 'citing', 'put', ...NAMING_VERBS, ...reportingByForm.keys(), ...PHRASE_FIRST_WORDS, ...QUOTE_VERBS]);

/** "As one analyst put it, ...": "put it" reports words only in an as-clause, the subject between. */
function asPutIt(ctx: Context, s: Sentence, i: number): boolean {
  if (ctx.tokens[i + 1]?.lower !== 'it' || ctx.tokens[i]!.pos !== 'VERB') return false;
  // Then punctuation, or a phrase naming the occasion or the time ("in a statement", "on Monday"), not a place
  // ("As she put it on the table, ...").
  let k = i + 2;
  if (!/^[,.;:—–"“”]$/.test(ctx.tokens[k]?.text ?? '')) {
    let occasion = false;
    for (; k < s.last && k - i < 14 && !/^[,;:]$/.test(ctx.tokens[k]!.text); k++) {
      const w = ctx.tokens[k]!.lower;
      if (NOUN_BY_FORM.has(w) || WEEKDAY.test(w) || /^(reporters|journalists|week|month|year|yesterday|today|morning|afternoon|evening|night)$/.test(w)) occasion = true;
    }
    if (!occasion || ctx.tokens[k]?.text !== ',') return false;
  }
  for (let k = i - 1; k >= s.first && i - k <= 25; k--) {
    const t = ctx.tokens[k]!;
    if (t.lower === 'as') return k < i - 1;
    if (/^[;:"“”]$/.test(t.text) || (t.pos === 'VERB' && !/^(has|have|had)$/.test(t.lower))) return false;
  }
  return false;
}

/** "As reported by the Lima Post, ...", "As stated in the report, ...": a passive as-clause naming the source. */
function asReportedBy(ctx: Context, s: Sentence, i: number): boolean {
  const as = ctx.tokens[i - 1];
  return !!as && as.lower === 'as' && i - 1 >= s.first && (i - 1 === s.first || /^[,;—–]$/.test(ctx.tokens[i - 2]!.text))
    && /^(by|in)$/.test(ctx.tokens[i + 1]?.lower ?? '') && /(ed|en)$/.test(ctx.tokens[i]!.lower);
}

function cuesOf(ctx: Context, s: Sentence): Cue[] {
  const cues: Cue[] = [];
  let names: Mention[] | undefined;
  for (let i = s.first; i < s.last; i++) {
    const t = ctx.tokens[i]!;
    if (!CUE_WORDS.has(t.lower)) continue;
    if (t.lower === 'according' && ctx.tokens[i + 1]?.lower === 'to' && i + 1 < s.last) {
      cues.push({ index: i, end: i + 2, according: true });
      i++;
      continue;
    }
    if (t.lower === 'citing' && i + 1 < s.last) {
      // "AFP, citing X, said ..." and "AFP reported, citing X, that ...": handled at the main verb.
      if (ctx.tokens[i - 1]?.text === ',' && (cuesAhead(ctx, s, i + 1) || ctx.tokens.slice(s.first, i).some((x) => x.pos === 'VERB' && reportingByForm.get(x.lower)?.pos === 'verb'))) continue;
      cues.push({ index: i, end: i + 1, according: true });
      continue;
    }
    // A word inside a name is not a cue ("Minister Omar Said added").
    if (/^\p{Lu}/u.test(t.text) && i > s.first) {
      names ??= ctx.doc.mentions!.filter((m) => m.kind === 'name' && m.start < s.end && m.end > s.start);
      if (names.some((m) => m.start <= t.start && m.end >= t.end)) continue;
      // Nor a capitalized word between capitalized words of a title ("the Death in Custody Reporting Act").
      const capital = (x: Token | undefined): boolean => !!x && /^\p{Lu}\p{Ll}/u.test(x.text);
      if (/^\p{Lu}\p{Ll}/u.test(t.text) && i - 1 > s.first && capital(ctx.tokens[i - 1]) && capital(ctx.tokens[i + 1])) continue;
    }
    const noun = NOUN_BY_FORM.get(t.lower);
    const nominal = noun && t.pos === 'NOUN' ? nounOwner(ctx, s, i, noun) : undefined;
    if (nominal) {
      cues.push({ index: i, end: i + 1, entry: noun, according: false, nominal });
      continue;
    }
    // "called the plan a disaster", "calls him a liar": naming something as something is a claim.
    if (NAMING_VERBS.has(t.lower) && t.pos === 'VERB' && namingFollows(ctx, s, i + 1)) {
      cues.push({ index: i, end: i + 1, according: false, naming: true });
      continue;
    }
    if (t.lower === 'put') {
      if (asPutIt(ctx, s, i)) { cues.push({ index: i, end: i + 2, entry: SAY, according: false }); i++; }
      continue;
    }
    // "As reported by X, ...": the source after "by" or "in" speaks, like "according to X".
    if (asReportedBy(ctx, s, i) && reportingByForm.get(t.lower)?.pos === 'verb') {
      cues.push({ index: i, end: i + 2, according: true });
      i++;
      continue;
    }
    const phrase = phraseAt(ctx, s, i);
    if (phrase && (insideLongQuote(ctx, t) || negatedOrHypothetical(ctx, s, i))) { i = phrase.end - 1; continue; }
    if (phrase) { cues.push(phrase); i = phrase.end - 1; continue; }
    // "She continued: ...", '"...," he continued.': going on speaking, next to a quote.
    if (QUOTE_VERBS.has(t.lower) && t.pos === 'VERB') {
      if (quoteBeside(ctx, s, i)) cues.push({ index: i, end: i + 1, entry: SAY, according: false });
      continue;
    }
    const entry = reportingByForm.get(t.lower);
    if (!entry || entry.pos !== 'verb' || entry.negative) continue;
    const thatFollows = /^(that|:)$/.test(ctx.tokens[i + 1]?.lower ?? '');
    // ("promising to lift ...": a commitment's participle the tagger read as an adjective.)
    const commitment = entry.object === 'infinitive' && ctx.tokens[i + 1]?.lower === 'to' && ctx.tokens[i + 2]?.pos === 'VERB';
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && !commitment && !/^(said|says|told|added|adding|claimed|noted|stressed|warned)$/.test(t.lower) && !(thatFollows && /s$/.test(t.lower) && ctx.tokens[i + 1]!.pos !== 'DET' && !/^(VERB|AUX)$/.test(ctx.tokens[i + 2]?.pos ?? ''))
      // Read as nouns: "though Rojas notes they ...", "..., warning that ..." (but "rules that promise ..." is a noun and a relative clause, with "that" a determiner to the tagger).
      && !(/s$/.test(t.lower) && i > s.first && namedBefore(ctx, i)) && !(thatFollows && /ing$/.test(t.lower) && ctx.tokens[i - 1]?.text === ',')
      && !findingAfterSource(ctx, s, i, entry)) continue;
    // Thought and evidence verbs report only with a that-clause: "shows that ...", not "shows the way".
    // A thought may also take a clause without "that" ("believes the plan will work"). A finding without
    // "that" (a bare clause, a small clause, or none: "..., a new poll shows") is a claim only when an
    // information source finds it ("the poll showed Peru was ahead", not "a draft showed Peru was asked").
    // A thought beside a quote voices it: '"..., it was a fair vote," Ana Rojas concluded.'
    const sourceOnly = sourceFinding(ctx, s, i, entry);
    if ((entry.class === 'evidence' || entry.class === 'thought') && !thatFollowsAfter(ctx, s, i + 1) && !(entry.class === 'thought' && (bareClauseFollows(ctx, s, i + 1) || quoteBeside(ctx, s, i))) && !sourceOnly) continue;
    // "agreed to a coalition": an act of agreeing, not a report ("agreed that ..." is one).
    // "the judges agreed it was a fair result": a clause with a pronoun subject is as good as one with "that".
    if (entry.object === 'that' && !thatFollowsAfter(ctx, s, i + 1)
      && !(/^(it|they|he|she|we|there)$/.test(ctx.tokens[i + 1]?.lower ?? '') && /^(AUX|VERB)$/.test(ctx.tokens[i + 2]?.pos ?? ''))) continue;
    const before = ctx.tokens.slice(Math.max(s.first, i - 3), i).map((x) => x.lower);
    if (negatedOrHypothetical(ctx, s, i)) continue;
    // "who asked not to be named": a request for anonymity, not a report.
    if (entry.lemma === 'ask' && ctx.tokens[i + 1]?.lower === 'not' && ctx.tokens[i + 2]?.lower === 'to') continue;
    // "to say", "wants to add": not a report; "appeared to suggest that ..." is one.
    if (ctx.tokens[i - 1]?.lower === 'to' && !/^(said|told|accuse)$/.test(t.lower) && ctx.tokens[i + 1]?.lower !== 'that' && !RAISING.has(ctx.tokens[i - 2]?.lower ?? '')) continue;
    // "was asked to agree", "urged Iran to return": a directive, not a report of speech ("is demanding that" is one).
    // ("were mistakenly charged fees": an adverb may stand between.)
    const passive = (k: number): boolean => /^(was|were|be|been|being|is|are)$/.test(ctx.tokens[k]?.lower ?? '');
    if ((passive(i - 1) || ctx.tokens[i - 1]?.pos === 'ADV' && /ly$/.test(ctx.tokens[i - 1]!.lower) && passive(i - 2)) && !/^(quoted|cited)$/.test(t.lower) && !/ing$/.test(t.lower)) continue;
    if (ctx.tokens[i + 1]?.lower === 'to' && /^(VERB|AUX)$/.test(ctx.tokens[i + 2]?.pos ?? '') && entry.object !== 'infinitive') continue;
    if (insideLongQuote(ctx, t)) continue;
    // "until the mediators confirmed", "on condition that Lima informs": a condition, not a report.
    if (before.length && /^(until|unless|if|once|whether)$/.test(ctx.tokens[i - 2]?.lower ?? '') || /^(until|unless|if|once)$/.test(ctx.tokens[i - 3]?.lower ?? '') && ctx.tokens[i - 1]?.pos !== 'PUNCT') continue;

    cues.push({ index: i, end: i + 1, entry, according: false, ...(sourceOnly ? { sourceOnly } : {}) });
  }
  return cues;
}

/** A quote right beside the verb at i: after it ("She continued: ...", 'continued, "...'), or closing just
 *  before its subject ('"...," he continued.'). */
function quoteBeside(ctx: Context, s: Sentence, i: number): boolean {
  const n1 = ctx.tokens[i + 1]?.text ?? '';
  const n2 = ctx.tokens[i + 2]?.text ?? '';
  if (n1 === ':' || /^[“"]$/.test(n1) || (n1 === ',' && /^[“"]$/.test(n2))) return true;
  let k = i - 1;
  while (k > s.first && i - k < 7 && !closingMark(ctx, k) && !/^(VERB|AUX)$/.test(ctx.tokens[k]!.pos)) k--;
  return /^[.,]$/.test(n1) && closingMark(ctx, k);
}

/** Whether a speaker mention is an actor named as the author: "a study by Ana Rojas", "research conducted by
 *  the Andes Institute"; not one who only saw or passed it on ("a draft seen by Reuters", "video released by the family"). */
function authorOf(ctx: Context, mention: number): boolean {
  const m = ctx.mentions[mention]!;
  let k = ctx.tokenFrom(m.start) - 1;
  if (ctx.tokens[k]?.pos === 'DET') k--;
  if (m.actor === undefined || ctx.tokens[k]?.lower !== 'by') return false;
  const before = ctx.tokens[k - 1];
  return !!before && (INFORMATION_SOURCES.has(before.lower) || /^(conducted|written|prepared|compiled|commissioned|produced|authored|led|done|out)$/.test(before.lower));
}

/** A finding verb the tagger read as a noun right after a subject that a source noun heads, a clause after
 *  it: "data from the survey show that ...", "the average shows Rojas leading". */
function findingAfterSource(ctx: Context, s: Sentence, i: number, entry: ReportingEntry): boolean {
  if (!findingVerb(entry)) return false;
  if (!thatFollowsAfter(ctx, s, i + 1) && !bareClauseFollows(ctx, s, i + 1) && !smallClauseFollows(ctx, s, i + 1)) return false;
  const last = ctx.tokens[i - 1];
  return !!last && i - 1 >= s.first && (/^(NOUN|PROPN)$/.test(last.pos) || INFORMATION_SOURCES.has(last.lower)) && sourceSubject(ctx, s, i) !== undefined;
}

/** Whether a finding verb at i reports, without "that", what an information source found: a bare clause,
 *  a small clause or a question after it, or nothing after it ("..., a new poll shows."), with a source noun
 *  heading its subject. (A thought verb's bare clause needs no such subject.) */
function sourceFinding(ctx: Context, s: Sentence, i: number, entry: ReportingEntry): boolean {
  if (!findingVerb(entry)) return false;
  if (/ing$/.test(ctx.tokens[i]!.lower) || thatFollowsAfter(ctx, s, i + 1)) return false;
  if (entry.class === 'thought' && bareClauseFollows(ctx, s, i + 1)) return false;
  const closes = i + 1 >= s.last || /^[.!?]$/.test(ctx.tokens[i + 1]!.text);
  if (!closes && !bareClauseFollows(ctx, s, i + 1) && !smallClauseFollows(ctx, s, i + 1) && !whClauseFollows(ctx, s, i + 1)) return false;
  return sourceSubject(ctx, s, i) !== undefined;
}

/** Negated ("did not say", "declined to comment", "would not comment") or hypothetical ("the union could
 *  threaten to strike", "leaders could call on the army"; "would only say" is a report) before token i.
 *  ('"No," said Rojas': a word on the other side of punctuation negates nothing here.) */
function negatedOrHypothetical(ctx: Context, s: Sentence, i: number): boolean {
  const before = ctx.tokens.slice(Math.max(s.first, i - 3), i).map((x) => x.lower);
  const clauseFrom = before.findLastIndex((w) => /^[\p{P}]+$/u.test(w) && w !== "n't");
  if (before.slice(clauseFrom + 1).some((w) => NEGATIONS.has(w))) return true;
  // (A capitalized "May" before the verb is a name: "Theresa May said".)
  const modal = (k: number): boolean => /^(could|might|may|should|would)$/.test(ctx.tokens[k]?.text ?? '');
  return modal(i - 1) || (!!ctx.tokens[i - 1] && mannerAdverb(ctx.tokens[i - 1]!) && modal(i - 2));
}

/** Inside quote marks the words are the quoted speaker's own ("We hope ...", "... made clear it would not"),
 *  not a new report. */
function insideLongQuote(ctx: Context, t: Token): boolean {
  return ctx.doc.quotes!.some((q) => q.inner.start <= t.start && q.inner.end >= t.end && words(ctx.text, q.inner) >= 4);
}

/** The first resolved mention of a sentence before `limit`, its likely subject; else a phrase opening the sentence. */
function subjectOfSentence(ctx: Context, s: Sentence, limit = s.end): number | undefined {
  let i = ctx.mentions.findIndex((m) => m.start >= s.start && m.end <= limit && m.actor !== undefined);
  // "Chile's foreign minister ..., saying": the whole phrase, not the possessor that starts it.
  for (let j = i + 1; i >= 0 && j < ctx.mentions.length && ctx.mentions[j]!.start === ctx.mentions[i]!.start; j++) {
    if (ctx.mentions[j]!.actor !== undefined && ctx.mentions[j]!.end <= limit && ctx.mentions[j]!.end > ctx.mentions[i]!.end) i = j;
  }
  if (i >= 0) return i;
  const first = ctx.mentionStartingAt(s.start, s.start);
  return first !== undefined && ctx.mentions[first]!.end <= limit && ctx.mentions[first]!.kind !== 'pronoun' ? first : undefined;
}

/** An adverb of manner between a speaker and the verb: "boldly suggested", "angrily denied". */
const mannerAdverb = (t: Token): boolean => t.pos === 'ADV' && /ly$/.test(t.lower) && t.lower.length > 4;

/** Verbs of seeming or going on that a report can follow with "to": "appeared to suggest that ...". */
const RAISING: ReadonlySet<string> = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'continue', 'continues', 'continued', 'proceeded', 'proceeds']);

/** Skip auxiliaries and adverbs before a cue ("has also said"): the index the subject ends before. */
function subjectEnd(ctx: Context, s: Sentence, cue: number): number {
  let j = cue;
  // ("they all said", but "all agreed" after a comma or at the start: "all" is the subject.)
  const quantifier = (k: number): boolean => /^(all|both)$/.test(ctx.tokens[k]!.lower) && k > s.first && !/^[,;:]$/.test(ctx.tokens[k - 1]!.text);
  // (A capitalized word inside the sentence is a name: "Julia May said".)
  const adverb = (k: number): boolean => SPEECH_ADVERBS.has(ctx.tokens[k]!.lower) && (k === s.first || ctx.tokens[k]!.text === ctx.tokens[k]!.lower);
  for (;;) {
    while (j - 1 >= s.first && (adverb(j - 1) || mannerAdverb(ctx.tokens[j - 1]!) || ctx.tokens[j - 1]!.lower === 'only' || quantifier(j - 1))) j--;
    // "Peru this month announced", "Rojas on Monday said": a time between the subject and the verb.
    if (/^(week|month|year|morning|afternoon|evening|night|weekend)$/.test(ctx.tokens[j - 1]?.lower ?? '') && /^(this|last|that|on|in|earlier|later)$/.test(ctx.tokens[j - 2]?.lower ?? '') && j - 2 > s.first) { j -= 2; continue; }
    if (WEEKDAY.test(ctx.tokens[j - 1]?.lower ?? '') && j - 1 > s.first) { j -= /^(on|early|late)$/.test(ctx.tokens[j - 2]?.lower ?? '') ? 2 : 1; continue; }
    // "appeared to suggest", "continues to insist": a verb of seeming or going on before the report.
    if (ctx.tokens[j - 1]?.lower === 'to' && RAISING.has(ctx.tokens[j - 2]?.lower ?? '') && j - 2 > s.first) { j -= 2; continue; }
    if (ctx.tokens[j - 1]?.lower === 'to' && ctx.tokens[j - 2]?.lower === 'on' && /^(went|goes|go|going)$/.test(ctx.tokens[j - 3]?.lower ?? '') && j - 3 > s.first) { j -= 3; continue; }
    // "NAME (Country) said", "the ministry (MOFCOM) said": a parenthesis between subject and verb.
    if (ctx.tokens[j - 1]?.text === ')' && j - 1 > s.first) {
      let k = j - 2;
      while (k > s.first && ctx.tokens[k]!.text !== '(' && j - k < 8) k--;
      if (ctx.tokens[k]?.text === '(' && k > s.first) { j = k; continue; }
    }
    return j;
  }
}

/** Token k closes a quote: a double mark, or the second of two apostrophes standing for one (''). */
function closingMark(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (/^["”]$/.test(t.text)) return true;
  return (t.text === "'" || t.text === '’') && ctx.tokens[k - 1]?.text === t.text && ctx.tokens[k - 1]!.end === t.start;
}

/** Speaker before the cue: the mention ending right there, through an appositive ("Wang, an expert with ..., told"). */
function insideQuote(ctx: Context, at: number): boolean {
  return ctx.doc.quotes!.some((q) => q.start < at && q.end > at);
}

function speakerBefore(ctx: Context, s: Sentence, cue: number): { mention: number; regionStart: number; relay?: number | undefined } | undefined {
  let j = subjectEnd(ctx, s, cue);
  if (j <= s.first) return undefined;
  // 'Ana Rojas, who opened an event she called "Open Day," told ...': a quoted term ending an appositive,
  // its closing comma inside the marks.
  if (closingMark(ctx, j - 1)) {
    const q = ctx.doc.quotes!.find((x) => x.end === ctx.tokens[j - 1]!.end);
    const comma = ctx.tokens[j - 1]!.text === "'" ? j - 3 : j - 2;
    if (q && ctx.tokens[comma]?.text === ',' && /[\p{L}\p{N}]\s*$/u.test(ctx.text.slice(s.start, q.start))) j = comma + 1;
  }
  const last = ctx.tokens[j - 1]!;
  // '"...," Scott Reyes, the attorney general of Peru, one of the states suing, said': after a closing
  // quote, with no finite verb before the cue, the first name after the quote is the speaker.
  let close = j - 1;
  while (close > s.first && !/^["”]$/.test(ctx.tokens[close]!.text) && !closingMark(ctx, close)) close--;
  const markStart = /^["”]$/.test(ctx.tokens[close]!.text) ? close : close - 1;
  if (close > s.first && close < j - 1 && /^[,.!?]$/.test(ctx.tokens[markStart - 1]?.text ?? '')) {
    const between = ctx.tokens.slice(close + 1, j);
    if (!between.some((t) => (t.pos === 'AUX' || t.pos === 'VERB') && !/ing$/.test(t.lower))) {
      const first = ctx.mentions.map((m, i) => [m, i] as const)
        .filter(([m]) => m.start >= ctx.tokens[close]!.end && m.end <= last.end && m.kind !== 'description')
        .sort((a, b) => a[0].start - b[0].start || (b[0].end - b[0].start) - (a[0].end - a[0].start))[0];
      if (first && /^[\s,]*$/.test(ctx.text.slice(ctx.tokens[close]!.end, first[0].phrase?.start ?? first[0].start).replace(/\b(the|a|an)\b/gi, ''))) {
        return { mention: first[1], regionStart: ctx.tokens[close + 1]!.start };
      }
    }
  }
  if (/^(,|—|–|--)$/.test(last.text)) {
    // Appositive: walk back to the comma that opens it, skipping commas inside names.
    for (let k = j - 2; k > s.first; k--) {
      let t = ctx.tokens[k]!;
      if (/^(,|—|–|--)$/.test(t.text) && (t.text !== ',' || last.text === ',') && !ctx.covering(t.start, t.end) && !insideQuote(ctx, t.start)) {
        // "Ana Rojas, 59, of Lima, Peru, who ..., said": back over an age and a home town to the name.
        for (;;) {
          let p = k - 1;
          while (p > s.first && k - p < 6 && ctx.tokens[p]!.text !== ',') p--;
          if (ctx.tokens[p]?.text !== ',' || p <= s.first) break;
          const seg = ctx.tokens.slice(p + 1, k);
          const place = seg.length <= 3 && seg.every((x) => x.pos === 'PROPN' || x.text === '.' || /^\p{Lu}/u.test(x.text)) && /^(of|from|in)$/.test(ctx.tokens[p - 1]?.lower ?? '') === false
            && ctx.tokens.slice(Math.max(s.first, p - 4), p).some((x) => /^(of|from|in)$/.test(x.lower));
          if (!(seg.length === 1 && seg[0]!.pos === 'NUM') && !/^(of|from)$/.test(seg[0]?.lower ?? '') && !place) break;
          k = p;
          t = ctx.tokens[k]!;
        }
        // "..., and the meeting failed, said X": a clause after "and" is no appositive.
        if (/^(and|but|or|so|yet)$/.test(ctx.tokens[k + 1]?.lower ?? '')) break;
        // "AFP, citing the minister, said": the cited source is the speaker.
        const first = ctx.tokens[k + 1];
        if (first && /^(citing|quoting)$/.test(first.lower)) {
          const cited = ctx.mentionStartingAt(ctx.tokens[k + 2]?.start ?? first.end, (ctx.tokens[k + 2]?.start ?? first.end) + 4);
          if (cited !== undefined) return { mention: cited, regionStart: ctx.mentions[cited]!.start, relay: ctx.mentionEndingAt(ctx.tokens[k - 1]!.end) };
        }
        // "Rep. Ana Rojas (D-Ore.), chair of the panel, said": the name before the parenthesis.
        let e = k - 1;
        if (ctx.tokens[e]?.text === ')') {
          let o = e - 1;
          while (o > s.first && e - o < 8 && ctx.tokens[o]!.text !== '(') o--;
          if (ctx.tokens[o]?.text === '(' && o > s.first) e = o - 1;
        }
        const m = ctx.mentionEndingAt(ctx.tokens[e]!.end);
        if (m !== undefined && t.text !== ',') {
          // "Ana Rojas, the head of Peru Media -- a company that ... -- said": the name before the first appositive.
          const open = ctx.tokenFrom(phraseStart(ctx, s, ctx.mentions[m]!.phrase?.start ?? ctx.mentions[m]!.start)) - 1;
          const head = ctx.tokens[open]?.text === ',' ? ctx.mentionEndingAt(ctx.tokens[open - 1]?.end ?? -1) : undefined;
          if (head !== undefined && ctx.mentions[head]!.kind === 'name') return { mention: head, regionStart: ctx.mentions[head]!.start };
        }
        if (m !== undefined && ctx.mentions[m]!.kind !== 'pronoun') return { mention: m, regionStart: ctx.mentions[m]!.start };
        // "A lawyer for the family, Ana Rojas, said": the name in the appositive, when the head names nobody.
        const named = ctx.mentionEndingAt(ctx.tokens[j - 2]!.end);
        if (named !== undefined && ctx.mentions[named]!.kind === 'name' && ctx.mentions[named]!.start === ctx.tokens[k + 1]?.start) {
          return { mention: named, regionStart: phraseStart(ctx, s, ctx.tokens[k - 1]!.start) };
        }
        // "Many engineers, including Ana Rojas, have said": a plural noun phrase at the head; any noun phrase
        // before a dash aside ("The transcript -- published by the Lima Post -- shows that").
        if (m === undefined && ctx.tokens[e]?.pos === 'NOUN' && (/s$/.test(ctx.tokens[e]!.lower) || t.text !== ',')) {
          const np = nounPhraseEndingAt(ctx, s, e + 1);
          if (np !== undefined) return { mention: np, regionStart: ctx.mentions[np]!.start };
        }
        break;
      }
    }
    return undefined;
  }
  // "Mr. Kamin, who emphasized that ...": the relative pronoun stands for the phrase before the comma.
  if (/^(who|which)$/.test(last.lower) && /^(,|—|–|--)$/.test(ctx.tokens[j - 2]?.text ?? '')) {
    const m = ctx.mentionEndingAt(ctx.tokens[j - 3]?.end ?? -1) ?? nounPhraseEndingAt(ctx, s, j - 2);
    if (m !== undefined) return { mention: m, regionStart: ctx.mentions[m]!.start };
  }
  // "the workers, many of whom say ...": a part of the group named before the comma.
  if (/^(whom|which)$/.test(last.lower) && ctx.tokens[j - 2]?.lower === 'of' && /^(many|some|most|all|several|both|one|two|three|each)$/.test(ctx.tokens[j - 3]?.lower ?? '') && ctx.tokens[j - 4]?.text === ',') {
    const m = ctx.mentionEndingAt(ctx.tokens[j - 5]?.end ?? -1) ?? nounPhraseEndingAt(ctx, s, j - 4);
    if (m !== undefined) return { mention: m, regionStart: ctx.tokens[j - 3]!.start };
  }
  // "a builder who said ...": a restrictive relative stands for the noun phrase it follows.
  if (last.lower === 'who' && /^(NOUN|PROPN)$/.test(ctx.tokens[j - 2]?.pos ?? '') && j - 2 >= s.first) {
    const m = ctx.mentionEndingAt(ctx.tokens[j - 2]!.end) ?? nounPhraseEndingAt(ctx, s, j - 1);
    if (m !== undefined) return { mention: m, regionStart: ctx.mentions[m]!.start };
  }
  const m = ctx.mentionEndingAt(last.end) ?? nounPhraseEndingAt(ctx, s, j) ?? modifiedSubject(ctx, s, j, cue);
  if (m !== undefined) {
    const mm = ctx.mentions[m]!;
    return { mention: m, regionStart: phraseStart(ctx, s, Math.min(mm.start, mm.phrase?.start ?? mm.start)) };
  }
  return undefined;
}

/** A subject with a clause after its head, right before the cue: a reduced relative ("the experts I
 *  interviewed said", "the poll released Friday shows"), or a relative pronoun ("a letter that says",
 *  "a memo from the ministry on Friday which said"). The noun phrase before the clause speaks. */
function modifiedSubject(ctx: Context, s: Sentence, j: number, cue: number): number | undefined {
  const tok = (k: number): Token | undefined => (k >= s.first && k < s.last ? ctx.tokens[k] : undefined);
  const noun = (k: number): boolean => /^(NOUN|PROPN)$/.test(tok(k)?.pos ?? '');
  const speaker = (end: number): number | undefined => ctx.mentionEndingAt(ctx.tokens[end - 1]!.end) ?? nounPhraseEndingAt(ctx, s, end);
  const last = tok(j - 1);
  if (!last) return undefined;
  if (/^(that|which)$/.test(last.lower)) {
    // Only what a text says, with a clause after it: not "a group that published the paper", "a law that encourages people to ...".
    const entry = reportingByForm.get(ctx.tokens[cue]!.lower);
    if (!entry || !/^(speech|writing|announce|evidence)$/.test(entry.class) || cue + 1 >= s.last || !isClause(ctx, { start: ctx.tokens[cue + 1]!.start, end: s.end })) return undefined;
    // Back over a time between the noun and the pronoun: "a letter from her doctor Friday afternoon that says".
    let k = j - 2;
    if (/^(morning|afternoon|evening|night)$/.test(tok(k)?.lower ?? '') && WEEKDAY.test(tok(k - 1)?.lower ?? '')) k--;
    if (WEEKDAY.test(tok(k)?.lower ?? '')) k -= tok(k - 1)?.lower === 'on' ? 2 : 1;
    return noun(k) && k > s.first ? speaker(k + 1) : undefined;
  }
  // The clause's verb: last, or before a stranded preposition ("the officials we spoke to said").
  const v = (last.pos === 'ADP' || last.lower === 'to') && tok(j - 2)?.pos === 'VERB' ? j - 2 : j - 1;
  const verb = tok(v);
  if (!verb || verb.pos !== 'VERB' || /ing$/.test(verb.lower)) return undefined;
  // "the experts I interviewed": a pronoun subject after the head noun.
  if (/^(i|we|you|he|she|they)$/.test(tok(v - 1)?.lower ?? '') && noun(v - 2)) return speaker(v - 1);
  // "the poll released Friday" (the time was passed over before): a participle right after the head noun.
  if (v === j - 1 && noun(v - 1) && /(ed|en|wn)$/.test(verb.lower)) return speaker(v);
  return undefined;
}

/** A noun phrase ending before token `end` ("police", "many critics", "63 percent"), registered as a speaker phrase. */
function nounPhraseEndingAt(ctx: Context, s: Sentence, end: number): number | undefined {
  const head = ctx.tokens[end - 1];
  if (!head || end - 1 < s.first || !(/^(NOUN|PROPN|PRON|NUM)$/.test(head.pos) || /^(all|both)$/.test(head.lower)) || /^(it|this|that|what|which|there)$/.test(head.lower)) return undefined;
  if (head.pos === 'PRON' && !/^(i|we|you|they|he|she|someone|somebody|one|others|many|some|most|both|all)$/.test(head.lower)) return undefined;
  let k = end - 1;
  while (k - 1 >= s.first && end - k < 6 && /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(ctx.tokens[k - 1]!.pos) && !/^["“”]$/.test(ctx.tokens[k - 1]!.text)) k--;
  return ctx.phrase(k, end);
}

/** A noun phrase starting at token `start`, up to punctuation or a verb (after "according to", "said").
 *  After "according to" the first word is a noun whatever its tag ("according to police"). */
function nounPhraseStartingAt(ctx: Context, s: Sentence, start: number, nominal = false): number | undefined {
  let k = start;
  // A verb-like word before a noun modifies it: "according to leaked memos".
  const modifier = (i: number): boolean => ctx.tokens[i]!.pos === 'VERB' && ctx.tokens[i + 1]?.pos === 'NOUN';
  const noun = (i: number): boolean => nominal && i === start && /^\p{L}/u.test(ctx.tokens[i]!.text);
  while (k < s.last && k - start < 8 && !/^[,;:.!?"“”()—–]$/.test(ctx.tokens[k]!.text) && (!/^(VERB|AUX)$/.test(ctx.tokens[k]!.pos) || modifier(k) || noun(k))) k++;
  if (k === start || !ctx.tokens.slice(start, k).some((t, n) => /^(NOUN|PROPN|PRON)$/.test(t.pos) || noun(start + n))) return undefined;
  return ctx.phrase(start, k);
}

/** Start of the noun phrase ending in a speaker mention: back over its modifiers ("the office of") to a comma or a verb. */
function phraseStart(ctx: Context, s: Sentence, start: number): number {
  const from = ctx.tokenFrom(start);
  let k = from < ctx.tokens.length ? from - 1 : -1;
  let begin = start;
  for (let n = 0; n < 8 && k >= s.first; n++, k--) {
    const t = ctx.tokens[k]!;
    if (/^[,;:"“”—–]$/.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') return begin;
    if (!/^(DET|ADJ|NOUN|PROPN|ADP|PART|NUM)$/.test(t.pos)) return begin;
    begin = t.start;
  }
  return k < s.first ? begin : start;
}

/** Speaker after the cue: "said X", "according to X", "citing X". */
function speakerAfter(ctx: Context, s: Sentence, cue: Cue): number | undefined {
  const start = ctx.tokens[cue.end]?.start;
  if (start === undefined || cue.end >= s.last) return undefined;
  const limit = start + 5; // "according to the ministry" / "said a spokesperson"
  const first = ctx.mentionStartingAt(start, limit);
  if (cue.according) {
    // "according to Norway's public broadcaster NRK", "according to the conservative-leaning Andes
    // Institute": the phrase's head is its last name.
    let end = cue.end;
    // (A word joined by a hyphen to the next one modifies the head: "left-leaning", "state-run".)
    const hyphened = (k: number): boolean => ctx.tokens[k + 1]?.text === '-' && ctx.tokens[k + 1]!.start === ctx.tokens[k]!.end;
    while (end < s.last && end - cue.end < 10 && !/^[,;:.!?"“”()]$/.test(ctx.tokens[end]!.text) && !/^(AUX)$/.test(ctx.tokens[end]!.pos)
      && !(ctx.tokens[end]!.pos === 'VERB' && !hyphened(end) && !/^(leaning|based|backed|funded|run|owned|affiliated|aligned|led)$/.test(ctx.tokens[end]!.lower)) && ctx.tokens[end]!.lower !== 'of') end++;
    const stop = ctx.tokens[end - 1]?.end ?? start;
    const inside = ctx.mentions.map((m, i) => [m, i] as const).filter(([m]) => m.start >= start && m.end <= stop && m.actor !== undefined && m.kind !== 'pronoun');
    if (inside.length) return inside.sort((a, b) => b[0].end - a[0].end || a[0].start - b[0].start)[0]![1];
  }
  return first ?? nounPhraseStartingAt(ctx, s, cue.end, cue.according);
}

/** The person a phrase after an inverted cue names: "said Andes TV host Ana Rojas", "noted Peru's Tomas Lindqvist". */
function headOfInverted(ctx: Context, s: Sentence, first: number): number {
  let m = first;
  for (let guard = 0; guard < 3; guard++) {
    let k = ctx.tokenFrom(ctx.mentions[m]!.end);
    const from = k;
    // Over a possessive and lower-case title words to the next name.
    let next: number | undefined;
    while (k < s.last && k - from < 5 && (/^['’]s$/.test(ctx.tokens[k]!.text) || /^(NOUN|ADJ|PROPN)$/.test(ctx.tokens[k]!.pos))) {
      next = ctx.mentionStartingAt(ctx.tokens[k]!.start, ctx.tokens[k]!.start);
      const nm = next === undefined ? undefined : ctx.mentions[next]!;
      // A person's name (or surname) next: "said Andes TV host Ana Rojas", "said Rep. Ana Rojas", "said Chad Lindqvist".
      if (nm && (nm.kind === 'name' && (k > from || nm.type === 'Person') || nm.kind === 'alias' && nm.actor !== undefined && ctx.doc.actors![nm.actor]?.type === 'Person')) break;
      next = undefined;
      k++;
    }
    if (next === undefined) return m;
    m = next;
  }
  return m;
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Whether the capitalized words from `k` are followed by a finite verb: the subject of a clause without
 *  "that" ("warned Peru would pay"), not a listener. */
function subjectOfClause(ctx: Context, s: Sentence, k: number): boolean {
  while (k < s.last && /^\p{Lu}/u.test(ctx.tokens[k]!.text) && ctx.tokens[k]!.pos === 'PROPN') k++;
  const then = ctx.tokens[k];
  return !!then && k < s.last && (then.pos === 'AUX' || then.pos === 'VERB' && !/ing$/.test(then.lower)) && !/^(to|that)$/.test(then.lower);
}

/** The index of "that" after a short noun phrase naming a listener ("told the farmers that"), if any. */
function addresseeBeforeThat(ctx: Context, s: Sentence, from: number): number | undefined {
  let k = from;
  // The listener may be a longer phrase with "of" and an adverbial after it: "told one of his young aides on
  // a regular basis that ...". ("told the story that was leaked": "that" before a verb is a relative pronoun.)
  // (A symbol glued inside a word is a piece of it: "protegÃ©s", a mis-encoded "protégés".)
  const glued = (k: number): boolean => k > from && ctx.tokens[k]!.start === ctx.tokens[k - 1]!.end && ctx.tokens[k + 1]?.start === ctx.tokens[k]!.end && /^\p{L}/u.test(ctx.tokens[k + 1]!.text);
  while (k < s.last && k - from < 14 && (/^(DET|ADJ|NOUN|PRON|NUM|PROPN)$/.test(ctx.tokens[k]!.pos) || k > from && /^(of|on|in|at|for|from|with)$/.test(ctx.tokens[k]!.lower) || glued(k)) && ctx.tokens[k]!.lower !== 'that') k++;
  return k > from && ctx.tokens[k]?.lower === 'that' && ctx.tokens[k - 1]!.pos !== 'DET' && ctx.tokens[k - 1]!.pos !== 'ADP'
    && !/^(AUX|VERB)$/.test(ctx.tokens[k + 1]?.pos ?? '') ? k : undefined;
}

/** The end of the attribution's trailing adverbials: "on Friday", "in a statement", "at a briefing", "told reporters". */
function attributionTail(ctx: Context, s: Sentence, from: number): number {
  let j = from;
  const tokens = ctx.tokens;
  for (let guard = 0; guard < 6 && j < s.last; guard++) {
    const t = tokens[j]!;
    // "protested loudly that ...": a manner adverb after the verb.
    if (mannerAdverb(t) && /^(that|,|:)$/.test(tokens[j + 1]?.lower ?? '')) { j++; continue; }
    // "said yesterday it was ...": a day named by one word.
    if (/^(yesterday|today|tonight)$/.test(t.lower)) { j++; continue; }
    // "said Friday afternoon, as ...": a day, and the part of it.
    if (WEEKDAY.test(t.lower)) {
      j += /^(morning|afternoon|evening|night)$/.test(tokens[j + 1]?.lower ?? '') ? 2 : 1;
      continue;
    }
    if (/^(on|in|at|during|under|late|early|earlier|later|last|this|via|through|to|from|after|before|yesterday|today|tonight|separately|also)$/.test(t.lower)) {
      // A prepositional phrase ends at the next comma, "that", a quote, or a verb (not a capitalized word
      // the tagger took for one: "in Rio Springs"), or where a pronoun and its verb start a clause ("said
      // on Monday he had ...").
      const verb = (x: Token): boolean => (x.pos === 'VERB' || x.pos === 'AUX') && x.text === x.lower;
      let k = j + 1;
      while (k < s.last && !/^[,;:"“”]$/.test(tokens[k]!.text) && tokens[k]!.lower !== 'that' && !verb(tokens[k]!) && k - j < 9) {
        if (t.pos === 'ADP' && /^(he|she|they|we|i|it)$/.test(tokens[k]!.lower) && /^(AUX|VERB)$/.test(tokens[k + 1]?.pos ?? '')) return k;
        k++;
      }
      if (k < s.last && verb(tokens[k]!) && !/^(said|told)$/.test(tokens[k]!.lower)) return j;
      // "spoke in a hall that faces the river": "that" with a verb right after it is a relative pronoun.
      if (tokens[k]?.lower === 'that' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return j;
      j = k;
      continue;
    }
    break;
  }
  // "insisted, in a radio interview on Friday, that ...": an aside between the verb and its that-clause.
  if (tokens[j]?.text === ',') {
    for (let k = j + 1; k < Math.min(s.last, j + 16); k++) {
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || /^[;:"“”]$/.test(tokens[k]!.text)) break;
      if (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'that') return k + 1;
    }
  }
  return j;
}

/** A fronted phrase, not a clause: "In a statement on Saturday,", "Asked whether ...,", "Speaking to troops,". */
function frontedAdjunct(ctx: Context, span: Span): boolean {
  let at = ctx.tokenFrom(span.start);
  // ("But when Congress cut the funds, Peru said enough": a conjunction before the adverbial.)
  if (/^(but|and|yet|so|or)$/.test(ctx.tokens[at]?.lower ?? '') && ctx.tokens[at + 1] && ctx.tokens[at + 1]!.end <= span.end) at++;
  const first = ctx.tokens[at];
  if (!first) return false;
  let adjunct = first.pos === 'ADP' || first.pos === 'SCONJ' && first.lower !== 'that'
    || /^(according|asked|speaking|responding|replying|talking|writing|addressing|earlier|later|meanwhile|separately|also|as|if|when|while|although|though|because|since|unless|despite)$/.test(first.lower);
  if (!adjunct && first.pos === 'VERB' && /(ing|ed)$/.test(first.lower)) {
    // "Rising prices in Chile could hurt exports": a participle before a noun, then a finite verb, is a subject.
    let finite = false;
    if (/^(NOUN|ADJ|PROPN)$/.test(ctx.tokens[at + 1]?.pos ?? '')) {
      for (let k = at + 1; k < ctx.tokens.length && ctx.tokens[k]!.end <= span.end && ctx.tokens[k]!.text !== ','; k++) {
        if (ctx.tokens[k]!.pos === 'AUX' || (ctx.tokens[k]!.pos === 'VERB' && !/(ing|ed)$/.test(ctx.tokens[k]!.lower))) { finite = true; break; }
      }
    }
    adjunct = !finite;
  }
  if (!adjunct) return false;
  // "After some delays, the works met every standard, an official said": a clause follows the fronted phrase.
  for (let k = at + 1; k < ctx.tokens.length && ctx.tokens[k]!.end <= span.end; k++) {
    if (ctx.tokens[k]!.text !== ',') continue;
    const rest = { start: ctx.tokens[k + 1]?.start ?? span.end, end: span.end };
    const subject = /^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(ctx.tokens[k + 1]?.pos ?? '') && !/^(but|and|or|yet|so)$/.test(ctx.tokens[k + 1]?.lower ?? '');
    return !(subject && rest.start < rest.end && words(ctx.text, rest) >= 3 && isClause(ctx, rest) && !frontedAdjunct(ctx, rest));
  }
  return true;
}

/** Whether a span holds a report of its own ("X said Y, and he described ..."). */
function hasReport(ctx: Context, span: Span): boolean {
  // (Not one inside a relative clause: "X, who asked to see the video, watched it, lawyers said".)
  return ctx.someTokenIn(span, (t, k) => t.pos === 'VERB' && reportingByForm.get(t.lower)?.pos === 'verb'
    && reportingByForm.get(t.lower)?.class !== 'thought' && !/^(was|were|be|been|being|not|n't|never|to|who|which)$/.test(ctx.tokens[k - 1]?.lower ?? ''));
}

/** A hyphen inside a word ("so-called", "one-sided"): glued to the words on both sides, neither a dash nor a verb's edge. */
const inWordHyphen = (ctx: Context, k: number): boolean => ctx.tokens[k]?.text === '-' && k > 0
  && ctx.tokens[k - 1]!.end === ctx.tokens[k]!.start && ctx.tokens[k]!.end === ctx.tokens[k + 1]?.start;

/** Whether a span reads as a clause (has a verb), not a bare noun phrase ("announced the breakthrough"). */
function isClause(ctx: Context, span: Span): boolean {
  // (Not the second half of a hyphenated word: "one-sided", "so-called".)
  return ctx.someTokenIn(span, (t, k) => (t.pos === 'AUX'
    || (t.pos === 'VERB' && !/ing$/.test(t.lower) && ctx.tokens[k - 1]?.lower !== 'to' && ctx.tokens[k + 1]?.lower !== 'by' && !inWordHyphen(ctx, k - 1))
    // "the campaign plans to release ...": a verb the tagger read as a plural noun, after its subject's noun.
    || (t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && ctx.tokens[k - 1]?.pos === 'NOUN' && ctx.tokens[k + 1]?.lower === 'to' && ctx.tokens[k + 2]?.pos === 'VERB')));
}

function quoteAt(quotes: readonly Quote[], pos: number, dir: 'before' | 'after', gap: number, text: string): Quote | undefined {
  if (dir === 'before') return quotes.find((q) => q.end <= pos && pos - q.end <= gap && /^[ \t,—–-]*$/.test(text.slice(q.end, pos)));
  return quotes.find((q) => q.start >= pos && q.start - pos <= gap && /^[ \t,:—–-]*$/.test(text.slice(pos, q.start)));
}

/** Whether the clause after a cue goes on after a quote that opens it ('claimed "prices rose" in every region'),
 *  beyond punctuation and an adverbial of time or place: the quote is then a part of indirect speech. */
function partialQuote(ctx: Context, s: Sentence, q: Quote, from: number, introduced: boolean): boolean {
  // A quote ending in its own punctuation ('"... independent," adding that') is whole.
  if (/[,.!?]\W*$/.test(ctx.text.slice(q.inner.start, q.end))) return false;
  const end = clauseAfter(ctx, s, from).end;
  if (q.end >= end) return false;
  const k = ctx.tokenFrom(q.end);
  const next = ctx.tokens[k];
  if (!next || next.start >= end || /^[\p{P}\p{S}]/u.test(next.text)) return false;
  // (After "that" the clause is the content whatever follows the quote: 'said that "prices rose" in Peru'.)
  if (!introduced && /^(on|in|at|during|last|this|yesterday|today|tonight|earlier|later|before|after|when|as|he|she|they|we|i|it)$/.test(next.lower)) return false;
  return words(ctx.text, { start: q.end, end }) >= 2;
}

/** A short subject opening the sentence, the attribution set off by commas, then a predicate with no subject
 *  of its own: "The museum, Ana Rojas said, would ...", "His country, he said, remained ...". */
function subjectInterrupted(ctx: Context, s: Sentence, before: Span, after: number): boolean {
  if (before.start !== ctx.tokens[s.first]!.start || ctx.tokens[after]?.text !== ',' || !/^\s*,/.test(ctx.text.slice(before.end, before.end + 3))) return false;
  const n = words(ctx.text, before);
  if (n < 1 || n > 8 || isClause(ctx, before)) return false;
  const verb = ctx.tokens[after + 1];
  return !!verb && (verb.pos === 'AUX' || verb.pos === 'VERB' && !/ing$/.test(verb.lower));
}

/** Subordinators that open an adverbial clause after an object ("condemned the launch as Peru fired ..."). */
const ADJUNCT_SUBORDINATORS = /^(as|while|after|before|when|because|since|although|though|whereas|until)$/;

/** The token where an adverbial adjunct starts inside [from, end): a subordinate clause after a noun ("the
 *  launch as Peru fired", not "pointed to as"), or after a comma or dash a participle (", looping the streets"),
 *  a subordinate clause, or a clause with a subject of its own after "and"/"but". */
function adjunctStart(ctx: Context, s: Sentence, from: number, end: number): number | undefined {
  for (let k = from + 1; k < s.last && ctx.tokens[k]!.start < end; k++) {
    const t = ctx.tokens[k]!;
    // (A hyphen inside a word is no dash: "so-called".)
    if (/^(,|—|–|-|--)$/.test(t.text) && !inWordHyphen(ctx, k)) {
      // "a cap, tied to inspections, was the only formula": an aside inside a subject, its verb after the aside.
      let close = k + 1;
      while (close < s.last && close - k < 30 && ctx.tokens[close]!.text !== t.text && !/^[;:]$/.test(ctx.tokens[close]!.text)) close++;
      const verb = ctx.tokens[close + 1];
      if (close < s.last && ctx.tokens[close]!.text === t.text && verb && (verb.pos === 'AUX' || verb.pos === 'VERB' && !/ing$/.test(verb.lower))) { k = close; continue; }
      let n = k + 1;
      if (/^(even|just)$/.test(ctx.tokens[n]?.lower ?? '')) n++;
      const u = ctx.tokens[n];
      // (A participle the tagger took for a noun still has its object after it: ", looping the streets".)
      if (u && (u.pos === 'VERB' && /(ing|ed)$/.test(u.lower) || /ing$/.test(u.lower) && u.lower !== 'including' && /^(DET|PRON)$/.test(ctx.tokens[n + 1]?.pos ?? ''))) return k;
      if (u && (ADJUNCT_SUBORDINATORS.test(u.lower) || /^(and|but)$/.test(u.lower)) && bareClauseFollows(ctx, s, n + 1)) return k;
    } else if (ADJUNCT_SUBORDINATORS.test(t.lower) && /^(NOUN|PROPN|NUM|PRON)$/.test(ctx.tokens[k - 1]!.pos) && bareClauseFollows(ctx, s, k + 1)) return k;
  }
  return undefined;
}

/** Whether what follows a cue cannot be what was said, when no "that" or colon introduces it: a preposition
 *  of place, time or agent ("a view echoed by everyone", "laws proposed during the 1970s"; not "spoke of",
 *  "called for"), a conjunction ("who said and did the same"), an adverbial clause
 *  with no main clause after it ("what she said when she resigned"), a pronoun object and a subordinator ("I
 *  write this because ..."), or a vague object and its topic ("says something about the age"). A question
 *  may open with a subordinator ("asked when the talks would resume"). */
function notContent(ctx: Context, s: Sentence, from: number, span: Span, question: boolean): boolean {
  const t = ctx.tokens[from];
  if (!t) return false;
  const next = ctx.tokens[from + 1];
  // ("and set out to convince them that ...": a that-clause further on may still be what was said.)
  const thatAhead = (): boolean => ctx.someTokenIn({ start: t.end, end: span.end }, (x) => x.lower === 'that');
  if (/^(and|or|but|nor)$/.test(t.lower)) return !thatAhead();
  if ((ADJUNCT_SUBORDINATORS.test(t.lower) || /^(once|unless|whenever)$/.test(t.lower)) && bareClauseFollows(ctx, s, from + 1)) {
    if (question && t.lower === 'when') return false;
    // "said when the vote comes, Peru will abstain": a main clause after the adverbial one is the content.
    for (let k = from + 1; k < s.last && ctx.tokens[k]!.start < span.end; k++) {
      if (ctx.tokens[k]!.text === ',' && (subjectClauseFollows(ctx, s, k + 1) || bareClauseFollows(ctx, s, k + 1))) return false;
    }
    return true;
  }
  if (t.pos === 'ADP' && /^(by|during|in|at|on|since|from|into|through|under|over|within|without|among|amid|across|between|throughout)$/.test(t.lower)
    && !(t.lower === 'by' && /ing$/.test(next?.lower ?? ''))) {
    // "admitted under questioning he had ...", "says at a stop in Lima, Peru, that ...": an adverbial, then the clause.
    if (t.lower === 'by') return true; // an agent ("by every farmer I met"), never a clause
    let k = from + 1;
    while (k < s.last && /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(ctx.tokens[k]!.pos)) k++;
    // ("weighed in on Friday about whether ...": a time, then what the words were about.)
    return !thatAhead() && !(ctx.tokens[k]?.pos === 'PRON' && /^(AUX|VERB)$/.test(ctx.tokens[k + 1]?.pos ?? ''))
      && !/^(about|whether|if|how|why|what|who)$/.test(ctx.tokens[k]?.lower ?? '');
  }
  if (/^(this|that|it|these|those)$/.test(t.lower) && next && (ADJUNCT_SUBORDINATORS.test(next.lower) || next.lower === 'so')) return true;
  return /^(something|nothing|anything|much|little)$/.test(t.lower) && /^(about|of|on)$/.test(next?.lower ?? '');
}

/** Where an infinitive that was promised or asked for ends: before "but" or "and" with a finite verb, the
 *  subject's own next predicate ("rules that promise to transform farming but are likely to ..."). */
function infinitiveEnd(ctx: Context, s: Sentence, from: number, end: number): number {
  for (let k = from + 2; k < s.last && ctx.tokens[k]!.start < end; k++) {
    const next = ctx.tokens[k + 1];
    if (/^(but|and)$/.test(ctx.tokens[k]!.lower) && next && (next.pos === 'AUX' && next.lower !== 'be' || next.pos === 'VERB' && /ed$/.test(next.lower))) return ctx.tokens[k]!.start;
  }
  return end;
}

/** A report inside a clause that modifies a noun or stands for one ends with that clause: "what Rojas says
 *  the plan would do, and what it does," ends at the comma; "the effect it said the law would have on farmers:
 *  "..."" at the colon, whose quote the noun's own verb introduces. `subject` is the reporting clause's first token. */
function embeddedEnd(ctx: Context, s: Sentence, subject: number, span: Span): Span {
  const prev = ctx.tokens[subject - 1];
  if (!prev || subject <= s.first) return span;
  const wh = /^(what|how|why|where|whatever)$/.test(prev.lower);
  // (A noun right before a name is a title, "minister Ana Rojas"; before a pronoun or "the", a relative clause.)
  if (!wh && !(/^(NOUN|PROPN)$/.test(prev.pos) && /^(PRON|DET)$/.test(ctx.tokens[subject]!.pos))) return span;
  for (let k = ctx.tokenFrom(span.start) + 1; k < s.last && ctx.tokens[k]!.start < span.end; k++) {
    const t = ctx.tokens[k]!;
    if (wh ? /^[,;:—–]$/.test(t.text) : t.text === ':' && /^["“]$/.test(ctx.tokens[k + 1]?.text ?? '')) return tidy(ctx.text, { start: span.start, end: t.start });
  }
  return span;
}

/** Subordinators that open a fronted adverbial clause ("When ..., MAIN"); "as" has its own reading. */
const FRONTED_SUBORDINATORS = /^(while|when|whenever|because|since|although|though|after|before|once|unless|until|whereas)$/;

/** The comma closing a fronted adverbial clause that holds the cue ("While critics claim the law is
 *  harsh, it passed"), searched from `from`; undefined when the sentence does not open with one. */
function frontedClauseEnd(ctx: Context, s: Sentence, cue: number, from: number): number | undefined {
  let k = s.first;
  while (k < cue && /^["“'‘(]$/.test(ctx.tokens[k]!.text)) k++;
  if (!FRONTED_SUBORDINATORS.test(ctx.tokens[k]?.lower ?? '')) return undefined;
  for (let j = k + 1; j < cue; j++) if (/^[,;:—–]$/.test(ctx.tokens[j]!.text)) return undefined;
  for (let j = from; j < s.last; j++) if (ctx.tokens[j]!.text === ',') return j;
  return undefined;
}

/** Statement date: a day named in the attribution (outside the content), resolved against publication. */
function dateOf(doc: Document, s: Sentence, content: readonly Span[], cueAt: number): string | undefined {
  const published = doc.meta?.datePublished;
  if (!published) return undefined;
  const text = doc.text;
  const outside = (i: number): boolean => !content.some((c) => i >= c.start && i < c.end);
  const candidates: { at: number; date: string }[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b/g)) {
    const at = s.start + m.index;
    if (!outside(at)) continue;
    const w = m[1]!.toLowerCase();
    const date = w === 'today' || w === 'tonight' ? published : w === 'yesterday' ? addDays(published, -1)
      : lastWeekday(published, WEEKDAYS.indexOf(w as (typeof WEEKDAYS)[number]));
    candidates.push({ at, date });
  }
  for (const d of findDates(sentence)) {
    const at = s.start + d.index;
    if (!outside(at)) continue;
    const date = d.date ?? resolveMonthDay(d.month, d.day, published);
    if (date) candidates.push({ at, date });
  }
  candidates.sort((a, b) => Math.abs(a.at - cueAt) - Math.abs(b.at - cueAt));
  return candidates[0]?.date;
}

/** A reporting verb within a few tokens, before any punctuation ("and the president has warned"). */
function reportAhead(ctx: Context, s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(s.last, from + 7); k++) {
    const t = ctx.tokens[k]!;
    if (/^[,;:"“”]$/.test(t.text)) return false;
    if (reportingByForm.get(t.lower)?.pos === 'verb' && (t.pos === 'VERB' || /^(said|says|told)$/.test(t.lower))) return true;
  }
  return false;
}

/** A report of its own after a conjunction inside reported content: "and Peru warned", "but noted", not
 *  "and that Peru would respond" (a second clause of the same report) nor "and to argue". */
function secondReport(ctx: Context, s: Sentence, from: number): boolean {
  if (ctx.tokens[from]?.lower === 'that') return false;
  for (let k = from; k < Math.min(s.last, from + 6); k++) {
    const t = ctx.tokens[k]!;
    if (/^[,;:"“”]$/.test(t.text) || t.lower === 'that') return false;
    const entry = reportingByForm.get(t.lower);
    if (entry?.pos === 'verb' && entry.class !== 'thought' && (t.pos === 'VERB' || /^(said|says|told)$/.test(t.lower))) {
      return !/^(to|would|will|could|can|may|might|should|must|shall)$/.test(ctx.tokens[k - 1]?.lower ?? '');
    }
  }
  return false;
}

/** Nouns for where words were said or written: "in a statement", "during an interview". */
const MEDIUM = /^(statement|interview|letter|speech|post|tweet|tweets|email|op-ed|essay|column|release|briefing|address|appearance|remarks|video|podcast|broadcast)$/;

/** Whether a medium ("a statement on Thursday", "an interview with CNN") runs from `from` to the sentence end. */
function mediumEnds(ctx: Context, s: Sentence, from: number): boolean {
  let k = from;
  while (k < s.last && /^(DET|PRON|ADJ)$/.test(ctx.tokens[k]!.pos) && k - from < 3) k++;
  if (!MEDIUM.test(ctx.tokens[k]?.lower ?? '') || k === from) return false;
  for (let j = k + 1; j < s.last; j++) if (/^(VERB|AUX)$/.test(ctx.tokens[j]!.pos) || /^[,;:"“”]$/.test(ctx.tokens[j]!.text)) return false;
  return true;
}

/** A report in the main clause after a fronted adverbial clause that starts at `from` and ends at a comma
 *  ("when asked why, the minister replied ..."). */
function reportAfterAdverbial(ctx: Context, s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(s.last, from + 25); k++) {
    const t = ctx.tokens[k]!;
    if (/^[;:"“”]$/.test(t.text)) return false;
    if (t.text === ',') return subjectReports(ctx, s, k + 1);
  }
  return false;
}

/** A subject of up to a dozen words ("the 52-year-old mother of three"), then a reporting verb. */
function subjectReports(ctx: Context, s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(s.last, from + 12); k++) {
    const t = ctx.tokens[k]!;
    if (/^[,;:"“”]$/.test(t.text) || t.pos === 'AUX') return false;
    const entry = reportingByForm.get(t.lower);
    if (k > from && entry?.pos === 'verb' && entry.class !== 'thought' && t.pos === 'VERB') return true;
    if (t.pos === 'VERB') return false;
  }
  return false;
}

/** A prepositional phrase, then a clause with a pronoun subject: "in the course of its report it could not ...". */
function subjectAfterPhrase(ctx: Context, s: Sentence, from: number): boolean {
  if (ctx.tokens[from]?.pos !== 'ADP') return false;
  for (let k = from + 1; k < Math.min(s.last, from + 12); k++) {
    const t = ctx.tokens[k]!;
    if (/^[\p{P}]/u.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (/^(i|we|he|she|it|they)$/.test(t.lower) && /^(AUX|VERB)$/.test(ctx.tokens[k + 1]?.pos ?? '')) return true;
  }
  return false;
}

/** A participle with an object opening a phrase at token k that runs to the sentence end, but for a relative
 *  clause: "contradicting the account", "sending him to Lima, which ...", not an aside ("..., prosecuting
 *  cases in Lima, in part because ..."). */
function trailingParticiple(ctx: Context, s: Sentence, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.pos !== 'VERB' || !/ing$/.test(t.lower) || /^(including|according|adding|saying|citing)$/.test(t.lower)
    || !/^(DET|PRON|PROPN|NOUN)$/.test(ctx.tokens[k + 1]?.pos ?? '')) return false;
  for (let j = k + 1; j < s.last; j++) {
    if (/^[,;:—–]$/.test(ctx.tokens[j]!.text) && !/^(which|who|whose|where)$/.test(ctx.tokens[j + 1]?.lower ?? '')) return false;
  }
  return true;
}

/** First words of the lexicon's negative phrases ("declined", "refused"). */
const REFUSAL_FIRST_WORDS: ReadonlySet<string> = new Set([...reportingByForm].filter(([f, e]) => e.negative && f.includes(' ')).map(([f]) => f.split(' ')[0]!));

/** A negative reporting phrase from the lexicon at k ("declined to comment", "refused to elaborate"). */
function refusalAt(ctx: Context, s: Sentence, k: number): boolean {
  return REFUSAL_FIRST_WORDS.has(ctx.tokens[k]?.lower ?? '') && lexiconPhrase(ctx, s, k, (e) => !!e.negative) !== undefined;
}

/** Content running from `from` to the sentence end, less a trailing "according to ..." or ", adding that ...". */
function clauseAfter(ctx: Context, s: Sentence, from: number): Span {
  let end = s.end;
  for (let i = from; i < s.last; i++) {
    const t = ctx.tokens[i]!;
    if (t.start < ctx.tokens[from]!.start) continue;
    // 'is "fair," while ...': a comma inside a closing mark is the clause's comma all the same.
    let n = i + 1;
    if (t.text === ',') while (n < s.last && closingMark(ctx, n)) n++;
    const next = ctx.tokens[n];
    if (t.text === ',' && next && (next.lower === 'according' || next.lower === 'adding' || next.lower === 'citing' || next.lower === 'saying')) { end = t.start; break; }
    if (t.text === ';' || (t.text === ',' && next && /^(although|though|who|whereas)$/.test(next.lower))) { end = t.start; break; }
    // "... more investment in a statement on Thursday.": where the words appeared closes the sentence.
    if (i > from + 1 && /^(in|during)$/.test(t.lower) && mediumEnds(ctx, s, i + 1)) { end = t.start; break; }
    // "said X and encouraged Y": a second predicate of the speaker ends the content.
    if (t.lower === 'and' && next && next.pos === 'VERB' && /ed$/.test(next.lower) && i > from + 2) { end = t.start; break; }
    // ", Reuters reported", ", and the president has warned ...", ", while X said ...": another report starts.
    if (t.text === ',' && attributionFollows(ctx.tokens, s, n)) { end = t.start; break; }
    if (t.text === ',' && next && /^(and|but|while|with|whereas)$/.test(next.lower) && reportAhead(ctx, s, n + 1)) { end = t.start; break; }
    // ", and when asked why, the minister replied ...": a fronted adverbial clause opening a new main clause
    // that reports again.
    if (t.text === ',' && next && /^(and|but)$/.test(next.lower) && FRONTED_SUBORDINATORS.test(ctx.tokens[n + 1]?.lower ?? '') && reportAfterAdverbial(ctx, s, n + 2)) { end = t.start; break; }
    // "complain that taxes are too high, but many firms have found ways around them": a clause with a subject
    // of its own after ", but" (or ", even as") is the writer's answer to what was said.
    if (t.text === ',' && i > from + 2 && (next?.lower === 'but' && (subjectClauseFollows(ctx, s, n + 1) || subjectAfterPhrase(ctx, s, n + 1)) || next?.lower === 'even' && ctx.tokens[n + 1]?.lower === 'as')) { end = t.start; break; }
    // "described the clash as "grim," but stopped short of ...": a second predicate of the speaker's.
    if (t.text === ',' && i > from + 2 && next?.lower === 'but' && ctx.tokens[n + 1]?.pos === 'VERB' && /ed$/.test(ctx.tokens[n + 1]!.lower)) { end = t.start; break; }
    // "had her hands up, contradicting the police account": a participle after a whole clause is the writer's.
    if (t.text === ',' && i > from + 2 && trailingParticiple(ctx, s, n) && !ctx.someTokenIn({ start: ctx.tokens[from]!.start, end: t.start }, (u) => /^(—|–|--)$/.test(u.text)) && isClause(ctx, { start: ctx.tokens[from]!.start, end: t.start })) { end = t.start; break; }
    // "... would pass and Peru warned that ...", "... — and he noted that ...", "... but noted that ...".
    if (i > from + 2 && /^(and|but|though|although)$/.test(t.lower) && secondReport(ctx, s, i + 1)) { end = t.start; break; }
    // "... had been constructive but declined to comment on ...": the speaker's refusal to say more.
    if (i > from + 2 && /^(and|but)$/.test(t.lower) && refusalAt(ctx, s, i + 1)) { end = t.start; break; }
    if (i > from + 2 && /^(—|–|--)$/.test(t.text) && next && /^(and|but)$/.test(next.lower) && secondReport(ctx, s, i + 2)) { end = t.start; break; }
  }
  return { start: ctx.tokens[from]!.start, end };
}

function buildSentence(ctx: Context, doc: Document, si: number, out: Found[], quotes: readonly Quote[], used: Set<Quote>): void {
  const s = doc.sentences![si]!;
  const text = ctx.text;
  const cues = cuesOf(ctx, s);
  for (const cue of cues) {
    const cueTok = ctx.tokens[cue.index]!;
    const cueSpan: Span = { start: cueTok.start, end: ctx.tokens[cue.end - 1]!.end };
    let speaker: number | undefined;
    let regionStart: number | undefined;
    let inverted = false;
    let participle = false;
    let relay: number | undefined;
    const fronted = cue.according ? undefined : frontedReport(ctx, s, cue);
    if (fronted) {
      speaker = fronted.speaker;
      regionStart = cueTok.start;
      participle = true;
    } else if (cue.index === s.first && /ing$/.test(cueTok.lower) && !cue.according) {
      continue; // "Speaking to reporters, Rojas said ...": a circumstance of the main clause's report
    } else if (cue.according) {
      speaker = speakerAfter(ctx, s, cue);
      inverted = true;
    } else if (ctx.tokens[cue.index - 1]?.lower === 'to' && /^accus/.test(cueTok.lower)) {
      speaker = subjectOfSentence(ctx, s, cueTok.start);
      if (speaker === undefined) continue;
      regionStart = cueTok.start;
      participle = true;
    } else if (cue.nominal) {
      speaker = cue.nominal.owner;
      regionStart = Math.min(ctx.mentions[speaker]!.start, cueTok.start);
      participle = true; // what precedes is not the content
    } else if (/ing$/.test(cueTok.lower) && /^[,;—–]$/.test(ctx.tokens[cue.index - 1]?.text ?? '') && /^(to|at|in|on|after|before|during|with|from)$/.test(ctx.tokens[cue.end]?.lower ?? '')
      && !(cue.entry?.object === 'infinitive' && ctx.tokens[cue.end + 1]?.pos === 'VERB')) {
      continue; // "X, speaking to reporters on Monday, warned ...": a circumstance, not a report
    } else if ((/ing$/.test(cueTok.lower) && (/^[,;—–]$/.test(ctx.tokens[cue.index - 1]?.text ?? '')
      // '"...," adding that ...': the comma inside the closing mark.
      || (closingMark(ctx, cue.index - 1) && /^[,;—–]$/.test(ctx.tokens[cue.index - (ctx.tokens[cue.index - 1]!.text === "'" ? 3 : 2)]?.text ?? ''))
      // ", even suggesting ...": an adverb between the comma and the participle.
      || (ctx.tokens[cue.index - 1]?.pos === 'ADV' && /^[,;—–]$/.test(ctx.tokens[cue.index - 2]?.text ?? ''))))
      // "Rojas defended the plan by telling farmers that ...", "apart from saying she hopes ...": after a
      // preposition, mid-sentence, the main clause's subject speaks.
      || (/ing$/.test(cueTok.lower) && cue.index - 1 > s.first && /^(by|after|before|despite|from|since|while|when)$/.test(ctx.tokens[cue.index - 1]!.lower))
      || /^(and|but|while)$/.test(ctx.tokens[subjectEnd(ctx, s, cue.index) - 1]?.lower ?? '')) {
      // "..., adding that ...", "Lima rejected ..., saying ...": the main clause's subject speaks.
      const earlier = out.filter((o) => o.sentence === si).at(-1);
      speaker = earlier?.speakerMention ?? subjectOfSentence(ctx, s, cueTok.start);
      const conj = subjectEnd(ctx, s, cue.index) - 1;
      if (speaker === undefined && /^(and|but)$/.test(ctx.tokens[conj]?.lower ?? '')) {
        // "I smiled and said ...", "Police stopped the car and said ...": the first verb's subject.
        let v = conj - 1;
        while (v > s.first && conj - v < 8 && ctx.tokens[v]!.pos !== 'VERB' && !/^[,;:"“”]$/.test(ctx.tokens[v]!.text)) v--;
        if (ctx.tokens[v]?.pos === 'VERB') speaker = speakerBefore(ctx, s, v)?.mention;
      }
      if (speaker === undefined) continue;
      regionStart = cueTok.start;
      participle = true;
    } else {
      const before = speakerBefore(ctx, s, cue.index);
      if (before) { speaker = before.mention; regionStart = before.regionStart; relay = before.relay; }
      const prev = ctx.tokens[subjectEnd(ctx, s, cue.index) - 1];
      if (speaker === undefined && (!prev || /^[,"”]$/.test(prev.text) || closingMark(ctx, subjectEnd(ctx, s, cue.index) - 1)) && !cue.entry?.addressee) {
        speaker = speakerAfter(ctx, s, cue);
        if (speaker !== undefined) speaker = headOfInverted(ctx, s, speaker);
        // "..., said X." inverts only when X closes the clause ("said Chile would ..." does not).
        if (speaker !== undefined) {
          const after = ctx.tokens[ctx.tokenFrom(ctx.mentions[speaker]!.end)];
          if (after && !/^[.,;:!?"”)(]$/.test(after.text) && !/^(on|in|at|during|late|early|told|according|for|of|from|--|—|–)$/.test(after.lower)) speaker = undefined;
        }
        inverted = speaker !== undefined;
        if (inverted) regionStart = cueTok.start;
      }
      if (speaker === undefined && !cue.sourceOnly) continue;
    }
    // A finding: the information source heading the subject speaks ("Video of the crash shows that ...", not
    // "the crash"), unless its author is named ("a study by Ana Rojas found"). Without "that" nothing else does.
    const finding = findingVerb(cue.entry) && !inverted && !participle;
    if (cue.sourceOnly && !finding) continue;
    const source = finding && !(speaker !== undefined && authorOf(ctx, speaker)) ? sourceSubject(ctx, s, cue.index) : undefined;
    if (cue.sourceOnly && source === undefined && speaker === undefined) continue;
    if (source) {
      const headEnd = ctx.tokens[source.head]!.end;
      if (speaker === undefined || ctx.mentions[speaker]!.end !== headEnd) speaker = ctx.mentionEndingAt(headEnd) ?? ctx.phrase(source.start, source.head + 1);
      regionStart = ctx.tokens[source.start]!.start;
    }
    if (speaker === undefined) continue;
    const m = ctx.mentions[speaker]!;
    const attributionStart = cue.according || participle ? cueTok.start : Math.min(regionStart ?? m.start, cueTok.start);
    const attributionEnd = inverted && !participle ? Math.max(m.end, cueSpan.end) : cueSpan.end;
    // Tokens after the attribution: the addressee of "told", then adverbials.
    let after = cue.nominal ? cue.nominal.that : Math.max(cue.end, ctx.tokenFrom(attributionEnd));
    if (after >= s.last) after = s.last;
    let addressee: number | undefined;
    const listenerFrom = after;
    if (cue.entry?.addressee && after < s.last) {
      let a = ctx.mentionStartingAt(ctx.tokens[after]!.start, ctx.tokens[after]!.start + 4);
      // "warned it would not accept", "warned Peru would pay": a mention with a finite verb after it is the
      // subject of what was said, not the listener.
      const then = a === undefined ? undefined : ctx.tokens[ctx.tokenFrom(ctx.mentions[a]!.end)];
      if (then && (then.pos === 'AUX' || then.pos === 'VERB' && !/ing$/.test(then.lower)) && !/^(to|that)$/.test(then.lower)) a = undefined;
      if (a !== undefined) {
        addressee = a;
        after = Math.max(after, ctx.tokenFrom(ctx.mentions[a]!.end));
        if (after >= ctx.tokens.length) after = s.last;
        // "told Fox News Sunday": the rest of a capitalized name belongs to the addressee.
        while (after < s.last && /^\p{Lu}/u.test(ctx.tokens[after]!.text) && ctx.tokens[after]!.pos === 'PROPN') after++;
      } else if (/^\p{Lu}/u.test(ctx.tokens[after]!.text) && ctx.tokens[after]!.pos === 'PROPN' && !subjectOfClause(ctx, s, after)) {
        while (after < s.last && /^\p{Lu}/u.test(ctx.tokens[after]!.text) && ctx.tokens[after]!.pos === 'PROPN') after++;
      } else if (addresseeBeforeThat(ctx, s, after) !== undefined) {
        // "by telling farmers that ...": a listener named by a common noun, then the that-clause.
        after = addresseeBeforeThat(ctx, s, after)!;
      } else if (/^(reporters|journalists|lawmakers|parliament|a|an|the)$/.test(ctx.tokens[after]!.lower)) {
        let k = after + 1;
        while (k < s.last && /^(NOUN|ADJ|PROPN|DET)$/.test(ctx.tokens[k]!.pos) && ctx.tokens[after]!.lower !== 'reporters') k++;
        after = ctx.tokens[after]!.lower === 'reporters' || ctx.tokens[after]!.lower === 'journalists' ? after + 1 : k;
      }
    }
    // "said of Clinton, ...": what the words are about is not part of them.
    if (ctx.tokens[after]?.lower === 'of' && !cue.according) {
      let k = after + 1;
      while (k < s.last && k - after < 8 && ctx.tokens[k]!.text !== ',') k++;
      if (ctx.tokens[k]?.text === ',') after = k + 1;
    }
    after = attributionTail(ctx, s, after);
    // "According to a draft seen by Reuters, Chile would ...": the source's modifiers run to the comma.
    if (cue.according && ctx.tokens[after]?.text !== ',') {
      let k = after;
      while (k < s.last && k - after < 10 && (/^(DET|ADJ|NOUN|PROPN|NUM|ADP|PART|PRON)$/.test(ctx.tokens[k]!.pos) || ctx.tokens[k]!.pos === 'VERB' && /(ed|en|wn)$/.test(ctx.tokens[k]!.lower))) k++;
      if (k > after && ctx.tokens[k]?.text === ',' && /^(VERB)$/.test(ctx.tokens[after]!.pos)) after = k;
    }
    // "AFP reported on Tuesday, citing the commission, that ...": the cited body speaks, the outlet relays.
    if (ctx.tokens[after]?.text === ',' && /^(citing|quoting)$/.test(ctx.tokens[after + 1]?.lower ?? '') && !cue.according) {
      const cited = ctx.mentionStartingAt(ctx.tokens[after + 2]?.start ?? s.end, (ctx.tokens[after + 2]?.start ?? s.end) + 4);
      let close = after + 2;
      while (close < s.last && ctx.tokens[close]!.text !== ',') close++;
      if (cited !== undefined && close < s.last) {
        relay = speaker;
        speaker = cited;
        after = close + 1;
      }
    }
    let content: Span[] = [];
    let direct = false;
    // 1. A quote right before the attribution ('"...," X said') or right after it ('X said: "..."').
    const sentenceStart = ctx.tokens[s.first]!.start;
    // ('"...," adding that ...': the quote before a participle is the main report's.)
    let qBefore = participle ? undefined : quoteAt(quotes, attributionStart, 'before', 3, text);
    // 'On the broadcast of "Morning Hour," Ana Rojas said ...': a quoted title inside a phrase is not what was said.
    if (qBefore && qBefore.start >= sentenceStart && !/(^|[,:;(—–-]|\b(and|but|so))\s*$/i.test(text.slice(sentenceStart, qBefore.start))) qBefore = undefined;
    if (qBefore && titleCased(text.slice(qBefore.inner.start, qBefore.inner.end))) qBefore = undefined;
    // A quote that closed the sentence before is the attribution's when the cue comes first ('"Why?" said
    // Ana Rojas, a lawyer.') or nothing follows ('"We will win." Rojas said.'), not when the sentence says
    // more ('... "a disgrace." Rojas said the ...').
    if (qBefore && qBefore.end <= sentenceStart && !inverted && after < s.last - 1 && !/^[,;—–]$/.test(ctx.tokens[after]!.text)) qBefore = undefined;
    const afterPos = after < s.last ? ctx.tokens[after]!.start : s.end;
    let qAfter = quoteAt(quotes, after < s.last && ctx.tokens[after]!.lower === 'that' ? ctx.tokens[after + 1]?.start ?? s.end : afterPos, 'after', 3, text);
    let afterStart = after;
    if (afterStart < s.last && (ctx.tokens[afterStart]!.lower === 'that' || ctx.tokens[afterStart]!.text === ':')) afterStart++;
    // 'claimed "prices rose" in every region last year': a quote that the clause goes on after is part of indirect speech.
    if (qAfter && !qBefore && afterStart < s.last && partialQuote(ctx, s, qAfter, afterStart, ctx.tokens[after]?.lower === 'that')) qAfter = undefined;
    if (qBefore && !used.has(qBefore)) {
      content.push(qBefore.inner);
      used.add(qBefore);
      direct = true;
      // A split quote: '"A," he said, "B."'
      if (qAfter && !used.has(qAfter) && /,/.test(text.slice(attributionEnd, qAfter.start))) { content.push(qAfter.inner); used.add(qAfter); }
    } else if (qAfter && !used.has(qAfter) && /^[^.!?]*$/.test(text.slice(attributionEnd, qAfter.start))) {
      content.push(qAfter.inner);
      used.add(qAfter);
      direct = /^[\s,:—–-]*$/.test(text.slice(afterPos, qAfter.start)) && (after >= s.last || ctx.tokens[after]!.lower !== 'that');
      // The quote may go on over the next paragraphs, each opening with a mark.
      let q: Quote | undefined = qAfter;
      while (q?.unclosed) {
        const next = quotes.find((n) => n.start > q!.end && /^\s*$/.test(text.slice(q!.end, n.start)));
        if (!next || used.has(next)) break;
        content.push(next.inner); used.add(next); q = next;
      }
    } else if (after === s.last - 1 && ctx.tokens[after]!.text === ':' && doc.sentences![si + 1]?.paragraph === s.paragraph + 1) {
      // "The senator wrote:" closing a paragraph: the next paragraph is what was said (a block quote).
      const next = doc.sentences!.filter((x) => x.paragraph === s.paragraph + 1);
      content.push({ start: next[0]!.start, end: next.at(-1)!.end });
      direct = true;
      for (const q of quotes) if (q.start >= next[0]!.start && q.end <= next.at(-1)!.end + 1) used.add(q);
    } else {
      // 2. Indirect speech: the clause before a trailing attribution, the clause after the cue, or both.
      // "As Ana Rojas has pointed out, the law allows it", "The law allows it, as Rojas said": the main clause.
      const regionAt = ctx.tokenFrom(attributionStart);
      const asAt = ctx.tokens[regionAt]?.lower === 'as' ? regionAt : regionAt - 1;
      const asClause = !cue.according && !participle && ctx.tokens[asAt]?.lower === 'as' && asAt >= s.first;
      if (asClause) {
        if (asAt === s.first && ctx.tokens[after]?.text === ',' && after + 1 < s.last) {
          const main = tidy(text, clauseAfter(ctx, s, after + 1));
          if (isClause(ctx, main)) content.push(main);
        } else if (ctx.tokens[asAt - 1]?.text === ',' && asAt - 1 > s.first && after >= s.last - 1) {
          content.push(tidy(text, { start: sentenceStart, end: ctx.tokens[asAt - 1]!.start }));
        } else if (ctx.tokens[asAt - 1]?.text === ',' && asAt - 1 > s.first && ctx.tokens[after]?.text === ',' && after + 1 < s.last) {
          // "The port, as one engineer pointed out, rarely floods in winter": the clause around it.
          content.push(tidy(text, { start: sentenceStart, end: ctx.tokens[asAt - 1]!.start }), tidy(text, clauseAfter(ctx, s, after + 1)));
        }
        content = content.map((c) => tidy(text, c)).filter((c) => c.end > c.start && words(text, c) >= 2);
        if (!content.length) continue;
        for (const c of content) for (const q of quotes) if (q.start >= c.start - 1 && q.end <= c.end + 1) used.add(q);
      }
      const beforeText = text.slice(sentenceStart, attributionStart);
      const beforeSpan = tidy(text, { start: sentenceStart, end: attributionStart });
      const introduced = after < s.last && (ctx.tokens[after]!.lower === 'that' || ctx.tokens[after]!.text === ':');
      let afterSpan = afterStart < s.last ? tidy(text, clauseAfter(ctx, s, afterStart)) : undefined;
      if (afterSpan && cue.nominal) afterSpan = tidy(text, nounClause(ctx, s, cue.index, afterStart, afterSpan));
      if (afterSpan && !participle && !inverted && !cue.according) afterSpan = embeddedEnd(ctx, s, ctx.tokenFrom(m.start), afterSpan);
      if (afterSpan && fronted) afterSpan = tidy(text, { start: afterSpan.start, end: Math.min(afterSpan.end, ctx.tokens[fronted.comma]!.start) });
      // "When farmers ask for help, too many calls go unanswered": a report inside a fronted adverbial clause
      // says no more than that clause; the main clause after its comma is the writer's.
      const adverbialEnd = afterSpan && frontedClauseEnd(ctx, s, cue.index, afterStart);
      if (afterSpan && adverbialEnd !== undefined) afterSpan = tidy(text, { start: afterSpan.start, end: Math.min(afterSpan.end, ctx.tokens[adverbialEnd]!.start) });
      // "the audit -- which finds that ... -- will be": what was said ends with the aside.
      // "The tribunal, which held that Peru owed the firm money, is ...": it ends with the relative clause.
      const rel = subjectEnd(ctx, s, cue.index) - 1;
      if (afterSpan && /^(who|which)$/.test(ctx.tokens[rel]?.lower ?? '') && /^(,|—|–|--)$/.test(ctx.tokens[rel - 1]?.text ?? '')) {
        const dash = ctx.tokens[rel - 1]!.text !== ',';
        for (let k = ctx.tokenFrom(afterSpan.start); k < s.last && ctx.tokens[k]!.start < afterSpan.end; k++) {
          const t = ctx.tokens[k]!;
          const closes = dash ? /^(—|–|--)$/.test(t.text) : t.text === ',' && (ctx.tokens[k + 1]?.pos === 'AUX' || (ctx.tokens[k + 1]?.pos === 'VERB' && !/ing$/.test(ctx.tokens[k + 1]!.lower)));
          if (closes) { afterSpan = tidy(text, { start: afterSpan.start, end: t.start }); break; }
        }
      }
      // "..., with the union saying the talks had failed", "..., X said the talks had failed": a clause right
      // after the cue is what was said, not the one before.
      const firstComma = afterSpan ? text.slice(afterSpan.start, afterSpan.end).indexOf(',') : -1;
      const clauseNext = !!afterSpan && !/ing$/.test(cueTok.lower) ? /^(DET|NOUN|PROPN|PRON|NUM)$/.test(ctx.tokens[afterStart]?.pos ?? '') && words(text, afterSpan) >= 3
        && isClause(ctx, { start: afterSpan.start, end: firstComma < 0 ? afterSpan.end : afterSpan.start + firstComma }) : !!afterSpan;
      // "the test, which state media claimed now allows Peru to ...": a relative pronoun standing for the object
      // of the report; what was said is the rest of the relative clause, not the clause before it.
      // ("a move that experts said proved ...": "that" after a noun is such a pronoun too.)
      const relAt = ctx.tokenFrom(attributionStart);
      const relativeObject = /^(which|whom)$/.test(ctx.tokens[relAt]?.lower ?? '') && ctx.tokens[relAt - 1]?.text === ','
        || ctx.tokens[relAt - 1]?.lower === 'that' && /^(NOUN|PROPN)$/.test(ctx.tokens[relAt - 2]?.pos ?? '');
      const hasBefore = !asClause && !participle && !introduced && !clauseNext && !relativeObject && /[,—–]['"”’]*\s*$/.test(beforeText) && words(text, beforeSpan) >= 3
        && !frontedAdjunct(ctx, beforeSpan) && isClause(ctx, beforeSpan) && !hasReport(ctx, beforeSpan);
      if (hasBefore) {
        content.push(beforeSpan);
        // "X, the office said, until Y": the clause goes on after the attribution.
        // An appositive after an inverted speaker ("said Ana Rojas, a lawyer who ...") is not.
        if (afterSpan && /^\s*,/.test(text.slice(afterPos === s.end ? s.end : ctx.tokens[after - 1]?.end ?? afterPos, afterPos + 1)) && words(text, afterSpan) >= 3
          && !/^(adding|according|citing|saying|as)$/.test(ctx.tokens[ctx.tokenFrom(afterSpan.start)]?.lower ?? '') && !/^(DET|NOUN|PROPN|ADJ|NUM)$/.test(ctx.tokens[ctx.tokenFrom(afterSpan.start)]?.pos ?? '')) {
          content.push(afterSpan);
        }
      } else if (!asClause && afterSpan && words(text, afterSpan) >= 2) {
        // "Nobody is arguing, since the emails show that ...": a clause set off after the cue by a comma and a
        // subordinator is the writer's reason or time, not what was said.
        if (ctx.tokens[after]?.text === ',' && (ADJUNCT_SUBORDINATORS.test(ctx.tokens[after + 1]?.lower ?? '') || /^(if|unless)$/.test(ctx.tokens[after + 1]?.lower ?? '')) && bareClauseFollows(ctx, s, after + 2)) continue;
        if (!introduced && !cue.according && notContent(ctx, s, afterStart, afterSpan, cue.entry?.lemma === 'ask')) continue;
        // "condemned the launch as Peru fired three missiles": an object ends where an adjunct clause begins;
        // only what comes before it tells whether a clause was reported or a thing named.
        const adjunct = adjunctStart(ctx, s, afterStart, afterSpan.end);
        const core = adjunct === undefined ? afterSpan : tidy(text, { start: afterSpan.start, end: ctx.tokens[adjunct]!.start });
        const frame = cue.naming || cue.entry?.object === 'demand' || (/^(describ|accus|call|urg|brand|label|dismiss|denounc|condemn)/.test(cueTok.lower) && /\b(as|of|to)\b/.test(text.slice(core.start, core.end)));
        // "warned officials to boost their security": a listener, then what they were told to do.
        // "vowed to rebuild the port": a commitment, what was promised after "to".
        const told = !!cue.entry && (cue.entry.addressee || cue.entry.object === 'infinitive') && ctx.tokens[afterStart]?.lower === 'to' && ctx.tokens[afterStart + 1]?.pos === 'VERB';
        const clause = isClause(ctx, core);
        if (!introduced && !frame && !told && !clause && !cue.according && !cue.sourceOnly) continue;
        if (!clause) afterSpan = core;
        if (told) {
          // "urged Chile to reconsider": who was urged belongs to what they were urged to do.
          const from = cue.entry!.addressee && listenerFrom < afterStart && listenerFrom < s.last ? ctx.tokens[listenerFrom]!.start : afterSpan.start;
          afterSpan = tidy(text, { start: from, end: infinitiveEnd(ctx, s, afterStart, afterSpan.end) });
        }
        // "criticised the way Washington has been speaking": an evaluation of a thing, not a report of words.
        // ("announced it would close the border" is a report: a pronoun subject and its verb.)
        const pronounClause = /^(it|they|he|she|we|i|there)$/.test(ctx.tokens[afterStart]?.lower ?? '') && /^(AUX|VERB)$/.test(ctx.tokens[afterStart + 1]?.pos ?? '');
        if (!introduced && !frame && !pronounClause && !cue.sourceOnly && cue.entry?.pos === 'verb' && cue.entry.object === 'thing' && /^(DET|NOUN|PROPN|ADJ|PRON|ADP)$/.test(ctx.tokens[afterStart]?.pos ?? '')) continue;
        if (cue.according && !/^\s*,/.test(text.slice(ctx.tokens[after - 1]?.end ?? afterPos, afterPos))) {
          // "according to X" mid-sentence: the content is the rest of the sentence around it.
          const rest = tidy(text, { start: sentenceStart, end: attributionStart });
          if (words(text, rest) >= 3) content.push(rest);
          else content.push(afterSpan);
        } else if (subjectInterrupted(ctx, s, beforeSpan, after) && !participle && !introduced && !frontedAdjunct(ctx, beforeSpan)) {
          // "The museum, Ana Rojas said, would make visitors face hard truths": the subject before the
          // interruption and the predicate after it.
          content.push(beforeSpan, afterSpan);
        } else content.push(afterSpan);
        // A quote inside indirect speech makes it partly direct only; it is not a statement of its own.
        for (const q of quotes) if (q.start >= afterSpan.start - 1 && q.inner.end <= afterSpan.end + 2) used.add(q);
      } else if (!asClause && cue.according && words(text, beforeSpan) >= 3) {
        content.push(beforeSpan);
      }
      for (const c of content) for (const q of quotes) if (q.start >= c.start - 2 && q.inner.end <= c.end + 2) used.add(q);
    }
    // A one-word piece stays when the pieces read on together ("Peru, he said, supports the plan").
    const pieces = content.map((c) => tidy(text, c)).filter((c) => c.end > c.start);
    const joined = pieces.length > 1 && pieces.reduce((n, c) => n + words(text, c), 0) >= 3;
    content = pieces.filter((c) => words(text, c) >= (joined ? 1 : 2));
    if (!content.length) continue;
    const speakerMention = ctx.mentions[speaker]!;
    const actor = speakerMention.actor ?? namedBody(ctx, speakerMention);
    const fromQuote = direct;
    const confidence = (fromQuote ? 0.9 : 0.75) - (speakerMention.kind === 'pronoun' ? 0.1 : 0) - (actor === undefined ? 0.3 : 0);
    const date = dateOf(doc, s, content, cueSpan.start);
    out.push({
      sentence: si, content, direct, cue: cueSpan, speakerSpan: { start: speakerMention.start, end: speakerMention.end },
      speakerMention: speaker, ...(actor !== undefined ? { speaker: actor } : {}),
      ...(addressee !== undefined && ctx.mentions[addressee]!.actor !== undefined ? { addressee: ctx.mentions[addressee]!.actor } : {}),
      ...(date ? { date } : {}), confidence: Math.round(confidence * 100) / 100,
      ...(relay !== undefined && ctx.mentions[relay]!.actor !== undefined ? { reportedBy: ctx.mentions[relay]!.actor } : {}),
      media: !!speakerMention.media || (actor !== undefined && !!doc.actors![actor]!.media),
    });
  }
}

/** A title or slogan in capitals, not a sentence anyone said: "Make Your Farm Pay", "Rebuild the Valley Now". */
function titleCased(inner: string): boolean {
  const ws = inner.replace(/[,.!?'"”’]+$/u, '').split(/\s+/).filter(Boolean);
  return ws.length >= 3 && ws.length <= 12 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(a|an|the|of|and|or|for|to|in|on|at|by|with|from|as|is|vs\.?)$/.test(w))
    && ws.some((w) => /^\p{Lu}\p{Ll}{3,}/u.test(w)) && !ws.slice(1).every((w) => /^\p{Lu}/u.test(w) && w === w.toUpperCase());
}

/** Body nouns a name can stand before: "His Chilean Unity party", "the Peru Libre movement". */
const BODY_HEADS = /^(party|movement|group|faction|bloc|alliance|coalition|camp)$/;

/** The named body an unresolved speaker phrase ends with: the actor named right before its head noun
 *  ("His Chilean Unity party said ..." speaks for Chilean Unity). */
function namedBody(ctx: Context, m: Mention): number | undefined {
  const head = ctx.tokens[ctx.tokenFrom(m.end) - 1];
  if (!head || !BODY_HEADS.test(head.lower)) return undefined;
  const name = ctx.mentionEndingAt(ctx.tokens[ctx.tokenFrom(head.start) - 1]?.end ?? -1);
  const actor = name === undefined ? undefined : ctx.mentions[name]!.actor;
  return actor !== undefined && ctx.doc.actors![actor]!.type !== 'Person' ? actor : undefined;
}

/** Whether the text between a quote and the next one holds only the attribution: the first quote's closing
 *  marks (',’”' closes a quote inside a quote, ",''" a quote set in apostrophes), then words on one line, where
 *  a quoted title may stand ('said on "Morning Hour."'). With `nextParagraph`, the attribution may close its
 *  paragraph and the quote open the next one. */
function onlyAttribution(between: string, nextParagraph: boolean): boolean {
  const rest = between.replace(/^[,.!?;:…]?['"”’]{0,3}/u, '').replace(/["“](\p{Lu}[^\s"“”]*(\s+(\p{Lu}|(of|and|the|in|on|for|to|a)\b)[^\s"“”]*)*)[.,]?["”]/gu, '');
  return !/["“”\n]/u.test(rest) || nextParagraph && /^[^"“”\n]*[.!?]\s*\n\s*$/u.test(rest);
}

/** Quotes nobody was named for: the continuation of the previous speaker ('"A," he said. "B."'). */
function orphanQuotes(doc: Document, out: Found[], quotes: readonly Quote[], used: Set<Quote>): void {
  const text = doc.text;
  for (const q of quotes) {
    if (used.has(q)) continue;
    const si = doc.sentences!.findIndex((s) => q.inner.start >= s.start && q.inner.start < s.end);
    const s = doc.sentences![si];
    if (!s || s.header) continue;
    // Only whole-sentence quotes: a short quoted phrase is a title, a term or a scare quote.
    const wordsIn = words(text, q.inner);
    const inner = text.slice(q.inner.start, q.inner.end);
    // The quote ends a sentence or a clause, possibly with a quote of its own inside ('... me.'"').
    if (wordsIn < 6 || titleCased(inner)) continue;
    let piece: Span = q.inner;
    if (!/[.!?,…]['"”’]{0,3}\s*$/.test(inner + text.slice(q.inner.end, q.end)) && !q.unclosed) {
      // "''It is just a tax rise'' for the rich.": a quote that opens its sentence and closes inside it is the
      // speaker's sentence with the writer's ending; the ending goes with it.
      const tail = /^[^"“”\n]{1,160}?[.!?](?=\s|$)/u.exec(text.slice(q.end, q.end + 161));
      if (!tail || !/^\s*$/.test(text.slice(s.start, q.start)) || words(text, { start: q.end, end: q.end + tail[0].length }) < 2) continue;
      piece = tidy(text, { start: q.inner.start, end: q.end + tail[0].length });
    }
    let at = out.findLastIndex((st) => st.sentence <= si && st.sentence >= si - 2 && (st.speaker !== undefined || st.speakerMention !== undefined));
    if (at < 0) continue;
    // Words in quote marks go on from the speaker's last quoted words: '"A," X said, stressing that ... "B."'
    // continues "A", not the participle's report; 'Prices are "too high," X said. "B."' continues a partial quote.
    const quoted = (st: Found): boolean => st.direct || /["“”]|''/.test(text.slice(Math.max(0, st.content.at(-1)!.start - 2), st.content.at(-1)!.start) + text.slice(st.content.at(-1)!.end, st.content.at(-1)!.end + 2));
    const same = out[at]!;
    // 'suggesting questions such as "Will you cut taxes? Will you ...?"': a quote that opens inside reported
    // content and runs on past its sentence is the rest of that content.
    const inside = same.content.at(-1)!;
    if (q.start >= inside.start - 2 && q.start < inside.end && q.inner.end > inside.end) {
      out[at] = { ...same, content: [...same.content.slice(0, -1), { start: inside.start, end: q.inner.end }] };
      used.add(q);
      continue;
    }
    if (!quoted(same)) {
      const k = out.findLastIndex((st) => st.sentence === same.sentence && st !== same && st.speakerMention === same.speakerMention && st.speaker === same.speaker && quoted(st));
      if (k >= 0) at = k;
    }
    const prev = out[at]!;
    const last = prev.content.at(-1)!;
    // 'X said she felt that "A," she said. "B."': words between that are not the reported content's own
    // attribution (its cue came before it) are another report, and the quote after them starts anew.
    const ownAttribution = prev.direct || !prev.cue || prev.cue.start >= last.end || !/\p{L}/u.test(text.slice(last.end, q.start));
    // ('The plan may fail, Rojas said. "B."': a quote sentence goes on from reported content as well.)
    const joined = (quoted(prev) || /[.!?]/.test(text.slice(last.end, q.start))) && ownAttribution && q.start >= last.end && q.start - last.end < 200 && onlyAttribution(text.slice(last.end, q.start), /[.!?…]['"”’]{0,3}\s*$/u.test(text.slice(q.inner.start, q.end)));
    // A speaker named only by a pronoun nobody was found for continues a quote, but starts none.
    if (!joined && prev.speaker === undefined) continue;
    if (joined) {
      out[at] = { ...prev, content: [...prev.content, piece] };
    } else {
      out.push({ ...prev, sentence: si, content: [piece], direct: true, confidence: 0.5 });
      delete (out.at(-1) as { cue?: Span }).cue;
    }
    used.add(q);
  }
}

/** Transcript answers ("A: ..."): the briefer named before the first question speaks each. */
function transcript(doc: Document, out: Found[]): void {
  const text = doc.text;
  const firstQ = /^Q\s*:/m.exec(text);
  if (!firstQ) return;
  const briefer = doc.mentions!.find((m) => m.start < firstQ.index && m.actor !== undefined && doc.actors![m.actor]!.type === 'Person');
  if (!briefer) return;
  for (const m of text.matchAll(/^A\s*:\s*(.+)$/gm)) {
    const start = m.index + m[0].length - m[1]!.length;
    const span = tidy(text, { start, end: m.index + m[0].length });
    const si = doc.sentences!.findIndex((s) => start >= s.start && start < s.end);
    out.push({ sentence: si, content: [span], direct: true, speaker: briefer.actor!, speakerSpan: { start: m.index, end: m.index + 1 }, confidence: 0.7, ...(doc.meta?.datePublished ? { date: doc.meta.datePublished } : {}) });
  }
}

/** Labels of the paper's own notes, never a speaker ("Correction: ...", "UPDATE: ..."). */
const EDITORIAL_LABEL = /^(note|update|updated|correction|corrections|photo|video|watch|read|source|sources|editor['’]?s note|clarification|related|disclosure|disclaimer|advertisement|credit)$/i;

/** Speaker labels ("WALLACE: ...", "Rojas: ...") opening body paragraphs, as in debate transcripts:
 *  the paragraph is the labelled speaker's, with no cue. The label must name an actor of the article. */
function speakerLabels(doc: Document, out: Found[], quotes: readonly Quote[], used: Set<Quote>): void {
  const text = doc.text;
  const bodyStart = doc.meta?.bodyStart ?? 0;
  const found = [...text.matchAll(/^(["“]?)([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}):[ \t]+(\S.*)$/gm)].filter((m) => m.index >= bodyStart && !/^(Q|A)$/.test(m[2]!) && !EDITORIAL_LABEL.test(m[2]!));
  // Labels in capitals ("ROJAS:") that take turns, at least two of them, make a transcript even when the
  // article names nobody by that label.
  const caps = new Set(found.map((m) => m[2]!).filter((l) => /^[A-Z][A-Z.'’ -]+$/.test(l)));
  const transcript = caps.size >= 2;
  for (const m of found) {
    const label = m[2]!.toLowerCase();
    const actor = doc.actors!.findIndex((a) => a.type === 'Person' && [a.label, ...a.aliases].some((n) => n.toLowerCase() === label || n.toLowerCase().split(/\s+/).at(-1) === label));
    if (actor < 0 && !(transcript && caps.has(m[2]!))) continue;
    const labelStart = m.index + m[1]!.length;
    const start = m.index + m[0].length - m[3]!.length;
    const span = tidy(text, { start, end: m.index + m[0].length });
    const si = doc.sentences!.findIndex((x) => start >= x.start && start < x.end);
    if (si < 0 || out.some((o) => o.content.some((c) => c.start < span.end && span.start < c.end))) continue;
    out.push({ sentence: si, content: [span], direct: true, ...(actor >= 0 ? { speaker: actor } : {}), speakerSpan: { start: labelStart, end: labelStart + m[2]!.length }, confidence: 0.6 });
    for (const q of quotes) if (q.start >= m.index && q.start < m.index + m[0].length) used.add(q);
  }
}

/** '"..." ― Ana Rojas' closing a paragraph: an attribution by dash, as under an epigraph. */
function dashAttributions(doc: Document, out: Found[], quotes: readonly Quote[], used: Set<Quote>): void {
  const text = doc.text;
  for (const q of quotes) {
    if (used.has(q)) continue;
    const tail = /^[\s,.]*[―—–-]\s*/.exec(text.slice(q.end, q.end + 4));
    if (!tail) continue;
    const at = q.end + tail[0].length;
    const m = doc.mentions!.find((x) => x.start === at && x.actor !== undefined);
    if (!m) continue;
    // The name closes its line, or an appositive after a comma does ("― Ana Rojas, a senator").
    const rest = /^[^\n]*/.exec(text.slice(m.end))![0];
    if (!(rest.trim() === '' || rest.trim() === '.' || rest.startsWith(','))) continue;
    const si = doc.sentences!.findIndex((x) => q.inner.start >= x.start && q.inner.start < x.end);
    out.push({ sentence: si, content: [q.inner], direct: true, speaker: m.actor!, speakerSpan: { start: m.start, end: m.end }, cue: { start: q.end + tail[0].indexOf(tail[0].trim()[0]!), end: q.end + tail[0].indexOf(tail[0].trim()[0]!) + 1 }, confidence: 0.6 });
    used.add(q);
  }
}

/** "X said ..., according to Reuters" / "..., TASS reported": an outlet relaying another speaker. */
function intermediaries(doc: Document, out: Found[]): Found[] {
  const publisher = doc.meta?.publisher?.toLowerCase();
  const isPublisher = (a: number): boolean => !!publisher && (doc.actors![a]!.label.toLowerCase() === publisher || doc.actors![a]!.aliases.some((x) => x.toLowerCase() === publisher));
  const keep: Found[] = [];
  for (const st of out) {
    const sameSentence = out.filter((o) => o !== st && o.sentence === st.sentence);
    // An outlet's or "according to" statement in a sentence with another speaker's statement relays it.
    const relayed = sameSentence.find((o) => (o.speaker === undefined || o.speaker !== st.speaker) && !o.media && !isAccording(doc, o)
      && overlapsAny(st.content, o.content.concat(o.speakerSpan ? [o.speakerSpan] : [])));
    if (relayed && (st.media || isAccording(doc, st))) {
      if (st.speaker !== undefined && !isPublisher(st.speaker) && relayed.speaker !== st.speaker) (relayed as { reportedBy?: number }).reportedBy = st.speaker;
      continue;
    }
    keep.push(st);
  }
  for (const st of keep) {
    if (st.reportedBy === undefined && st.addressee !== undefined && doc.actors![st.addressee]!.media && !isPublisher(st.addressee)) {
      (st as { reportedBy?: number }).reportedBy = st.addressee;
    }
  }
  return keep;
}

const isAccording = (doc: Document, st: Found): boolean => !!st.cue && /^(according|citing)/i.test(doc.text.slice(st.cue.start, st.cue.end));
const overlapsAny = (a: readonly Span[], b: readonly Span[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

export const statements: Stage = {
  name: 'statements',
  requires: ['sentences', 'tokens', 'quotes', 'mentions', 'actors', 'meta'],
  assigns: ['statements'],
  run(doc: Document) {
    const ctx = new Context(doc);
    const out: Found[] = [];
    const quotes = doc.quotes!;
    const used = new Set<Quote>();
    for (const q of quotes) if (doc.sentences!.some((s) => s.header && q.start >= s.start && q.start < s.end)) used.add(q);
    doc.sentences!.forEach((s, si) => { if (!s.header) buildSentence(ctx, doc, si, out, quotes, used); });
    transcript(doc, out);
    speakerLabels(doc, out, quotes, used);
    dashAttributions(doc, out, quotes, used);
    orphanQuotes(doc, out, quotes, used);
    const outer = out.filter((o) => o.cue && !o.media && !isAccording(doc, o));
    const unnested = out.filter((st) => !st.cue || !outer.some((o) => o !== st && o.content.some((c) => c.start <= st.cue!.start && c.end >= st.cue!.end) && !(st.media || isAccording(doc, st))));
    // Inside a labelled answer ("A: We hope ..."), the answerer's own "we" or "I" is the answer going on.
    const answers = out.filter((o) => !o.cue && o.speakerSpan);
    const ownWords = (st: Found): boolean => !!st.cue && st.speakerMention !== undefined && /^(i|we)$/i.test(ctx.mentions[st.speakerMention]!.text)
      && answers.some((o) => o.content.some((c) => c.start <= st.cue!.start && c.end >= st.cue!.end));
    for (let k = unnested.length - 1; k >= 0; k--) if (ownWords(unnested[k]!)) unnested.splice(k, 1);
    const kept = intermediaries(doc, unnested);
    // Same speaker, no day of its own: the day of that speaker's previous statement.
    const dated: Found[] = [];
    for (const st of kept) {
      const before = dated.filter((d) => d.speaker === st.speaker && d.date).at(-1);
      dated.push(!st.date && before?.date && st.speaker !== undefined ? { ...st, date: before.date } : st);
    }
    dated.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
    const result: Statement[] = dated.map(({ sentence: _s, speakerMention: _m, media: _d, ...st }) => st);
    return { ...doc, statements: result.map(statementShape) };
  },
};
