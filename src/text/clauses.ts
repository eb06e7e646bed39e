// Clause helpers shared by the proposal and position stages: where a clause ends, who its subject is.
import type { Document, Mention, Sentence, Span, Token } from '../model/document.js';
import { reportingByForm } from '../lexicon/index.js';

/** Index of the token that ends the clause starting at `from` (exclusive): a semicolon, colon, ", but", or the sentence end. */
export function clauseEnd(tokens: readonly Token[], s: Sentence, from: number, stopAtComma = false): number {
  for (let i = from; i < s.last; i++) {
    const t = tokens[i]!;
    // "..., the spokesperson said": an attribution after a comma ends the reported clause.
    if (t.text === ',' && attributionFollows(tokens, s, i + 1)) return i;
    // A closing mark after sentence punctuation ends the clause ('..., she said."'); quoted terms inside it do not.
    if (t.text === ';' || t.text === ':' || /^["“”]$/.test(t.text) && i > from && /^[,.!?]$/.test(tokens[i - 1]!.text)) return i;
    if (t.text === ',' && (stopAtComma || /^(but|while|whereas|although|which|who|according|adding|saying|citing|as)$/.test(tokens[i + 1]?.lower ?? ''))) return i;
    if (/^(but|while|whereas)$/.test(t.lower) && i > from) return i;
    // "... by a recorded vote of 10 to 3": the tally is not part of what was proposed.
    if (t.lower === 'by' && /^(a|an)$/.test(tokens[i + 1]?.lower ?? '') && /^(vote|recorded|show)$/.test(tokens[i + 2]?.lower ?? '')) return i;
  }
  let end = s.last;
  while (end > from && /^[.!?"”’']$/.test(tokens[end - 1]!.text)) end--;
  return end;
}

/** A short speaker phrase and a reporting verb after a comma ("the spokesperson said", "said Smith", "according to"). */
export function attributionFollows(tokens: readonly Token[], s: Sentence, from: number): boolean {
  const first = tokens[from];
  if (!first) return false;
  if (first.lower === 'according' || first.lower === 'citing') return true;
  if (first.pos === 'SCONJ' || first.pos === 'ADP' || /^(until|unless|if|because|when|while|after|before|once)$/.test(first.lower)) return false;
  if (reportingByForm.get(first.lower)?.pos === 'verb' && first.pos === 'VERB') return true;
  for (let k = from; k < Math.min(s.last, from + 9); k++) {
    const t = tokens[k]!;
    if (/^[,;:"“”]$/.test(t.text)) return false;
    // "..., it would need to consider X": a verb after "to" or a modal is no attribution.
    if (k > from && reportingByForm.get(t.lower)?.pos === 'verb' && (t.pos === 'VERB' || /^(said|says|told)$/.test(t.lower))
      && !/^(to|would|will|could|can|may|might|should|must|shall)$/.test(tokens[k - 1]!.lower)) {
      const after = tokens[k + 1];
      // "..., officials had known about it": a verb of thinking or knowing with more after it is no attribution.
      if (/^(thought|evidence)$/.test(reportingByForm.get(t.lower)?.class ?? '') && after && !/^[.,;]$/.test(after.text)) return false;
      return !after || after.lower !== 'that' && !/^(NOUN|DET)$/.test(after.pos) || /^[.,]$/.test(after.text) || after.lower === 'on';
    }
  }
  return false;
}

/** The span from token `a` to token `b` (exclusive). */
export function tokenSpan(tokens: readonly Token[], a: number, b: number): Span {
  return { start: tokens[a]!.start, end: tokens[Math.max(a, b - 1)]!.end };
}

const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The resolved mention that ends right before token `i` (skipping auxiliaries), i.e. the clause subject. */
export function subjectBefore(doc: Document, s: Sentence, i: number): Mention | undefined {
  const tokens = doc.tokens!;
  let j = i;
  for (;;) {
    while (j - 1 >= s.first && (/^(is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|also|still|now|not|n't|never|always|be|been|does|did|do|already|stands|stand|remains|remain|once|again|no|today|yesterday|tonight|earlier|later)$/.test(tokens[j - 1]!.lower)
      || (tokens[j - 1]!.pos === 'ADV' && /ly$/.test(tokens[j - 1]!.lower)))) j--;
    // "Chile on Monday rejected ...", "Peru late on Friday said ...": a day between the subject and its verb.
    const day = j - 2 >= s.first && /^(on|late|early)$/.test(tokens[j - 2]!.lower) && DAYS.test(tokens[j - 1]!.lower) ? j - 2 : -1;
    if (day >= 0) { j = day > s.first && /^(late|early)$/.test(tokens[day - 1]!.lower) ? day - 1 : day; continue; }
    // "Ana Rojas, who chairs the talks, rejected ...": a relative clause between commas.
    if (tokens[j - 1]?.text !== ',' || j - 1 <= s.first) break;
    let k = j - 2;
    while (k > s.first && j - k < 20 && tokens[k]!.text !== ',') k--;
    if (tokens[k]?.text !== ',' || !/^(who|which|whose)$/.test(tokens[k + 1]?.lower ?? '')) break;
    j = k;
  }
  if (j <= s.first) return undefined;
  const end = tokens[j - 1]!.end;
  return doc.mentions!.filter((m) => m.end === end && m.actor !== undefined).sort((a, b) => a.start - b.start)[0];
}

/** Index of the first token at or after character offset `pos`. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Content words (lower-case lemmas of nouns, verbs, adjectives, names) of a span; `rename` may give a word
 *  another key (a place name its country's). */
export function contentWords(tokens: readonly Token[], span: Span, rename?: (i: number) => string | undefined): Set<string> {
  const out = new Set<string>();
  for (let i = tokenAt(tokens, span.start); i < tokens.length && tokens[i]!.end <= span.end; i++) {
    const t = tokens[i]!;
    if (/^(NOUN|PROPN|VERB|ADJ)$/.test(t.pos) && t.lower.length > 2 && !/^(is|are|was|were|be|been|have|has|had|said|say|says)$/.test(t.lower)) out.add(rename?.(i) ?? t.lemma);
  }
  return out;
}
