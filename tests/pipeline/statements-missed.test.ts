// Statements the attribution grammar used to miss entirely: subjects with a clause after them,
// reports named by nouns, fronted participles, as-clauses and the like. All texts are invented.
import { describe, expect, it } from 'vitest';
import { statements } from '../helpers.js';

describe('statements: subjects with a clause after the head', () => {
  it('reads a subject with an object relative clause ("the experts I interviewed said")', () => {
    expect(statements('In the end, the farmers I interviewed said the new dam had ruined their harvest.')[0])
      .toMatchObject({ source: 'the farmers', cue: 'said', content: ['the new dam had ruined their harvest'] });
    expect(statements('The officials we spoke to said the talks with Chile had stalled.')[0])
      .toMatchObject({ source: 'The officials', content: ['the talks with Chile had stalled'] });
  });

  it('reads a subject with a participle and a time after it ("the survey released Friday shows that")', () => {
    expect(statements('The latest Andes Institute survey released Friday shows that Ana Rojas leads the race in Peru.')[0])
      .toMatchObject({ cue: 'shows', content: ['Ana Rojas leads the race in Peru'] });
  });

  it('reads a text introduced by a relative pronoun ("a letter that says ...")', () => {
    expect(statements('Ana Rojas released a letter from her doctor Friday afternoon that says she is fit to serve.')[0])
      .toMatchObject({ source: 'doctor', cue: 'says', content: ['she is fit to serve'] });
  });

  it('does not read a relative clause without a clause after its verb as a report', () => {
    expect(statements('Tomas Lindqvist, a former minister, now heads the institute, the think tank that published the paper.')).toEqual([]);
    expect(statements('Lindqvist took over the debts of Andes Mining, another company that had declared bankruptcy.')).toEqual([]);
  });

  it('passes over "early" before a weekday between the subject and the cue', () => {
    expect(statements('Ana Rojas sent out a series of messages early Sunday saying that Peru had been treated unfairly.')[0])
      .toMatchObject({ cue: 'saying', content: ['Peru had been treated unfairly'] });
  });
});
