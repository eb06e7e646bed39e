import { describe, expect, it } from 'vitest';
import { run, slice } from '../helpers.js';

const inner = (text: string): string[] => { const doc = run(text); return doc.quotes!.map((q) => slice(doc, q.inner)); };

describe('quotes', () => {
  it('pairs straight and curly marks', () => {
    expect(inner('He said "we will stay" and left. She said “we will go” later.')).toEqual(['we will stay', 'we will go']);
  });

  it('reads a straight mark glued after a full stop as an opening mark', () => {
    expect(inner('They will help to that end."In fact, we have done a lot," she said.')).toEqual(['In fact, we have done a lot,']);
  });

  it('runs an unclosed quote to the end of its paragraph and marks it', () => {
    const doc = run('"We will not give up. We will keep going.\n"And we will win," the mayor said.');
    expect(doc.quotes!.map((q) => [slice(doc, q.inner), q.unclosed])).toEqual([
      ['We will not give up. We will keep going.', true],
      ['And we will win,', false],
    ]);
  });

  it('reads a closing mark at the start of a quote, glued to its first word, as opening it', () => {
    expect(inner('”We will cut the deficit in half,” Ana Rojas said.')).toEqual(['We will cut the deficit in half,']);
    expect(inner('“We will win,” she said.')).toEqual(['We will win,']);
    expect(inner('” … and the lesson of the flood is that levees work,” she said.')).toEqual(['… and the lesson of the flood is that levees work,']);
  });

  it('reads a quote inside a quote with the same marks as part of it', () => {
    expect(inner('“We call it “progress” when it is anything but.” ― Ana Rojas')).toEqual(['We call it “progress” when it is anything but.']);
  });

  it('takes single curly quotes only as well-formed pairs, not apostrophes', () => {
    expect(inner('Denmark rebukes the ‘tone’ of the talks, and the leaders’ summit goes on.')).toEqual(['tone']);
  });
});
