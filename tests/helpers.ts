// Readable views of an annotated document for the stage tests.
import { annotate } from '../src/index.js';
import type { Document, Span } from '../src/model/document.js';

export const slice = (doc: Document, s: Span | undefined): string => (s ? doc.text.slice(s.start, s.end) : '');

export function run(text: string, date = '2025-03-07'): Document {
  return annotate(text, { id: 'test', date });
}

export interface StatementView {
  speaker: string | undefined;
  source: string;
  cue: string;
  content: string[];
  direct: boolean;
  date: string | undefined;
  reportedBy: string | undefined;
}

export function statements(text: string, date?: string): StatementView[] {
  const doc = run(text, date);
  const label = (i: number | undefined): string | undefined => (i === undefined ? undefined : doc.actors![i]!.label);
  return doc.statements!.map((s) => ({
    speaker: label(s.speaker), source: slice(doc, s.speakerSpan), cue: slice(doc, s.cue),
    content: s.content.map((c) => slice(doc, c)), direct: s.direct, date: s.date, reportedBy: label(s.reportedBy),
  }));
}

export function actors(text: string): { label: string; type: string; aliases: readonly string[] }[] {
  const doc = run(text);
  return doc.actors!.map((a) => ({ label: a.label, type: a.type, aliases: a.aliases }));
}
