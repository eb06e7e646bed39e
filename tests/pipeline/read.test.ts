import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/pipeline/read.js';

describe('read: header and publication date', () => {
  it('takes the date from a "date YYYY-MM-DD" metadata line and marks the line as header', () => {
    const text = 'date 2024-05-02 Deputy Minister Ann Lee Photo: Agency\n\nThe minister said on Thursday that talks went well and would resume next month in the capital.';
    const meta = readHeader(text);
    expect(meta.datePublished).toBe('2024-05-02');
    expect(meta.header).toHaveLength(1);
    expect(meta.bodyStart).toBe(text.indexOf('The minister'));
  });

  it('reads "Published:" and "Updated" lines and a bare date line under a headline', () => {
    expect(readHeader('Talks stall in Oslo\n\nPublished: Feb 3, 2023 10:00 PM\n\nNegotiators from both sides said on Friday that the talks had stalled over the border question.').datePublished).toBe('2023-02-03');
    expect(readHeader('Talks stall\n\nUpdated 6:15 PM GMT, January 16, 2025\n\nOSLO — Negotiators from both sides said on Friday that the talks had stalled over the border question.').datePublished).toBe('2025-01-16');
    expect(readHeader('Talks stall\n\nOslo, 29 March 2025\n\nNegotiators from both sides said on Friday that the talks had stalled over the border question again.').datePublished).toBe('2025-03-29');
  });

  it('falls back to the caller\'s date only when the article has none', () => {
    expect(readHeader('Negotiators from both sides said on Friday that the talks had stalled over the border question.', '2020-01-01').datePublished).toBe('2020-01-01');
    expect(readHeader('date 2024-05-02 caption\n\nNegotiators from both sides said on Friday that the talks had stalled over the border question.', '2020-01-01').datePublished).toBe('2024-05-02');
  });

  it('cuts a dateline off the first paragraph and takes the agency in it as publisher', () => {
    const text = 'Headline here\n\nOSLO, March 3 (Nordic News) -- Norway hopes the talks will resume soon, a spokesperson said on Tuesday.';
    const meta = readHeader(text);
    expect(meta.publisher).toBe('Nordic News');
    const dateline = meta.header.at(-1)!;
    expect(text.slice(dateline.start, dateline.end)).toBe('OSLO, March 3 (Nordic News) -- ');
  });

  it('treats a text with no prose line as all body', () => {
    const meta = readHeader('Short line only');
    expect(meta.header).toEqual([]);
    expect(meta.bodyStart).toBe(0);
  });
});
