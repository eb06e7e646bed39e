// Stage 2: tokens and sentences. Sentences never cross a line break (news paragraphs are lines);
// header lines become header sentences; a dateline is cut off the sentence it opens.
import type { Document, Sentence, Span, Stage, Token } from '../model/document.js';
import { analyse } from '../text/nlp.js';

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;

export const segment: Stage = {
  name: 'segment',
  requires: ['meta'],
  assigns: ['tokens', 'sentences'],
  run(doc: Document) {
    const text = doc.text;
    const header = doc.meta!.header;
    const { tokens: raw, sentences: rawSentences } = analyse(text);
    // Split the library's sentences wherever a line break falls between two tokens, and drop datelines.
    const ranges: [number, number][] = [];
    for (const s of rawSentences) {
      let first = s.first;
      for (let i = s.first + 1; i < s.last; i++) {
        if (/[\r\n]/.test(text.slice(raw[i - 1]!.end, raw[i]!.start))) { ranges.push([first, i]); first = i; }
      }
      ranges.push([first, s.last]);
    }
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    let paragraph = 0;
    let previousEnd = 0;
    for (const [rawFirst, rawLast] of ranges) {
      // A dateline opening a body sentence belongs to no sentence.
      let first = rawFirst;
      if (!fullyHeader(raw, rawFirst, rawLast, header)) {
        while (first < rawLast && header.some((h) => inside(raw[first]!, h))) first++;
      }
      if (first >= rawLast) continue;
      const start = raw[first]!.start;
      const end = raw[rawLast - 1]!.end;
      if (/\n\s*\n|[\r\n]/.test(text.slice(previousEnd, start)) && sentences.length) paragraph++;
      previousEnd = end;
      const index = sentences.length;
      const firstToken = tokens.length;
      for (let i = first; i < rawLast; i++) {
        const r = raw[i]!;
        tokens.push({ ...r, lower: r.text.toLowerCase(), sentence: index });
      }
      sentences.push({
        start, end, first: firstToken, last: tokens.length, paragraph,
        header: header.some((h) => inside({ start, end }, h)),
      });
    }
    return { ...doc, tokens, sentences };
  },
};

function fullyHeader(raw: readonly Span[], first: number, last: number, header: readonly Span[]): boolean {
  const span = { start: raw[first]!.start, end: raw[last - 1]!.end };
  return header.some((h) => inside(span, h));
}
