// Stage 4: mentions of actors. Lexicon names (countries, capitals, organizations, media), runs of
// capitalized words split into country modifier + title + name, titles standing alone
// ("the spokesperson", "the president's foreign minister"), unnamed speakers ("a Chilean official",
// "analysts") and pronouns. Nothing is resolved here; coreference does that.
import { mentionShape } from '../model/shapes.js';
import { MONTHS, WEEKDAYS } from '../text/dates.js';
import type { Document, Mention, Sentence, Stage, Token } from '../model/document.js';
import {
  countryByAdjective, countryByName, gazetteer, gazetteerPrefixes, givenNameGender, grammar, maxTitleWords, reportingByForm, titleByForm, titlePrefixes, wordSet,
  type GazetteerEntry, type TitleEntry,
} from '../lexicon/index.js';

const ORG_HEADS = wordSet(grammar.organizationHeads);
/** Days and months: no name goes on into them ("Li Wen on Tuesday"). */
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
const NON_ACTOR_HEADS = wordSet(grammar.nonActorHeads);
const CONNECTORS = new Set(grammar.nameConnectors);
const LOCATIVE = wordSet(grammar.locativePrepositions);
const COLLECTIVES = wordSet(grammar.collectives);
const SINGULAR_SPEAKERS = wordSet(grammar.singularSpeakers);
const PRONOUNS: ReadonlyMap<string, string> = new Map(Object.entries(grammar.pronouns as Record<string, string>));
const NON_ACTOR_STARTS = wordSet(grammar.nonActorStarts);
const INSTITUTION_HEADS = wordSet(grammar.institutionHeads);
const RUN_LINKS = new Set(['of', 'for', 'and', 'on', 'the', '&']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'senior', 'top']);

/** Starts with an upper-case letter (ASCII decided without a regular expression: this runs on every token). */
function isUpperInitial(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(s);
}
const isAllCaps = (s: string): boolean => /^[\p{Lu}][\p{Lu}\p{N}.'’-]+$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());

/** Working view over one sentence's tokens. */
class View {
  constructor(readonly doc: Document, readonly tokens: readonly Token[], readonly sentence: Sentence, readonly names: ReadonlySet<string> = new Set()) {}
  tok(i: number): Token | undefined { return i >= this.sentence.first && i < this.sentence.last ? this.tokens[i] : undefined; }
  /** Sentence-initial, or right after an opening quote or colon. */
  initial(i: number): boolean {
    const prev = this.tok(i - 1);
    // An opening mark is glued to the word it opens; a closing one ('," Doe') is not.
    return !prev || /^[“‘:—–-]$/.test(prev.text) || (/^["']$/.test(prev.text) && prev.end === this.tok(i)!.start);
  }
  /** A capitalized word that can be part of a name. */
  cap(i: number): boolean {
    const t = this.tok(i);
    if (!t || !isUpperInitial(t.text) || /^["“”‘’]/.test(t.text)) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && this.sentence.header)) return false; // "Was", "Headed" in a Title Case headline
    // ("Theresa May", "Ana March": a month after a given name is a surname.)
    if (NON_ACTOR_HEADS.has(t.lower) && !ORG_HEADS.has(t.lower) && t.pos !== 'PROPN' && !this.sentence.header
      && !(givenNameGender.has(this.tok(i - 1)?.lower ?? '') && isUpperInitial(this.tok(i - 1)!.text) && this.tok(i - 1)!.end < t.start)) return false;
    if (this.initial(i)) {
      // A sentence's first word is a name only if the tagger or a lexicon says so.
      if (t.pos === 'PROPN' || gazetteer.has(t.text) || titleByForm.has(t.lower) || countryByAdjective.has(t.text)) return true;
      if (isUpperInitial(this.tok(i + 1)?.text ?? '') && titleByForm.has(`${t.lower} ${this.tok(i + 1)!.lower}`)) return true;
      // "Rojas said ...": a word the article writes elsewhere as a name, and never in lower case.
      return /^(NOUN|VERB|ADJ)$/.test(t.pos) && this.names.has(t.text);
    }
    return true;
  }
}

/** A capitalized word at token i, even a place's or a document's head ("Paris Agreement", "Lima Summit"):
 *  a capital before it is part of that name, not the government speaking. */
function nameFollows(v: View, i: number): boolean {
  const t = v.tok(i);
  return v.cap(i) || (!!t && isUpperInitial(t.text) && NON_ACTOR_HEADS.has(t.lower));
}

/** "a White House event": a seat after "a" and before a common noun that names no speaker describes a
 *  thing or a place, not the executive speaking ("a White House official" still is one). */
function attributiveSeat(v: View, lead: number, end: number): boolean {
  const next = v.tok(end);
  if (!/^(a|an)$/i.test(v.tok(lead - 1)?.text ?? '') || !next || next.text !== next.lower || next.pos !== 'NOUN') return false;
  return !SINGULAR_SPEAKERS.has(next.lower) && !COLLECTIVES.has(next.lower) && !titleAt(v, end);
}

/** Longest lexicon name starting at token i (exact case; a leading "the" is the caller's). */
function gazetteerAt(v: View, i: number): { entry: GazetteerEntry; end: number } | undefined {
  const text = v.doc.text;
  const start = v.tok(i)!.start;
  let best: { entry: GazetteerEntry; end: number } | undefined;
  let form = '';
  for (let j = i; j < Math.min(v.sentence.last, i + 12); j++) {
    const t = v.tok(j)!;
    form = text.slice(start, t.end);
    const entry = gazetteer.get(form) ?? (form.endsWith('.') && j === i ? gazetteer.get(form.slice(0, -1)) : undefined);
    if (entry) best = { entry, end: j + 1 };
    if (!gazetteerPrefixes.has(form)) break;
  }
  return best;
}

/** Longest title starting at token i, case-insensitive ("Foreign Minister", "secretary of state"). */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([...titleByForm.keys()].map((k) => k.split(/[\s-]+/)[0]!));

function titleAt(v: View, i: number): { entry: TitleEntry; end: number } | undefined {
  let best: { entry: TitleEntry; end: number } | undefined;
  const first = v.tok(i);
  if (!first || !TITLE_FIRST_WORDS.has(first.lower)) return undefined;
  // The words so far, lower case, spaces between them collapsed to one: "secretary of state".
  let form = first.lower;
  for (let j = i; j < Math.min(v.sentence.last, i + maxTitleWords + 2); j++) {
    if (j > i) {
      const previous = v.tok(j - 1)!;
      const t = v.tok(j)!;
      form += (t.start === previous.end ? '' : v.doc.text.slice(previous.end, t.start).toLowerCase().replace(/\s+/g, ' ')) + t.lower;
    }
    const entry = titleByForm.get(form);
    if (entry) best = { entry, end: j + 1 };
    if (!titlePrefixes.has(form)) break;
  }
  return best;
}

interface Found { mentions: Mention[] }

function push(found: Found, m: Mention): number {
  found.mentions.push(m);
  return found.mentions.length - 1;
}

function spanText(doc: Document, start: number, end: number): string {
  return doc.text.slice(start, end);
}

/** An adverb of manner or time in -ly between a speaker and the verb ("immediately denounced"). */
function mannerAdverb(t: Token): boolean {
  return t.pos === 'ADV' && /ly$/.test(t.lower);
}

/** Whether the tokens around a mention make it the speaker of a reporting verb ("X said", "said X"). */
function speakingAt(v: View, first: number, last: number): boolean {
  let j = last;
  // "NAME (Country) said": skip a parenthesis after the name.
  if (v.tok(j)?.text === '(') { const close = v.doc.text.indexOf(')', v.tok(j)!.start); while (v.tok(j) && v.tok(j)!.start <= close) j++; }
  while (v.tok(j) && (/^(has|have|had|also|later|earlier|further|would|will|could|was|were|is|are|repeatedly|previously|recently|separately|then|publicly|reportedly)$/.test(v.tok(j)!.lower) || mannerAdverb(v.tok(j)!))) j++;
  const after = v.tok(j);
  if (after && reportingByForm.get(after.lower)?.pos === 'verb' && (after.pos === 'VERB' || /^(said|says|told)$/.test(after.lower))) return true;
  // "Doe, presenting the plan, said": look past an appositive between commas.
  if (after?.text === ',') {
    for (let k = j + 1; k < Math.min(v.sentence.last, j + 25); k++) {
      if (v.tok(k)!.text !== ',') continue;
      const verb = v.tok(k + 1);
      return !!verb && reportingByForm.get(verb.lower)?.pos === 'verb' && verb.pos === 'VERB';
    }
  }
  const before = v.tok(first - 1);
  if (before && reportingByForm.get(before.lower)?.pos === 'verb' && /^[,"”]/.test(v.tok(first - 2)?.text ?? ',')) return true;
  return false;
}

/** Token j follows token j-1 with no space between ("Ho-jin", "al-Rishq"). */
function glued(v: View, j: number): boolean {
  const a = v.tok(j - 1);
  const b = v.tok(j);
  return !!a && !!b && a.end === b.start;
}

/** Extends a run of capitalized words from token i; returns one past its end. */
function runEnd(v: View, i: number): number {
  let j = i;
  let hasOrgHead = false;
  let hasOf = false;
  while (v.tok(j)) {
    const t = v.tok(j)!;
    // A title with lower-case words inside it: "Secretary of State Antony Blinken".
    if (v.cap(j)) {
      const title = titleAt(v, j);
      if (title && title.end > j + 1 && v.cap(title.end - 1) && Array.from({ length: title.end - j }, (_, n) => v.tok(j + n)!).some((w) => w.text === w.lower)) { j = title.end; continue; }
    }
    // A capitalized label before a colon ("Photo:", "Source:") is not part of a name.
    if (j > i && v.tok(j + 1)?.text === ':' && v.tok(j + 1)!.start === t.end) break;
    // "Ma. Teresita Daza", "Donald J. Trump": an abbreviated name and its full stop stay in the name.
    if (t.text === '.' && j > i && /^\p{Lu}\p{Ll}?$/u.test(v.tok(j - 1)!.text) && glued(v, j) && v.cap(j + 1) && !/^(Mr|Ms|Dr|St|Mt)$/.test(v.tok(j - 1)!.text)) { j++; continue; }
    if (v.cap(j) || (j > i && /^[A-Z]\.$/.test(t.text))) {
      if (ORG_HEADS.has(t.lower)) hasOrgHead = true;
      j++;
      continue;
    }
    if (j > i && glued(v, j) && /^[-\p{L}'’]+$/u.test(t.text) && t.text !== "'s" && t.text !== '’s' && (t.text !== '-' || glued(v, j + 1))) { j++; continue; }
    // A lower-case title between a capitalized body and a name: "Foreign Ministry spokesperson Ana Rojas".
    if (j > i && t.text === t.lower) {
      const title = titleAt(v, j);
      if (title && v.cap(title.end) && !titleAt(v, title.end)) { j = title.end; continue; }
    }
    if (CONNECTORS.has(t.text) && j > i && (v.cap(j + 1) || (v.tok(j + 1)?.text === '-' && glued(v, j + 1) && v.cap(j + 2)))) { j++; continue; }
    // (Not to a day or month: "spokesperson Li Wen on Tuesday".)
    if (RUN_LINKS.has(t.lower) && j > i && (hasOrgHead || t.lower === 'of') && (v.cap(j + 1) || (t.lower === 'of' && v.tok(j + 1)?.lower === 'the' && v.cap(j + 2)))
      && !CALENDAR.has(v.tok(j + 1)?.lower ?? '')) {
      // "Ministry of Foreign Affairs", "Institute of ... Studies"; "of" may start an org's tail only after an org head.
      if (t.lower === 'of' && !hasOrgHead) break;
      if (t.lower === 'of') hasOf = true;
      if (t.lower === 'and' && !hasOf && !hasOrgHead) break;
      j++;
      continue;
    }
    if (t.text === ',' && hasOrgHead && hasOf && v.cap(j + 1)) {
      // A list inside a name: "Institute of Russian, Eastern European and Central Asian Studies".
      let k = j + 1;
      while (v.tok(k) && (v.cap(k) || v.tok(k)!.text === ',')) k++;
      if (v.tok(k)?.lower === 'and' && v.cap(k + 1)) { j++; continue; }
      break;
    }
    break;
  }
  // Never end on a connector.
  while (j > i && !v.cap(j - 1) && !/^[A-Z]\.$/.test(v.tok(j - 1)!.text) && !(glued(v, j - 1) && /\p{L}/u.test(v.tok(j - 1)!.text))) j--;
  return j;
}

/** Splits a capitalized run into mentions: modifiers (countries), an organization, a title, a name. */
function decomposeRun(v: View, found: Found, i: number, end: number, lead: number): void {
  const doc = v.doc;
  if (v.sentence.header && end - i >= 2 && Array.from({ length: end - i }, (_, n) => v.tok(i + n)!).every((w) => isAllCaps(w.text) || !/\p{L}/u.test(w.text) || w.text === w.lower)) return;
  // A multi-word country adjective alone ("South Korean") is a modifier, not a name.
  if (countryByAdjective.has(spanText(doc, v.tok(i)!.start, v.tok(end - 1)!.end))) return;
  let k = i;
  let affiliation: string | undefined;
  // Whether every modifier so far names a country: the body keeps them ("Peruvian Department of Trade").
  let national = true;
  // Leading country adjectives and names: "Russian", "US", "Chinese".
  while (k < end) {
    const t = v.tok(k)!;
    const g = gazetteerAt(v, k);
    if (g && g.end <= end && g.entry.via === 'name' && (g.entry.type === 'Country' || !ORG_HEADS.has(v.tok(g.end - 1)!.lower) || g.end < end)) {
      // A lexicon name used as a modifier ("US President", "UN Secretary-General") is itself a mention.
      const rest = g.end < end ? titleAt(v, g.end) : undefined;
      if (g.end === end || rest || v.cap(g.end)) {
        if (g.end === end && k === i) break; // the whole run is the name: handled by the caller
        push(found, nameMention(doc, v, k, g.end, g.entry));
        affiliation = g.entry.name;
        national &&= g.entry.type === 'Country';
        k = g.end;
        continue;
      }
    }
    const adj = countryByAdjective.get(t.text);
    if (adj && k + 1 < end) { affiliation = adj; k++; continue; }
    const two = k + 2 < end ? countryByAdjective.get(spanText(doc, t.start, v.tok(k + 1)!.end)) : undefined;
    if (two) { affiliation = two; k += 2; continue; }
    break;
  }
  if (k >= end) return;
  // The last title in the run, and the name after it.
  let title: { entry: TitleEntry; start: number; end: number } | undefined;
  for (let j = k; j < end; j++) {
    const t = titleAt(v, j);
    if (t && t.end <= end) { title = { entry: t.entry, start: j, end: t.end }; j = t.end - 1; }
  }
  const orgStart = k;
  const nameStart = title ? title.end : k;
  // A title that names its body ("Foreign Ministry spokesperson") gives the body too.
  if (title) {
    let head = -1;
    for (let j = title.start; j < title.end - 1; j++) if (ORG_HEADS.has(v.tok(j)!.lower) && isUpperInitial(v.tok(j)!.text)) head = j;
    if (head >= 0 && namesBody(v, title.start, head)) title = { ...title, start: head + 1 };
  }
  const orgEnd = title ? title.start : end;
  if (orgEnd > orgStart) {
    // Capitalized words before a title: an organization the titled person belongs to ("Foreign Ministry").
    const words = Array.from({ length: orgEnd - orgStart }, (_, n) => v.tok(orgStart + n)!);
    if (words.length === 1 && !title && ORG_HEADS.has(words[0]!.lower) && orgStart === i) {
      // "the Council", "the Assembly": a short form of an organization named before.
      push(found, { kind: 'alias', start: words[0]!.start, end: words[0]!.end, text: words[0]!.text, speaking: speakingAt(v, i, end) });
      return;
    }
    if (words.some((w) => ORG_HEADS.has(w.lower))) {
      const startTok = affiliation && (title || national) ? i : orgStart;
      const orgIndex = push(found, {
        kind: 'name', start: v.tok(startTok)!.start, end: v.tok(orgEnd - 1)!.end,
        text: spanText(doc, v.tok(startTok)!.start, v.tok(orgEnd - 1)!.end), type: 'Organization',
        ...(affiliation ? { affiliation } : {}),
      });
      if (title) affiliation = found.mentions[orgIndex]!.text;
      else parentBody(found, found.mentions[orgIndex]!.text, found.mentions[orgIndex]!.end);
    }
  }
  if (title && nameStart < end) {
    const start = v.tok(nameStart)!.start;
    const stop = v.tok(end - 1)!.end;
    const roleStart = v.tok(i)!.start;
    push(found, {
      kind: 'name', start, end: stop, text: spanText(doc, start, stop), type: 'Person',
      role: spanText(doc, v.tok(title.start)!.start, v.tok(title.end - 1)!.end),
      phrase: { start: v.tok(lead)!.start, end: stop },
      ...(affiliation ? { affiliation } : {}),
      canonical: personName(doc, v, nameStart, end),
    });
    // The title with its modifiers is also a name the person goes by ("Russian Foreign Minister").
    push(found, {
      kind: 'title', start: roleStart, end: v.tok(title.end - 1)!.end,
      text: spanText(doc, roleStart, v.tok(title.end - 1)!.end), role: title.entry.title,
      ...(affiliation ? { affiliation } : {}),
    });
    return;
  }
  if (title && nameStart >= end) {
    push(found, {
      kind: 'title', start: v.tok(i)!.start, end: v.tok(end - 1)!.end,
      text: spanText(doc, v.tok(i)!.start, v.tok(end - 1)!.end), role: title.entry.title,
      phrase: { start: v.tok(lead)!.start, end: v.tok(end - 1)!.end },
      ...(affiliation ? { affiliation } : {}),
    });
    return;
  }
  if (orgEnd > orgStart && found.mentions.at(-1)?.end === v.tok(orgEnd - 1)!.end) return; // already an organization
  classifyName(v, found, i, k, end, lead, affiliation);
}

/** Whether the words of a title up to an organization head (start..head) name a body: "Foreign Ministry
 *  spokesperson" does, but not "Press Secretary" (one word that is no institution alone) or "Chief Cabinet
 *  Secretary" (its first word is a title itself). */
function namesBody(v: View, start: number, head: number): boolean {
  if (head === start) return INSTITUTION_HEADS.has(v.tok(head)!.lower);
  return !titleByForm.has(v.tok(start)!.lower);
}

/** "Tariff Commission of the State Council": the body after "of the" at the end of an organization's name
 *  (ending at offset stop) is named too. */
function parentBody(found: Found, text: string, stop: number): void {
  const of = / of the ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$/.exec(text);
  if (!of || !ORG_HEADS.has(of[1]!.split(' ').at(-1)!.toLowerCase()) || !of[1]!.includes(' ')) return;
  const at = stop - of[1]!.length;
  const g = gazetteer.get(of[1]!);
  push(found, { kind: 'name', start: at, end: stop, text: of[1]!, type: g?.type ?? 'Organization', ...(g ? { canonical: g.name } : {}) });
}

function personName(doc: Document, v: View, start: number, end: number): string {
  const raw = spanText(doc, v.tok(start)!.start, v.tok(end - 1)!.end);
  return isAllCaps(raw.replace(/\s+/g, '')) ? titleCase(raw) : raw;
}

function nameMention(doc: Document, v: View, start: number, end: number, entry: GazetteerEntry): Mention {
  const s = v.tok(start)!.start;
  const e = v.tok(end - 1)!.end;
  const kind = entry.via === 'capital' ? 'metonym' : 'name';
  return {
    kind, start: s, end: e, text: spanText(doc, s, e), type: entry.type, canonical: entry.name, media: entry.media,
    ...(entry.country ? { affiliation: entry.country } : {}),
    speaking: speakingAt(v, start, end),
  };
}

/** A run with no title: an organization, a person, a place or event (dropped), or a lone word. */
function classifyName(v: View, found: Found, runStart: number, i: number, end: number, lead: number, affiliation?: string): void {
  const doc = v.doc;
  const words = Array.from({ length: end - i }, (_, n) => v.tok(i + n)!);
  const last = words.at(-1)!;
  const start = v.tok(runStart)!.start;
  const stop = last.end;
  const text = spanText(doc, start, stop);
  if (NON_ACTOR_STARTS.has(words[0]!.lower) || (v.sentence.header && words.every((w) => isAllCaps(w.text)))) return;
  if (words.length === 1 && ORG_HEADS.has(last.lower)) {
    // "the Council", "the Assembly": a short form of an organization named before.
    push(found, { kind: 'alias', start: last.start, end: last.end, text: last.text, speaking: speakingAt(v, runStart, end) });
    return;
  }
  // "the Likud party", "the Ennahda movement": a name with a lower-case organization head after it.
  const after = v.tok(end);
  if (after && after.text === after.lower && /^(party|movement|group|alliance|coalition|faction|militia)$/.test(after.lower)) {
    const doc = v.doc;
    push(found, { kind: 'name', start, end: after.end, text: spanText(doc, start, after.end), canonical: text, type: after.lower === 'militia' ? 'Group' : 'Organization', speaking: speakingAt(v, runStart, end + 1) });
    return;
  }
  if (/-(based|born)$/.test(v.doc.text.slice(start, stop + 6).match(/^[^\s]*/)![0]) || /^-(based|born|style)\b/.test(v.doc.text.slice(stop, stop + 7))) return;
  if (words.some((w) => ORG_HEADS.has(w.lower)) && !NON_ACTOR_HEADS.has(last.lower)) {
    push(found, { kind: 'name', start, end: stop, text, type: 'Organization', speaking: speakingAt(v, runStart, end), ...(affiliation ? { affiliation } : {}) });
    parentBody(found, text, stop);
    return;
  }
  // ("Theresa May" is a name: a month after a given name is a surname.)
  const surname = words.length >= 2 && givenNameGender.has(words.at(-2)!.lower) && isUpperInitial(words.at(-2)!.text);
  if ((NON_ACTOR_HEADS.has(last.lower) && !surname) || words.some((w) => /^\d/.test(w.text))) return;
  const nameStart = v.tok(i)!.start;
  const nameText = spanText(doc, nameStart, stop);
  // "Member States", "Gulf States": capitalized words before a plural group noun name a group, not a person.
  if (words.length >= 2 && COLLECTIVES.has(last.lower) && last.text !== last.text.toUpperCase() && !v.sentence.header) {
    push(found, { kind: 'name', start: nameStart, end: stop, text: nameText, type: 'Group', plural: true, speaking: speakingAt(v, runStart, end) });
    return;
  }
  if (words.length >= 2 || (words.length === 1 && v.doc.text[stop] === '’' )) {
    if (v.sentence.header) return; // a headline's untitled name: the body names it properly
    push(found, {
      kind: 'name', start: nameStart, end: stop, text: nameText, type: 'Person', canonical: personName(doc, v, i, end),
      phrase: { start: v.tok(lead)!.start, end: stop }, speaking: speakingAt(v, runStart, end),
      ...(affiliation ? { affiliation } : {}),
    });
    return;
  }
  // One capitalized word: kept as a candidate for coreference (a surname, an acronym, a first name).
  if (words.length === 1) {
    push(found, { kind: 'alias', start: nameStart, end: stop, text: nameText, speaking: speakingAt(v, i, end), ...(affiliation ? { affiliation } : {}) });
  }
}

/** A participle that modifies the collective right after it ("shipping analysts", "developing countries"),
 *  not a verb taking it as object ("Rojas briefed diplomats"): nothing before it could be its subject. */
function participleModifier(v: View, j: number): boolean {
  const w = v.tok(j)!;
  const next = v.tok(j + 1);
  if (w.pos !== 'VERB' || !/(ing|ed)$/.test(w.lower) || !next || next.text !== next.lower || !COLLECTIVES.has(next.lower)) return false;
  const prev = v.tok(j - 1);
  return !prev || DETERMINERS.has(prev.lower) || /^(DET|ADP|ADJ|NUM|PUNCT|CCONJ)$/.test(prev.pos);
}

/** A name at token i ("state news agency TASS"): the description before it is its appositive, not a body. */
function nameAfter(v: View, i: number): boolean {
  const t = v.tok(i);
  return !!t && isUpperInitial(t.text) && !NON_ACTOR_HEADS.has(t.lower) && (!!gazetteerAt(v, i) || v.cap(i));
}

/** A sentence's capitalized first word right before a lower-case collective ("Mining analysts"): a
 *  modifier of the collective, whatever its tag, unless it is a determiner or a pronoun. */
function initialModifier(v: View, i: number): boolean {
  const t = v.tok(i)!;
  const next = v.tok(i + 1);
  return v.initial(i) && isUpperInitial(t.text) && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower) && /^(NOUN|PROPN|VERB|ADJ)$/.test(t.pos)
    && !!next && next.text === next.lower && COLLECTIVES.has(next.lower) && next.start > t.end;
}

/** Lower-case noun phrases naming a speaker without a name: titles, unnamed officials, collectives. */
function descriptionAt(v: View, found: Found, i: number): number {
  const doc = v.doc;
  const t = v.tok(i)!;
  // Optional determiner or possessor, then modifiers, then a head noun.
  let k = i;
  let possessor: number | undefined;
  let affiliation: string | undefined;
  // (A capital after a label's colon opens the sentence too: "Q: The Chilean government said ...".)
  const det = DETERMINERS.has(t.lower) && (t.text === t.text.toLowerCase() || k === v.sentence.first || v.initial(k));
  if (det) k++;
  else if (t.text === "'s" || t.text === '’s') {
    // "the president's foreign minister", "Qatar's prime minister": the possessor is the mention just before.
    const owner = found.mentions.findLastIndex((m) => m.end === t.start);
    if (owner < 0) return i;
    possessor = owner;
    k = i + 1;
  } else if (!countryByAdjective.has(t.text) && !(t.pos === 'ADJ' || t.pos === 'NOUN') && !participleModifier(v, i) && !initialModifier(v, i)) return i;
  const headStart = k;
  // Modifiers: country adjectives, adjectives, nouns, lexicon names ("Fatah official").
  let best: { end: number; role?: string; head: string; plural: boolean; trailing?: boolean } | undefined;
  for (let j = headStart; j < Math.min(v.sentence.last, headStart + 6); j++) {
    const w = v.tok(j)!;
    // ("South Korean": a two-word adjective, capitalized like every country adjective.)
    const after = v.tok(j + 1);
    const adj = countryByAdjective.get(w.text)
      ?? (after && isUpperInitial(w.text) && isUpperInitial(after.text) ? countryByAdjective.get(spanText(doc, w.start, after.end)) : undefined);
    if (adj) { affiliation = adj; }
    const title = titleAt(v, j);
    if (title && !isUpperInitial(w.text) || (title && possessor !== undefined)) {
      best = { end: title.end, role: title.entry.title, head: title.entry.title, plural: false };
      j = title.end - 1;
      continue;
    }
    if (COLLECTIVES.has(w.lower)) { best = { end: j + 1, head: w.lower, plural: true }; continue; }
    if (SINGULAR_SPEAKERS.has(w.lower) && w.text === w.lower) { best = { end: j + 1, head: w.lower, plural: false }; continue; }
    if (!(w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'PROPN' || adj || w.text === '-' || participleModifier(v, j))) break;
    if (best) break;
  }
  // "Peru's foreign ministry", "the Chilean foreign ministry", "Lima's water agency": an institution.
  if (possessor !== undefined || affiliation) {
    let j = headStart;
    while (j < Math.min(v.sentence.last, headStart + 5) && /^(ADJ|NOUN|PROPN)$/.test(v.tok(j)!.pos) && !INSTITUTION_HEADS.has(v.tok(j)!.lower)) j++;
    const head = v.tok(j);
    const owner = possessor !== undefined ? found.mentions[possessor]! : undefined;
    const personal = owner?.type !== 'Person' || /^(office|government|administration|campaign|party|cabinet)$/.test(head?.lower ?? '');
    // "a Chilean foreign ministry spokesperson": the institution of a title that follows it.
    const ofTitle = !!head && best?.role !== undefined && best.end > j + 1 && possessor === undefined;
    const nounAfter = v.tok(j + 1)?.pos === 'NOUN' && v.tok(j + 1)!.text === v.tok(j + 1)!.lower;
    if (head && personal && INSTITUTION_HEADS.has(head.lower) && head.text === head.lower && (!nounAfter || ofTitle) && !nameAfter(v, j + 1)) {
      const start = owner ? owner.start : v.tok(ofTitle ? headStart : i)!.start;
      const words = spanText(doc, v.tok(headStart)!.start, head.end);
      const country = owner?.type === 'Country' ? owner.canonical : affiliation;
      const adjective = country ? countryAdjective(country) : undefined;
      const bare = words.replace(new RegExp(`^${adjective ?? '\\0'}\\s+`), '');
      const canonical = !country || owner?.type === 'Person' ? undefined
        : head.lower === 'government' && bare === 'government' ? `Government of ${country}`
        : head.lower === 'ministry' && adjective ? `${adjective} ${titleCase(bare)}`
        : adjective ? `${adjective} ${bare}` : undefined;
      push(found, {
        kind: 'name', start, end: head.end, text: spanText(doc, start, head.end), type: 'Organization',
        ...(canonical ? { canonical } : {}), ...(country ? { affiliation: country } : {}),
        speaking: !ofTitle && speakingAt(v, i, j + 1),
      });
      if (!ofTitle) return j + 1;
    }
  }
  if (!best) return i;
  // "media reports", "media outlets": the phrase takes the noun that follows a collective.
  if (best.plural && /^(reports?|outlets?)$/.test(v.tok(best.end)?.lower ?? '')) best = { ...best, end: best.end + 1, trailing: true };
  // The phrase must end at its head: "the spokesperson said", not "the spokesperson's office".
  const next = v.tok(best.end);
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !isUpperInitial(next.text) && next.lower !== 'said') return i;
  // ("a move that experts said ...": "that" before a plural is a relative pronoun, not a determiner.)
  const relative = det && /^(that|this)$/.test(t.lower) && best.plural;
  const start = possessor !== undefined ? found.mentions[possessor]!.start : v.tok(relative ? headStart : i)!.start;
  const stop = v.tok(best.end - 1)!.end;
  if (isUpperInitial(v.tok(best.end)?.text ?? '') && v.cap(best.end) && best.role) return i; // a title before a name: the run handles it
  push(found, {
    kind: best.role ? 'title' : 'description', start, end: stop, text: spanText(doc, start, stop),
    ...(best.role ? { role: best.role } : {}), plural: best.plural,
    ...(affiliation ? { affiliation } : {}), ...(possessor !== undefined ? { possessor } : {}),
    speaking: speakingAt(v, i, best.end) || v.tok(i - 1)?.lower === 'to' && v.tok(i - 2)?.lower === 'according',
    ...(best.trailing ? { canonical: spanText(doc, start, v.tok(best.end - 2)!.end) } : {}),
  });
  return best.end;
}

function countryAdjective(country: string): string | undefined {
  return countryByName.get(country)?.adjectives[0];
}

/** Capitalized words inside body sentences that the article never writes in lower case: a sentence's
 *  first word that is one of them is a name too, whatever its tag ("Lindqvist said" read as a verb). */
function articleNames(tokens: readonly Token[], sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  const lower = new Set<string>();
  for (const s of sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (!isUpperInitial(t.text)) { lower.add(t.lower); continue; }
      if (i > s.first && !s.header && !/^[“‘"':—–-]$/.test(tokens[i - 1]!.text)) names.add(t.text);
    }
  }
  for (const n of names) if (lower.has(n.toLowerCase())) names.delete(n);
  return names;
}

function sentenceMentions(doc: Document, tokens: readonly Token[], sentence: Sentence, found: Found, names: ReadonlySet<string>): void {
  const v = new View(doc, tokens, sentence, names);
  let i = sentence.first;
  while (i < sentence.last) {
    const t = tokens[i]!;
    // Pronouns (subject and possessive forms name the speaker in attributions).
    const pronoun = PRONOUNS.get(t.lower);
    if (pronoun && (t.pos === 'PRON' || t.pos === 'DET' || t.lower === 'her')) {
      push(found, { kind: 'pronoun', start: t.start, end: t.end, text: t.text, plural: pronoun === 'Plural', speaking: speakingAt(v, i, i + 1) });
      i++;
      continue;
    }
    // "the Kremlin", "the Global Times": a leading article joins the phrase, not the name.
    const lead = i;
    let at = i;
    if (t.lower === 'the' && v.tok(i + 1) && isUpperInitial(v.tok(i + 1)!.text)) at = i + 1;
    const g = v.cap(at) || at > i ? gazetteerAt(v, at) : (isUpperInitial(t.text) ? gazetteerAt(v, at) : undefined);
    if (g) {
      const runStop = v.cap(at) ? runEnd(v, at) : g.end;
      // A lexicon name at the head of a longer organization name ("China Coast Guard") yields to the run.
      const longer = runStop > g.end && Array.from({ length: runStop - g.end }, (_, n) => v.tok(g.end + n)!).some((w) => ORG_HEADS.has(w.lower) || titleByForm.has(w.lower));
      if (!longer) {
        const prev = v.tok(lead - 1);
        const place = g.entry.via !== 'name' && ((prev && LOCATIVE.has(prev.lower)) || (g.entry.via === 'capital' && nameFollows(v, g.end)) || (g.entry.via === 'seat' && attributiveSeat(v, lead, g.end)));
        if (!place) {
          // "the Labour party": a party's name takes the word "party" after it.
          const tail = v.tok(g.end);
          const partyEnd = tail && tail.text === tail.lower && /^(party|movement)$/.test(tail.lower) && g.entry.name.toLowerCase().endsWith(tail.lower) ? g.end + 1 : g.end;
          const m = nameMention(doc, v, at, partyEnd, g.entry);
          push(found, at > lead ? { ...m, phrase: { start: t.start, end: m.end } } : m);
        }
        i = g.end;
        continue;
      }
    }
    // "Ukrainian media", "a Chilean official": a country adjective before a common noun.
    if (countryByAdjective.has(v.tok(at)?.text ?? '') && v.tok(at + 1) && !isUpperInitial(v.tok(at + 1)!.text)) {
      const next = descriptionAt(v, found, i);
      if (next > i) { i = next; continue; }
    }
    // "Mining analysts said": a sentence's first word before a collective modifies it.
    if (at === i && initialModifier(v, i)) {
      const next = descriptionAt(v, found, i);
      if (next > i) { i = next; continue; }
    }
    if (v.cap(at)) {
      const end = runEnd(v, at);
      if (end > at) {
        decomposeRun(v, found, at, end, lead);
        i = end;
        continue;
      }
    }
    const next = descriptionAt(v, found, i);
    i = next > i ? next : i + 1;
  }
}

const CREDIT = /\b(?:Photo|Photograph|Picture|Image)s?(?: by)?:\s*([^\n]+)/g;

/** "Photo: VCG", "Photo: Ana Rojas/Reuters": the agency credited for a picture is an organization named in
 *  the article, even in a caption or header line. Known names and acronyms only (a bare name may be the
 *  photographer's). */
function photoCredits(doc: Document, found: Found): void {
  for (const match of doc.text.matchAll(CREDIT)) {
    let at = match.index! + match[0].length - match[1]!.length;
    for (const part of match[1]!.split('/')) {
      const name = /^\s*([\p{Lu}][\p{L}\p{N}&.'’-]*(?: [\p{Lu}][\p{L}\p{N}&.'’-]*)*)/u.exec(part)?.[1];
      const start = at + part.indexOf(name ?? '');
      at += part.length + 1;
      if (!name) continue;
      const entry = gazetteer.get(name);
      if (!entry && !/^\p{Lu}{2,6}$/u.test(name)) continue;
      const end = start + name.length;
      const index = found.mentions.findIndex((m) => m.start === start && m.end === end);
      const mention: Mention = { kind: 'name', start, end, text: name, type: entry?.type ?? 'Organization', ...(entry ? { canonical: entry.name, media: entry.media } : {}) };
      if (index >= 0) found.mentions[index] = mention;
      else found.mentions.push(mention);
    }
  }
}

export const entities: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run(doc: Document) {
    const found: Found = { mentions: [] };
    // The agency in a dateline ("LIMA, July 23 (Andina) --") is named, though in no sentence.
    const publisher = doc.meta?.publisher;
    const entry = publisher ? gazetteer.get(publisher) : undefined;
    const dateline = doc.meta?.header.at(-1);
    if (publisher && entry && dateline) {
      const at = doc.text.indexOf(`(${publisher})`, dateline.start);
      if (at >= 0 && at < dateline.end) push(found, { kind: 'name', start: at + 1, end: at + 1 + publisher.length, text: publisher, type: entry.type, canonical: entry.name, media: entry.media });
    }
    const names = articleNames(doc.tokens!, doc.sentences!);
    for (const sentence of doc.sentences!) sentenceMentions(doc, doc.tokens!, sentence, found, names);
    photoCredits(doc, found);
    return { ...doc, mentions: found.mentions.map((m) => mentionShape(m)) };
  },
};

