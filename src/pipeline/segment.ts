// Stage 2: tokens and sentences. Sentences never cross a line break (news paragraphs are lines);
// header lines become header sentences; a dateline is cut off the sentence it opens.
import type { Document, Sentence, Span, Stage, Token } from '../model/document.js';
import { analyse, type RawToken } from '../text/nlp.js';

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;

/** Whether text[from, to) holds a line break. */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

export const segment: Stage = {
  name: 'segment',
  requires: ['meta'],
  assigns: ['tokens', 'sentences'],
  run(doc: Document) {
    const text = doc.text;
    const header = doc.meta!.header;
    const inHeader = (s: Span): boolean => header.length > 0 && header.some((h) => inside(s, h));
    const { tokens: raw, sentences: rawSentences, lemma } = analyse(text);
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    let paragraph = 0;
    let previousEnd = 0;
    const emit = (rawFirst: number, rawLast: number): void => {
      // A dateline opening a body sentence belongs to no sentence.
      let first = rawFirst;
      const whole = { start: raw[rawFirst]!.start, end: raw[rawLast - 1]!.end };
      if (!inHeader(whole)) while (first < rawLast && inHeader(raw[first]!)) first++;
      if (first >= rawLast) return;
      const start = raw[first]!.start;
      const end = raw[rawLast - 1]!.end;
      if (sentences.length && hasBreak(text, previousEnd, start)) paragraph++;
      previousEnd = end;
      const index = sentences.length;
      const firstToken = tokens.length;
      for (let i = first; i < rawLast; i++) tokens.push(new WordToken(raw[i]!, index, lemma, i));
      sentences.push({ start, end, first: firstToken, last: tokens.length, paragraph, header: inHeader({ start, end }) });
    };
    // The library's sentences, split wherever a line break falls between two tokens.
    for (const s of rawSentences) {
      let first = s.first;
      for (let i = s.first + 1; i < s.last; i++) {
        if (hasBreak(text, raw[i - 1]!.end, raw[i]!.start)) { emit(first, i); first = i; }
      }
      emit(first, s.last);
    }
    return { ...doc, tokens, sentences };
  },
};

/** A token whose lemma is looked up the first time it is asked for. */
class WordToken implements Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  readonly sentence: number;
  #lemma: string | undefined;
  readonly #lemmaOf: (raw: number) => string;
  readonly #raw: number;

  constructor(r: RawToken, sentence: number, lemmaOf: (raw: number) => string, raw: number) {
    this.start = r.start;
    this.end = r.end;
    this.text = r.text;
    this.lower = r.text.toLowerCase();
    this.pos = r.pos;
    this.sentence = sentence;
    this.#lemma = undefined;
    this.#lemmaOf = lemmaOf;
    this.#raw = raw;
  }

  get lemma(): string {
    return this.#lemma ??= this.#lemmaOf(this.#raw);
  }
}
