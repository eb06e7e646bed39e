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

describe('statements: reports named by a noun with a that-clause', () => {
  it('reads a possessive pronoun as the owner ("his claim that")', () => {
    expect(statements('Contrary to his claim that the mine was safe, the inspectors found three leaks.')[0])
      .toMatchObject({ source: 'his', cue: 'claim', content: ['the mine was safe'] });
  });

  it('reads a name before the noun as the owner ("a Lima Post report that")', () => {
    expect(statements('Ana Rojas pointed to a Lima Post report that the port had been closed for a week.')[0])
      .toMatchObject({ cue: 'report', content: ['the port had been closed for a week'] });
  });

  it('reads the owner after "from" ("warnings from her lawyer that")', () => {
    expect(statements('The hearing went ahead despite repeated warnings from her lawyer that the charges were baseless.')[0])
      .toMatchObject({ source: 'lawyer', cue: 'warnings', content: ['the charges were baseless'] });
  });

  it('ends the clause of a noun in the subject before the sentence\'s own verb', () => {
    expect(statements('The ministry\'s claim that the border was safe proved false.')[0])
      .toMatchObject({ source: 'The ministry', content: ['the border was safe'] });
    expect(statements('Judge Rojas\'s conclusion that the tender was rigged was upheld in Lima.')[0])
      .toMatchObject({ cue: 'conclusion', content: ['the tender was rigged'] });
  });

  it('does not read a relative clause, a plural verb after a name, or a thought as a report by a noun', () => {
    expect(statements('The report that came out on Monday was wrong.')).toEqual([]);
    expect(statements('Their fear that the dam would break kept the families awake.')).toEqual([]);
    expect(statements('The Lima Post reports that the port was closed.')[0]).toMatchObject({ cue: 'reports', content: ['the port was closed'] });
  });
});

describe('statements: as-clauses', () => {
  it('reads "As X put it, ..." as a report, not "put it" with a place', () => {
    expect(statements('As one engineer put it, the port rarely floods in winter.')[0])
      .toMatchObject({ source: 'one engineer', cue: 'put it', content: ['the port rarely floods in winter'] });
    expect(statements('As Ana Rojas put it in an interview on Monday, Peru cannot wait for Chile.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'put it', content: ['Peru cannot wait for Chile'] });
    expect(statements('As she put it on the table, the minister smiled at the crowd.')).toEqual([]);
  });

  it('reads a passive as-clause naming its source ("As reported by X, ...")', () => {
    expect(statements('As reported by the Lima Post, the mine will close in May.')[0])
      .toMatchObject({ speaker: 'Lima Post', content: ['the mine will close in May'] });
  });

  it('passes over a contracted auxiliary between speaker and verb ("as I\'ve suggested")', () => {
    expect(statements('If, as I\'ve suggested, the new tax hurts farmers, the council should drop it.')[0])
      .toMatchObject({ source: 'I', cue: 'suggested' });
  });
});

describe('statements: participles opening the sentence', () => {
  it('reads a fronted report with the main clause\'s subject as speaker', () => {
    const out = statements('Claiming the vote had been rigged, Ana Rojas told reporters that she would appeal.');
    expect(out.map((s) => [s.speaker, s.cue, s.content[0]])).toEqual([
      ['Ana Rojas', 'Claiming', 'the vote had been rigged'],
      ['Ana Rojas', 'told', 'she would appeal'],
    ]);
    expect(statements('After saying the port was safe, she was taken to the hospital.')[0])
      .toMatchObject({ source: 'she', cue: 'saying', content: ['the port was safe'] });
  });

  it('does not read a fronted circumstance as a report, nor let it hide the main one', () => {
    expect(statements('Speaking to reporters, Ana Rojas said the law was unfair.')).toEqual([
      expect.objectContaining({ speaker: 'Ana Rojas', cue: 'said', content: ['the law was unfair'] }),
    ]);
    expect(statements('Saying goodbye, Ana Rojas left the hall.')).toEqual([]);
    expect(statements('Writing for a panel that agreed Peru had won, Ana Rojas praised the team.')).toEqual([]);
  });
});

describe('statements: tagger slips and relative clauses in trailing content', () => {
  it('reads the word after "according to" as a noun whatever its tag', () => {
    expect(statements('According to police, officers saw Rojas leave the car.')[0])
      .toMatchObject({ source: 'police', cue: 'According to', content: ['officers saw Rojas leave the car'] });
  });

  it('does not take a reporting verb inside a relative clause for a report of the clause before a trailing attribution', () => {
    expect(statements("Rojas's relatives, who asked to see the video, watched it on Thursday, lawyers for the family said.")[0])
      .toMatchObject({ cue: 'said', content: ["Rojas's relatives, who asked to see the video, watched it on Thursday"] });
  });
});

describe('statements: rulings, concerns, texts that read, quantified subjects', () => {
  it('reads "ruled that" as a report, not "ruled out"', () => {
    expect(statements('The appeals court in Lima ruled that the mine had broken the law.')[0])
      .toMatchObject({ cue: 'ruled', content: ['the mine had broken the law'] });
    expect(statements('The court ruled out a new trial.')).toEqual([]);
  });

  it('reads "expressed concern that" as a report, not a concern about a thing', () => {
    expect(statements('Farmers have expressed concern that the new dam could flood their land.')[0])
      .toMatchObject({ source: 'Farmers', cue: 'expressed concern', content: ['the new dam could flood their land'] });
    expect(statements('Farmers have expressed concern about the new dam.')).toEqual([]);
  });

  it('reads a text that "reads" next to a quote', () => {
    expect(statements('"We see hope in every school in Lima," the letter reads.')[0])
      .toMatchObject({ source: 'the letter', cue: 'reads', content: ['We see hope in every school in Lima'], direct: true });
  });

  it('reads a plural verb the tagger took for a noun before "to" as making a clause', () => {
    expect(statements('In addition, the campaign plans to publish more records soon, a spokesman announced Monday morning.')[0])
      .toMatchObject({ cue: 'announced', content: ['In addition, the campaign plans to publish more records soon'] });
  });

  it('reads "all" or "both" opening the clause as the speaker', () => {
    expect(statements('To varying degrees, all agreed that the plan would raise taxes on the rich.')[0])
      .toMatchObject({ source: 'all', cue: 'agreed', content: ['the plan would raise taxes on the rich'] });
    expect(statements('The ministers all said the talks had failed.')[0]).toMatchObject({ source: 'The ministers' });
  });

  it('does not read a plural noun before a relative "that" as a verb', () => {
    expect(statements('Ana Rojas leaves a legacy: a raft of new emissions rules that promise to transform the economy of Peru.')).toEqual([]);
  });
});

describe('statements: a dash aside between subject and cue', () => {
  it('reads the noun phrase before the aside as the speaker', () => {
    expect(statements('The transcript of the hearing -- published by the Lima Post -- shows that Rojas spoke about reform.')[0])
      .toMatchObject({ cue: 'shows', content: ['Rojas spoke about reform'] });
  });
});

describe('statements: commitments reported with "to"', () => {
  it('reads what was vowed, pledged or promised', () => {
    expect(statements('The senator also vowed to harshly punish those who leak classified files.')[0])
      .toMatchObject({ source: 'The senator', cue: 'vowed', content: ['to harshly punish those who leak classified files'] });
    expect(statements('Ana Rojas revised her plan, promising to focus more of its benefits on average families.')[0])
      .toMatchObject({ source: 'Ana Rojas', cue: 'promising', content: ['to focus more of its benefits on average families'] });
  });

  it('ends what was promised before the subject\'s next predicate', () => {
    expect(statements('The ministry issued new rules that promise to transform farming in Peru but are likely to face lawsuits.')[0]!.content)
      .toEqual(['to transform farming in Peru']);
  });

  it('still leaves out a participle of circumstance and a negated promise', () => {
    expect(statements('Ana Rojas, speaking to farmers in Lima, gave no details.')).toEqual([]);
    expect(statements('Ana Rojas refused to promise to release her tax returns.')).toEqual([]);
  });
});

describe('statements: demands named by a noun phrase', () => {
  it('reads what was called for, with or without a phrase after the noun', () => {
    expect(statements('In July, the Peruvian Farmers Union called for a moratorium on new dams.')[0])
      .toMatchObject({ cue: 'called for', content: ['a moratorium on new dams'] });
    expect(statements('Ana Rojas called for more school investment in a statement on Thursday.')[0])
      .toMatchObject({ cue: 'called for', content: ['more school investment'] });
  });

  it('keeps a hyphenated word whole inside the object', () => {
    expect(statements("Ana Rojas has called for taxing so-called ''pass through'' income at a lower rate.")[0]!.content)
      .toEqual(["taxing so-called ''pass through'' income at a lower rate"]);
  });

  it('does not read the second half of a hyphenated word as a verb', () => {
    expect(statements('The channel posted one-sided news from Chile every night.')).toEqual([]);
  });
});

describe('statements: thoughts voiced beside a quote', () => {
  it('reads a quote closed by a verb of thought as said', () => {
    expect(statements('“Overall, I think the winner tonight was the governor, because he was solid,” Ana Rojas concluded.')[0])
      .toMatchObject({ cue: 'concluded', direct: true, content: ['Overall, I think the winner tonight was the governor, because he was solid'] });
  });

  it('still needs a clause or a quote after a verb of thought', () => {
    expect(statements('Ana Rojas concluded her tour of the valley in Lima.')).toEqual([]);
  });
});

describe('statements: a month as a surname', () => {
  it('reads "Julia May said" as a person speaking, not a modal verb', () => {
    expect(statements('Prime Minister Julia May said this week that Peru would leave the pact by the end of March.')[0])
      .toMatchObject({ speaker: 'Julia May', cue: 'said', content: ['Peru would leave the pact by the end of March'] });
    expect(statements('In May the ministry said that Peru would leave the pact.')[0]).toMatchObject({ source: 'the ministry' });
  });
});

describe('statements: raised voices', () => {
  it('reads yelling and screaming as speech', () => {
    expect(statements('Ana Rojas yelled to the officers that her husband was unarmed.')[0])
      .toMatchObject({ cue: 'yelled', content: ['her husband was unarmed'] });
    expect(statements('"Get out of the car," Tomas Lindqvist screamed.')[0]).toMatchObject({ cue: 'screamed', direct: true });
  });
});

describe('statements: what an information source finds, without "that"', () => {
  it('reads a bare clause after an evidence verb when a source noun is the subject', () => {
    expect(statements('Early polls showed Ana Rojas was the clear winner of the debate, but many voters were unsure.')[0])
      .toMatchObject({ source: 'Early polls', cue: 'showed', content: ['Ana Rojas was the clear winner of the debate'] });
    expect(statements('Research conducted in 2019 showed the Lima Post routinely rated Peru higher.')[0])
      .toMatchObject({ source: 'Research', cue: 'showed', content: ['the Lima Post routinely rated Peru higher'] });
    // A named author speaks for the work: "research conducted by the Andes Institute".
    expect(statements('In 2019, research conducted by the Andes Institute showed the Lima Post routinely rated Peru higher.')[0])
      .toMatchObject({ speaker: 'Andes Institute', cue: 'showed', content: ['the Lima Post routinely rated Peru higher'] });
    expect(statements('But the gap grew after leaked records from her tax return show she paid no tax for a decade.')[0])
      .toMatchObject({ source: 'leaked records', cue: 'show', content: ['she paid no tax for a decade'] });
  });

  it('does not read what a text shows without "that" as its claim: a draft shows its content', () => {
    expect(statements('A draft document seen by the Lima Post showed Peru was asked to give up the islands.')).toEqual([]);
  });

  it('reads a noun phrase and a participle, a standing or a with-phrase after "shows" as a small clause', () => {
    expect(statements('The latest average shows the senator leading her rival by four points.')[0])
      .toMatchObject({ source: 'The latest average', cue: 'shows', content: ['the senator leading her rival by four points'] });
    expect(statements('A new analysis of the filings shows rural groups outpacing urban ones in recent weeks.')[0])
      .toMatchObject({ source: 'A new analysis', content: ['rural groups outpacing urban ones in recent weeks'] });
    expect(statements('The Andes Institute average of surveys taken over the past month shows Rojas narrowly ahead in Lima.')[0])
      .toMatchObject({ source: 'The Andes Institute average', content: ['Rojas narrowly ahead in Lima'] });
    expect(statements('Recent polls in Peru and Chile have similarly shown Rojas\'s lead shrinking.')[0])
      .toMatchObject({ source: 'Recent polls', content: ['Rojas\'s lead shrinking'] });
    expect(statements('Footage of the arrest shows him with his hands raised above his head.')[0])
      .toMatchObject({ source: 'Footage', content: ['him with his hands raised above his head'] });
  });

  it('reads a question after a finding, and a finding closing the sentence', () => {
    expect(statements('A long study released on Monday by a team of economists shows in detail how Andes firms moved their profits abroad.')[0])
      .toMatchObject({ source: 'A long study', cue: 'shows', content: ['in detail how Andes firms moved their profits abroad'] });
    expect(statements('Gifts to the party reached $2 million by the end of June, a Lima Post analysis of the filings shows.')[0])
      .toMatchObject({ source: 'a Lima Post analysis', cue: 'shows', content: ['Gifts to the party reached $2 million by the end of June'] });
  });

  it('names the source, not the noun after it, as the speaker with a that-clause too', () => {
    expect(statements('Video of the crossing shows that Rojas had her hands in the air.')[0])
      .toMatchObject({ source: 'Video', content: ['Rojas had her hands in the air'] });
    expect(statements('Data from the census show that women made up 41 percent of the workforce.')[0])
      .toMatchObject({ source: 'Data', cue: 'show', content: ['women made up 41 percent of the workforce'] });
  });

  it('reads no finding of a subject that is not an information source, of a noun phrase, or negated', () => {
    expect(statements('The map shows the border with Chile.')).toEqual([]);
    expect(statements('The map shows Peru controls the river.')).toEqual([]);
    expect(statements('A draft seen by the press showed Peru was asked to give up the islands.')).toEqual([]);
    expect(statements('A 2015 study by Ana Rojas found 12 cases of fraud among two million ballots.')).toEqual([]);
    expect(statements('The survey indicates a tightening race in Lima.')).toEqual([]);
    expect(statements('The poll does not show Rojas leading anywhere.')).toEqual([]);
    expect(statements('The survey shows the growing gap between Lima and the provinces.')).toEqual([]);
  });
});

describe('statements: a listener, then adverbials, before "that"', () => {
  it('starts what was told after "that", past the listener and a prepositional phrase', () => {
    expect(statements('He also told one of his young aides on a regular basis that "peace is the only answer."')[0])
      .toMatchObject({ cue: 'told', content: ['peace is the only answer'] });
    expect(statements('Rojas told the farmers at a meeting in Cusco that the dam would be finished by May.')[0])
      .toMatchObject({ cue: 'told', content: ['the dam would be finished by May'] });
  });

  it('reads a listener whose word the text broke with a mis-encoded letter', () => {
    expect(statements('He often told one of his young protegÃ©s on a regular basis that "peace is the only answer."')[0])
      .toMatchObject({ cue: 'told', content: ['peace is the only answer'] });
  });
});

describe('statements: what was demanded or proposed, as a noun phrase', () => {
  it('reads the object of demand, urge and propose as what was said', () => {
    expect(statements('Ana Rojas demands accountability and transparency from the ministry.')[0])
      .toMatchObject({ cue: 'demands', content: ['accountability and transparency from the ministry'] });
    expect(statements('Tomas Lindqvist proposes allowing parents to deduct the cost of child care from their taxes.')[0])
      .toMatchObject({ cue: 'proposes', content: ['allowing parents to deduct the cost of child care from their taxes'] });
  });

  it('still leaves out the object of a stance verb', () => {
    expect(statements('Ana Rojas welcomed the agreement with Chile.')).toEqual([]);
  });
});

describe('statements: a report inside a relative clause opened by "that"', () => {
  it('reads the rest of the relative clause as what was said, and the speaker without "that"', () => {
    expect(statements('Chile and Peru released a joint statement on Monday, a move that experts said proved dialogue works.')[0])
      .toMatchObject({ source: 'experts', cue: 'said', content: ['proved dialogue works'] });
    expect(statements('Peru rejected the plan that experts said would cut water supplies.')[0])
      .toMatchObject({ source: 'experts', content: ['would cut water supplies'] });
  });
});
