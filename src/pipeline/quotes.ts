// Stage 3: passages in quote marks. Straight marks are told apart by what stands around them
// ('end."In' opens a quote); a quote left open at a paragraph's end runs to that end and is marked
// unclosed, so the statements stage can join it to the next paragraph's quote.
import type { Document, Quote, Span, Stage } from '../model/document.js';

type Role = 'open' | 'close' | 'either' | 'glued';
interface Mark { readonly at: number; readonly role: Role; readonly single: boolean; readonly width?: number }

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function straightRole(prev: string | undefined, next: string | undefined): Role {
  const prevOpen = isSpace(prev) || /[([{\u2014\u2013\-/]/.test(prev!);
  const nextClose = isSpace(next) || /[.,;:!?)\]}\u2014\u2013-]/.test(next!);
  if (prevOpen && !nextClose) return 'open';
  if (nextClose && !prevOpen) return 'close';
  // Glued between two words or after sentence punctuation: 'end."In' opens, 'word"s' closes.
  if (!prevOpen && !nextClose) return /[.!?,:;]/.test(prev!) && isWordChar(next) ? 'glued' : 'close';
  return 'either';
}

function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (OPENERS.has(c)) marks.push({ at: i, role: 'open', single: false });
    // A closing mark set where an opening one belongs (' ”Our plan works.”': opening a paragraph, or after
    // a space and glued to a word) may open a quote.
    else if (CLOSERS.has(c)) marks.push({ at: i, role: i === from || isSpace(text[i - 1]) && isWordChar(text[i + 1]) ? 'either' : 'close', single: false });
    else if (c === '"') marks.push({ at: i, role: straightRole(text[i - 1], text[i + 1]), single: false });
    else if (c === "'" && text[i + 1] === "'") {
      // Two apostrophes stand for a double mark in some archives: ''I don't judge,'' he said.
      marks.push({ at: i, role: straightRole(text[i - 1], text[i + 2]), single: false, width: 2 });
      i++;
    }
    else if (c === '‘' && (isSpace(text[i - 1]) || /["“(\u2014]/.test(text[i - 1]!))) marks.push({ at: i, role: 'open', single: true });
    else if (c === '’' && !isWordChar(text[i + 1])) marks.push({ at: i, role: 'close', single: true });
  }
  return marks;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Quotes of one paragraph [from, to). */
function paragraphQuotes(text: string, from: number, to: number): Quote[] {
  const quotes: Quote[] = [];
  let open: Mark | undefined;
  let singleOpen: Mark | undefined;
  const marks = marksOf(text, from, to);
  const doubles = marks.filter((m) => !m.single);
  let skip: Mark | undefined;
  for (const mark of marks) {
    if (mark === skip) { skip = undefined; continue; }
    if (mark.single) {
      // Single marks make a quote only outside double ones, and only as a well-formed pair.
      if (open) continue;
      if (mark.role === 'open') singleOpen = mark;
      else if (singleOpen && mark.at - singleOpen.at > 1) {
        quotes.push({ start: singleOpen.at, end: mark.at + (mark.width ?? 1), inner: trimmed(text, singleOpen.at + 1, mark.at), unclosed: false });
        singleOpen = undefined;
      }
      continue;
    }
    if (!open) {
      if (mark.role !== 'close') { open = mark; singleOpen = undefined; }
      continue;
    }
    // 'out."EU': a glued mark closes the open quote if there is one, else it opens.
    if (mark.role === 'glued') {
      quotes.push({ start: open.at, end: mark.at + (mark.width ?? 1), inner: trimmed(text, open.at + (open.width ?? 1), mark.at), unclosed: false });
      open = undefined;
      continue;
    }
    if (mark.role === 'open' && mark.at - open.at > 1) {
      // '“We call it “progress” when it is anything but.”': a quote inside a quote with the same marks,
      // when the next two marks both close.
      const k = doubles.indexOf(mark);
      const inner = doubles[k + 1];
      const outer = doubles[k + 2];
      if (inner && outer && inner.role !== 'open' && outer.role !== 'open' && !/[\r\n]/.test(text.slice(open.at, outer.at))) { skip = inner; continue; }
      // A new opening mark while one is open: the earlier quote was never closed.
      quotes.push({ start: open.at, end: mark.at, inner: trimmed(text, open.at + (open.width ?? 1), mark.at), unclosed: true });
      open = mark;
      continue;
    }
    quotes.push({ start: open.at, end: mark.at + (mark.width ?? 1), inner: trimmed(text, open.at + (open.width ?? 1), mark.at), unclosed: false });
    open = undefined;
  }
  if (open && to - open.at > 1) quotes.push({ start: open.at, end: to, inner: trimmed(text, open.at + (open.width ?? 1), to), unclosed: true });
  return quotes.filter((q) => q.inner.end > q.inner.start);
}

export const quotes: Stage = {
  name: 'quotes',
  requires: ['meta'],
  assigns: ['quotes'],
  run(doc: Document) {
    const text = doc.text;
    const found: Quote[] = [];
    const re = /[^\r\n]+/g;
    for (const m of text.matchAll(re)) found.push(...paragraphQuotes(text, m.index, m.index + m[0].length));
    return { ...doc, quotes: found };
  },
};
