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

describe('statements: more attribution grammar', () => {
  it('takes an unnamed speaker phrase as the source when no actor is named', () => {
    const [s] = statements('Police said the road would stay closed until Friday.');
    expect(s).toMatchObject({ source: 'Police', speaker: undefined, content: ['the road would stay closed until Friday'] });
  });

  it('resolves a relative "who" to the name before it', () => {
    const [s] = statements('The plan is flawed, said Ana Lima, a trade lawyer. Her colleague Ben Ode, who noted that talks had stalled, disagreed.');
    expect(statements('Her colleague, Ben Ode, who noted that talks had stalled, left early.')[0]).toMatchObject({ speaker: 'Ben Ode', cue: 'noted' });
    expect(s?.speaker).toBe('Ana Lima');
  });

  it('lets a second report joined by "and" share the subject', () => {
    const out = statements('Senator Rosa Diaz praised the deal and said it would pass easily.');
    expect(out).toEqual([expect.objectContaining({ speaker: 'Rosa Diaz', cue: 'said', content: ['it would pass easily'] })]);
  });

  it('takes the head of an "according to" phrase and relays the sentence\'s own report', () => {
    const [s, ...rest] = statements('The Labour party said it would leave the coalition, according to Norway\'s public broadcaster NRK.');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ speaker: 'Labour Party', content: ['it would leave the coalition'], reportedBy: 'NRK' });
  });

  it('reads a cited source inside commas as the speaker, the outlet as the relay', () => {
    const [s] = statements('Xinhua, citing Foreign Minister Wang Yi, said the talks were constructive.');
    expect(s).toMatchObject({ speaker: 'Wang Yi', reportedBy: 'Xinhua', content: ['the talks were constructive'] });
  });

  it('reads two apostrophes as a double quote mark', () => {
    const [s] = statements("''We will not bend,'' Mayor Jo Park said.");
    expect(s).toMatchObject({ speaker: 'Jo Park', direct: true, content: ['We will not bend'] });
  });

  it('does not take a fronted phrase for the content', () => {
    const [s] = statements('In a statement on Saturday, Minister Ana Rojas said the border would reopen.');
    expect(s!.content).toEqual(['the border would reopen']);
  });

  it('does not read a capitalized name as a cue ("Minister Omar Said added")', () => {
    const out = statements('The talks were useful, Minister Omar Said added.');
    expect(out.map((s) => s.cue)).toEqual(['added']);
  });
});

describe('statements: block quotes', () => {
  it('takes the paragraph after "X said:" as what was said', () => {
    const [s] = statements('The Senate will vote on the farm bill next week, after months of delay in committee.\n\nSenator Rosa Diaz wrote on Tuesday:\n\nThe bill is a step forward and we will pass it before the recess.\n\nOthers disagreed.');
    expect(s).toMatchObject({ speaker: 'Rosa Diaz', content: ['The bill is a step forward and we will pass it before the recess'], direct: true });
  });
});

describe('statements: judging verbs and relays', () => {
  it('does not take what a verb of judging or speaking is about as a report', () => {
    expect(statements('Minister Ana Rojas criticised the way the talks have been run.')).toEqual([]);
    expect(statements('Minister Ana Rojas spoke about the border, a day after the talks ended.')).toEqual([]);
  });

  it('reads "X reported, citing Y, that Z" as Y\'s statement relayed by X', () => {
    const [s] = statements('Xinhua reported on Tuesday, citing the Customs Tariff Commission, that the new tariffs would take effect on Wednesday.');
    expect(s).toMatchObject({ speaker: 'Customs Tariff Commission', reportedBy: 'Xinhua', content: ['the new tariffs would take effect on Wednesday'] });
  });

  it('keeps a passive "was not told" inside the content of an inverted attribution', () => {
    const [s] = statements('Chile was not told in advance, a Chilean official told Reuters.');
    expect(s).toMatchObject({ content: ['Chile was not told in advance'], reportedBy: 'Reuters' });
  });
});

describe('statements: long appositives after a quote', () => {
  it('takes the first name after the closing quote, through an appositive with commas', () => {
    const [s] = statements('"It is an overreach," Scott Reyes, the attorney general of Peru, one of the states suing the agency, said on Monday.');
    expect(s).toMatchObject({ speaker: 'Scott Reyes', content: ['It is an overreach'] });
  });
});

describe('statements: labels and dashes', () => {
  it('reads a speaker label opening a paragraph as that speaker\'s words', () => {
    const out = statements('Senator Rosa Diaz and Governor Ken Ito met on Monday for a televised debate on the budget.\n\nDIAZ: We will cut the deficit in half.\n\nITO: That is a promise nobody can keep.');
    expect(out.map((s) => [s.speaker, s.source, s.content[0]])).toEqual([
      ['Rosa Diaz', 'DIAZ', 'We will cut the deficit in half'],
      ['Ken Ito', 'ITO', 'That is a promise nobody can keep'],
    ]);
  });

  it('reads a quote closed by a dash and a name as that person\'s', () => {
    const [s] = statements('The rally ended with a line from a poem.\n\n"Hope is the thing with feathers that perches in the soul." ― Emily Dickinson\n');
    expect(s).toMatchObject({ speaker: 'Emily Dickinson', direct: true });
  });
});

describe('statements: naming', () => {
  it('reads "called X a Y" as a claim, but not "called for" or a phone call', () => {
    expect(statements('Senator Rosa Diaz called the plan a disaster for farmers.')[0]).toMatchObject({ speaker: 'Rosa Diaz', cue: 'called', content: ['the plan a disaster for farmers'] });
    expect(statements('Senator Rosa Diaz called for a new vote.')).toEqual([]);
    expect(statements('Senator Rosa Diaz called Governor Ken Ito on Friday.')).toEqual([]);
  });
});
