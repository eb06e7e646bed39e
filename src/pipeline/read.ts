// Stage 1: the article's header. Finds metadata lines, headline, dateline and the publication date.
import type { Document, Meta, Span, Stage } from '../model/document.js';
import { findDates, isValidIsoDate } from '../text/dates.js';

/** A line of the text with its offsets. */
interface Line extends Span { readonly text: string }

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0] === '' && m.index >= text.length) break;
    const body = m[0].replace(/[\r\n]+$/, '');
    out.push({ start: m.index, end: m.index + body.length, text: body });
  }
  return out;
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Lines that are metadata rather than prose: "date ...", "Published: ...", "Updated ...", a bare date or place. */
function isMetadataLine(line: string): boolean {
  const t = line.trim();
  if (/^(date|published|updated|posted|last updated|source|photo|by)\b[:\s]/i.test(t)) return true;
  const dates = findDates(t);
  return dates.length > 0 && words(t) <= 8;
}

/** A headline in Title Case: most longer words capitalized ("Hillary Clinton Was Headed to ER But ..."). */
function isTitleCase(line: string): boolean {
  const long = line.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.7;
}

/** Body prose: a line that reads as sentences (long enough, or ending like a sentence). */
function isProse(line: string): boolean {
  const t = line.trim();
  if (/^(Q|A)\s*:/.test(t)) return true;
  if (isTitleCase(t)) return false;
  return words(t) >= 12 && /[.!?"”'’)]$/.test(t) || words(t) >= 25;
}

/** "LIMA, March 3 (Andina) --", "SANTIAGO —" or "LIMA, March 3 (Reuters) - " at the start of the first paragraph. */
const DATELINE = /^([A-Z][A-Za-z.'’ -]{1,40}?)(?:,\s*[^()\n—–]{0,40}?)?\s*(?:\(([A-Za-z][\w .&-]{1,40})\)\s*)?(--|—|–|(?<=[\s)])-(?=\s))\s*/u;

function publicationDate(header: readonly Line[], fallback?: string): string | undefined {
  for (const line of header) {
    const iso = /\bdate\s+(\d{4}-\d{2}-\d{2})\b/i.exec(line.text);
    if (iso && isValidIsoDate(iso[1]!)) return iso[1];
  }
  for (const line of header) {
    const found = findDates(line.text).find((d) => d.date);
    if (found?.date) return found.date;
  }
  return fallback;
}

export function readHeader(text: string, fallbackDate?: string): Meta & { readonly header: readonly Span[] } {
  const all = lines(text);
  const header: Line[] = [];
  let bodyStart = 0;
  for (const line of all) {
    const t = line.text.trim();
    if (t === '') continue;
    if (isProse(line.text) || header.length >= 6) { bodyStart = line.start; break; }
    if (isMetadataLine(line.text) || header.length < 6) { header.push(line); bodyStart = line.end; continue; }
  }
  // A text with no prose line at all is all body (a one-line article, say).
  if (header.length === all.filter((l) => l.text.trim()).length) { header.length = 0; bodyStart = 0; }
  const datePublished = publicationDate(header, fallbackDate);
  const spans: Span[] = header.map((l) => ({ start: l.start, end: l.end }));
  let publisher: string | undefined;
  const rest = text.slice(bodyStart);
  const lead = /^\s*/.exec(rest)![0].length;
  const dl = DATELINE.exec(rest.slice(lead, lead + 120));
  if (dl && (dl[1]!.toUpperCase() === dl[1] || dl[2])) {
    spans.push({ start: bodyStart + lead, end: bodyStart + lead + dl[0].length });
    if (dl[2]) publisher = dl[2].trim();
  }
  return { bodyStart, header: spans, ...(datePublished ? { datePublished } : {}), ...(publisher ? { publisher } : {}) };
}

export const read: Stage = {
  name: 'read',
  requires: [],
  assigns: ['meta'],
  run(doc: Document, options) {
    const meta = readHeader(doc.text, options.date);
    const publisher = options.publisher ?? meta.publisher;
    // The caller's date wins only where the article carries none.
    return { ...doc, meta: { ...meta, ...(publisher ? { publisher } : {}) } };
  },
};
