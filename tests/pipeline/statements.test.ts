import { describe, expect, it } from 'vitest';
import { statements } from '../helpers.js';

describe('statements: direct quotes', () => {
  it('reads a quote with the attribution after it', () => {
    const [s] = statements('"We will not accept this deal," Prime Minister Anna Berg said on Tuesday.', '2025-03-07');
    expect(s).toMatchObject({ speaker: 'Anna Berg', cue: 'said', content: ['We will not accept this deal'], direct: true, date: '2025-03-04' });
  });

  it('reads a quote with the attribution before it and a colon', () => {
    const [s] = statements('Envoy Mark Hill said: "The door remains open to everyone who wants peace."');
    expect(s).toMatchObject({ speaker: 'Mark Hill', content: ['The door remains open to everyone who wants peace'], direct: true });
  });

  it('joins a quote split by its attribution', () => {
    const [s, ...rest] = statements('"Even that," Minister Omar Said added, "is more than they offered last year."');
    expect(rest).toHaveLength(0);
    expect(s!.content).toEqual(['Even that', 'is more than they offered last year']);
  });

  it('continues the previous speaker for a following quote sentence', () => {
    const out = statements('"We are ready," Mayor Jo Park said. "We have been ready for weeks and we will not wait much longer."');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toHaveLength(2);
  });

  it('keeps a multi-sentence quote whole, with an appositive between speaker and cue', () => {
    const [s] = statements('"We did our part. Now it is their turn," Li Wen, an analyst at the Institute of Asian and Pacific Studies, told reporters.');
    expect(s).toMatchObject({ speaker: 'Li Wen', source: 'Li Wen', cue: 'told', direct: true });
  });
});

describe('statements: reported speech', () => {
  it('reads "X said (on DAY) that ..."', () => {
    const [s] = statements('Foreign Minister Jane Doe said on Monday that the talks would resume next month.', '2025-03-07');
    expect(s).toMatchObject({ speaker: 'Jane Doe', cue: 'said', content: ['the talks would resume next month'], direct: false, date: '2025-03-03' });
  });

  it('reads a trailing attribution and an intermediary', () => {
    const [s] = statements('The ceasefire would hold for at least a week, the defence minister of Peru said on Friday, according to Reuters.');
    expect(s).toMatchObject({ cue: 'said', content: ['The ceasefire would hold for at least a week'], reportedBy: 'Reuters' });
  });

  it('reads ", adding that ..." as a second statement of the same speaker', () => {
    const out = statements('Talks must continue, Senator Rosa Diaz said, adding that both sides had shown goodwill.');
    expect(out.map((s) => [s.speaker, s.cue, s.content[0]])).toEqual([
      ['Rosa Diaz', 'said', 'Talks must continue'],
      ['Rosa Diaz', 'adding', 'both sides had shown goodwill'],
    ]);
  });

  it('splits an indirect clause around a mid-sentence attribution', () => {
    const [s] = statements('Ministers would not meet, the office of President Ken Ito said, until the text was final.');
    expect(s!.content).toEqual(['Ministers would not meet', 'until the text was final']);
  });

  it('reads "according to X" as the speaker when nobody else speaks', () => {
    const [s] = statements('According to the Nordic Council, the border will reopen in May.');
    expect(s).toMatchObject({ cue: 'According to', content: ['the border will reopen in May'] });
  });

  it('resolves a pronoun speaker and takes "told Y" with an outlet as the intermediary', () => {
    const out = statements('Minister Tom Baker visited the port. He told Reuters the repairs would take a year.');
    expect(out[0]).toMatchObject({ speaker: 'Tom Baker', source: 'He', reportedBy: 'Reuters', content: ['the repairs would take a year'] });
  });

  it('leaves out negated speech, directives and noun-phrase objects', () => {
    expect(statements('The ministry did not say whether the talks would resume.')).toEqual([]);
    expect(statements('Chile was asked to agree to a ceasefire in return for aid.')).toEqual([]);
    expect(statements('President Ken Ito announced the breakthrough in Doha.')).toEqual([]);
  });

  it('ignores scare quotes and quoted titles', () => {
    expect(statements('The report, titled "A New Dawn", described the "reset" in detail.')).toEqual([]);
  });

  it('gives transcript answers to the briefer named before the first question', () => {
    const text = 'Spokesperson Ruth Cole took questions on the crisis. The exchange has been edited for length and clarity.\n\nQ: Will the talks go on?\n\nA: They will. We are committed to the process and we will stay at the table.';
    const [s] = statements(text);
    expect(s).toMatchObject({ speaker: 'Ruth Cole', source: 'A', direct: true });
  });
});
