import { describe, expect, it } from 'vitest';
import { run, slice } from '../helpers.js';

describe('segment: sentences', () => {
  it('splits sentences glued without a space after the full stop', () => {
    const doc = run('The talks ended late on Monday, which was clear for all to see.Portuguese officials said they would return next week to the table.');
    const sentences = doc.sentences!.map((s) => slice(doc, s));
    expect(sentences).toHaveLength(2);
    expect(sentences[1]).toMatch(/^Portuguese officials/);
  });

  it('does not end a sentence at an abbreviation before a closing parenthesis, a comma or a lower-case word', () => {
    const doc = run('Senator Ana Rojas (D-Ore.) said the bill would pass. Senator Tomas Lindqvist (R-N.Y.), her rival, disagreed with her.');
    expect(doc.sentences!.map((s) => slice(doc, s))).toEqual([
      'Senator Ana Rojas (D-Ore.) said the bill would pass.',
      'Senator Tomas Lindqvist (R-N.Y.), her rival, disagreed with her.',
    ]);
  });

  it('keeps an abbreviated title with its name, and a closing mark with the sentence it closes', () => {
    const doc = run("The water bill cleared the chamber with votes from Sens. Ana Rojas and Tomas Lindqvist. The mayor called the vote ''a win for every farm.'' The council agreed.");
    expect(doc.sentences!.map((s) => slice(doc, s))).toEqual([
      'The water bill cleared the chamber with votes from Sens. Ana Rojas and Tomas Lindqvist.',
      "The mayor called the vote ''a win for every farm.''",
      'The council agreed.',
    ]);
  });

  it('never lets a sentence cross a line break, and counts paragraphs', () => {
    const doc = run('A headline without a full stop\n\nThe first paragraph has one sentence that is long enough to count as prose here.\nThe second paragraph follows on the next line.');
    const body = doc.sentences!.filter((s) => !s.header);
    expect(body.map((s) => slice(doc, s))).toEqual([
      'The first paragraph has one sentence that is long enough to count as prose here.',
      'The second paragraph follows on the next line.',
    ]);
    expect(body[0]!.paragraph).not.toBe(body[1]!.paragraph);
  });

  it('marks header lines and drops the dateline from the first body sentence', () => {
    const doc = run('Talks stall in Oslo\n\nOSLO — Negotiators from both sides said on Friday that the talks had stalled over the border question.');
    expect(doc.sentences![0]!.header).toBe(true);
    expect(slice(doc, doc.sentences![1]!)).toMatch(/^Negotiators/);
  });

  it('keeps token offsets exact over CRLF text', () => {
    const text = 'Line one is a sentence that is long enough to be prose, clearly.\r\nLine two has "quotes" too.';
    const doc = run(text);
    for (const t of doc.tokens!) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('segment: abbreviated names', () => {
  it('does not end a sentence after an abbreviated first name', () => {
    const doc = run('The ministry spokesperson Ma. Lourdes Cruz said the talks would go on. They did.');
    expect(doc.sentences!.map((s) => slice(doc, s))).toEqual(['The ministry spokesperson Ma. Lourdes Cruz said the talks would go on.', 'They did.']);
    expect(doc.actors!.map((a) => a.label)).toContain('Ma. Lourdes Cruz');
  });
});

describe('segment: articles read independently', () => {
  it('tokenizes an article the same whatever the NLP library met in articles before it', () => {
    const probe = "Chile backed Zorvadek's plan on Monday.";
    const words = () => run(probe).tokens!.map((t) => t.text);
    const fresh = words();
    expect(fresh).toContain("'s");
    // The library learns "Zorvadek's" whole from this text, and would then stop splitting it.
    run("Officials praised Zorvadek's, then left.");
    expect(words()).toEqual(fresh);
  });
});

describe('segment: words with letters beyond Latin-1', () => {
  it('keeps a word whole where the NLP library cuts it at such a letter', () => {
    const words = run('Şükrü Yıldırım and Łukasz Dąbrowski met in Kraków.').tokens!.map((t) => t.text);
    expect(words).toEqual(['Şükrü', 'Yıldırım', 'and', 'Łukasz', 'Dąbrowski', 'met', 'in', 'Kraków', '.']);
  });

  it('gives such a name to its speaker whole', () => {
    const doc = run('Foreign Minister Anna Dąbrowska said on Monday that the talks would resume.');
    const speaker = doc.actors![doc.statements![0]!.speaker!]!;
    expect(speaker.label).toBe('Anna Dąbrowska');
  });
});
