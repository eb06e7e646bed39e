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

describe('statements: recall on reported speech', () => {
  it('keeps a sentence whole across an abbreviation in parentheses ("(D-Ore.)")', () => {
    const [s] = statements('Senator Ana Rojas (D-Ore.) said the farm bill would pass before the recess.');
    expect(s).toMatchObject({ speaker: 'Ana Rojas', content: ['the farm bill would pass before the recess'] });
  });

  it('reads a surname opening a sentence as a name, though it is also a verb', () => {
    const out = statements('Attorney General Tomas Lynch spoke in Lima on Monday. Lynch said his deputy had not worked on the case.');
    expect(out).toEqual([expect.objectContaining({ speaker: 'Tomas Lynch', source: 'Lynch', content: ['his deputy had not worked on the case'] })]);
  });

  it('inverts "said X" after a quote closed by two apostrophes', () => {
    const [s] = statements("''The lack of reciprocity is deplorable,'' said Tomas Lindqvist, the director of the network.");
    expect(s).toMatchObject({ speaker: 'Tomas Lindqvist', content: ['The lack of reciprocity is deplorable'], direct: true });
  });

  it('continues a quote that ends in a quote of its own, and one by a speaker named only "he"', () => {
    const out = statements('"When I went there, everyone got thrown in," Ana Rojas said. "So you cannot afford notions like \'I better hire someone from this school.\'"');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toHaveLength(2);
    const [s, ...rest] = statements("''I don't judge what people spend money on,'' he said. ''But most parents wish they could go back and change what they spent.''");
    expect(rest).toHaveLength(0);
    expect(s!.content).toHaveLength(2);
  });

  it('reads a closing mark set at the start of a quote as opening it', () => {
    const [s] = statements('”We will cut the deficit in half and we will do it this year,” Ana Rojas said.');
    expect(s).toMatchObject({ speaker: 'Ana Rojas', content: ['We will cut the deficit in half and we will do it this year'], direct: true });
  });

  it('does not take a quoted title inside a phrase for what was said', () => {
    const [s, ...rest] = statements('On the Sunday broadcast of “Morning Hour,” Senator Ana Rojas said her running mate had only meant to mock the governor.');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ speaker: 'Ana Rojas', content: ['her running mate had only meant to mock the governor'] });
  });

  it('keeps a quote the clause goes on after inside indirect speech', () => {
    const [s] = statements('Andes Watch claimed “the senator exaggerates” the level of youth unemployment in Peru.');
    expect(s).toMatchObject({ speaker: 'Andes Watch', direct: false });
    expect(s!.content[0]).toMatch(/^the senator exaggerates” the level of youth unemployment in Peru$/);
    const [t] = statements('However laudable the goal, using the tax code “is a misguided approach,” said Tomas Lindqvist.');
    expect(t).toMatchObject({ speaker: 'Tomas Lindqvist', direct: false, content: ['However laudable the goal, using the tax code “is a misguided approach'] });
  });

  it('ends reported content where a second report begins after a conjunction', () => {
    expect(statements('Republicans said they were convinced the ministry mishandled the inquiry and Democrats accused the party of stoking the issue.')[0])
      .toMatchObject({ speaker: 'Republicans', content: ['they were convinced the ministry mishandled the inquiry'] });
    expect(statements('Senator Ana Rojas said the fight would be more intense — and she noted that any change would come later.').map((s) => s.content[0]))
      .toEqual(['the fight would be more intense', 'any change would come later']);
    // "and that ..." goes on with the same report.
    expect(statements('Ana Rojas warned that arms sales to Peru would be a mistake and that Chile would respond with measures Lima would not like.')[0]!.content[0])
      .toBe('arms sales to Peru would be a mistake and that Chile would respond with measures Lima would not like');
  });

  it('leaves an appositive after an inverted speaker out of the content', () => {
    const [s] = statements('Its first television ad could start this week, said Tomas Lindqvist, a longtime adviser to the family who runs the campaign.');
    expect(s).toMatchObject({ speaker: 'Tomas Lindqvist', content: ['Its first television ad could start this week'] });
  });

  it('finds the speaker past a manner adverb, a verb of seeming, an aside and a restrictive "who"', () => {
    expect(statements('Senator Ana Rojas boldly suggested that the budget would fail.')[0]).toMatchObject({ speaker: 'Ana Rojas', content: ['the budget would fail'] });
    expect(statements('Governor Tomas Lindqvist appeared to suggest that the plan would fail.')[0]).toMatchObject({ speaker: 'Tomas Lindqvist', content: ['the plan would fail'] });
    expect(statements('Governor Tomas Lindqvist continues to insist, most recently in an interview with a radio station, that he will run again.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', content: ['he will run again'] });
    expect(statements('The mayor refused to pay an architect who said he was owed money for the design.')[0]).toMatchObject({ source: 'an architect', content: ['he was owed money for the design'] });
  });

  it('takes the name in an appositive or before a dash aside as the speaker', () => {
    expect(statements('A lawyer for the family, Ana Rojas, said no decision had been made about an appeal.')[0]).toMatchObject({ speaker: 'Ana Rojas' });
    expect(statements('Tomas Lindqvist, the head of Andes Broadcasting -- the company that owns the station, which is also streamed online -- told me the station would stay open.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', content: ['the station would stay open'] });
  });

  it('takes the person at the head of the phrase after an inverted cue', () => {
    expect(statements('"I thought the senator did all the right things," said Andes TV host Ana Rojas.')[0]).toMatchObject({ speaker: 'Ana Rojas', direct: true });
    expect(statements("Debates are not likely to alter the campaign, noted Peru Daily's Tomas Lindqvist.")[0]).toMatchObject({ speaker: 'Tomas Lindqvist' });
    expect(statements('"The impact of the debate is small," wrote Ana Rojas for Andes Weekly.')[0]).toMatchObject({ speaker: 'Ana Rojas', direct: true });
  });

  it('reads a clause after a fronted phrase, or after a participle used as a noun, as what was said', () => {
    expect(statements('After some challenges, the reclamation work has been meeting standards, one Chilean official said.')[0])
      .toMatchObject({ content: ['After some challenges, the reclamation work has been meeting standards'] });
    expect(statements('Shifting monsoon patterns in Asia could affect a billion people, Ana Rojas said in an interview.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['Shifting monsoon patterns in Asia could affect a billion people'] });
    expect(statements('As improbable as it may seem, Ana Rojas said the deal had played to her advantage.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['the deal had played to her advantage'] });
  });

  it('reads "with X saying ..." as X\'s words, not the clause before', () => {
    const [s, ...rest] = statements('Delegates from small island states walked out of a meeting on Saturday, with the Alliance of Small Island States saying their concerns had been ignored.');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ speaker: 'Alliance of Small Island States', content: ['their concerns had been ignored'] });
  });

  it('reads "continued" next to a quote as a report', () => {
    expect(statements('Senator Ana Rojas continued: “They are demanding this, and they are putting pressure on the council.”')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'continued', direct: true });
    expect(statements('“We have got to do everything possible to stop this,” Senator Ana Rojas continued.')[0]).toMatchObject({ speaker: 'Ana Rojas', cue: 'continued' });
    expect(statements('Senator Ana Rojas continued to fight the bill in committee.')).toEqual([]);
  });

  it('reads a report after a preposition ("by telling", "aside from saying") as the subject\'s', () => {
    expect(statements('Senator Ana Rojas pitched herself to farmers by telling them that their lives could not get any worse.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'telling', content: ['their lives could not get any worse'] });
    expect(statements('Governor Tomas Lindqvist refuses to discuss appointees, aside from saying he wants a diverse delegation.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', content: ['he wants a diverse delegation'] });
    expect(statements('Ana Rojas left the hall after saying goodbye.')).toEqual([]);
  });

  it('gives a second verb joined by "and" the first verb\'s subject', () => {
    expect(statements('Police stopped the car and said the driver had been drinking.')[0]).toMatchObject({ source: 'Police', content: ['the driver had been drinking'] });
    expect(statements('When my mother mentioned the devil, I laughed and said, "I do not believe in the devil."')[0]).toMatchObject({ source: 'I' });
  });

  it('reads "as X said" with the main clause as what was said', () => {
    expect(statements('As many tax experts, including Ana Rojas, have pointed out, the senator is free to disclose his returns.')[0])
      .toMatchObject({ cue: 'pointed out', content: ['the senator is free to disclose his returns'] });
    expect(statements('The video does not answer whether the driver had a gun, as police have said.')[0])
      .toMatchObject({ source: 'police', content: ['The video does not answer whether the driver had a gun'] });
    expect(statements('As Ana Rojas said goodbye, the crowd cheered.')).toEqual([]);
  });

  it('reads a reporting verb the tagger took for a noun after a name or a comma', () => {
    expect(statements('Several women hold senior roles in the ministry, though Ana Rojas notes they were appointed before she took office.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'notes', content: ['they were appointed before she took office'] });
    expect(statements('Central European leaders have embraced the idea of a common army, warning that the exit of Britain will weaken the continent.')[0])
      .toMatchObject({ cue: 'warning', content: ['the exit of Britain will weaken the continent'] });
  });
});

describe('statements: more recall', () => {
  it('reads "agreed" with a clause whose subject is a pronoun, not "agreed to"', () => {
    expect(statements('The senator proposed dropping the tax, but analysts agreed it was still a plan for the rich.').map((s) => [s.cue, s.content[0]]))
      .toContainEqual(['agreed', 'it was still a plan for the rich']);
    expect(statements('The senators agreed to a new vote.')).toEqual([]);
  });

  it('reads labels in capitals taking turns as a transcript, even for a speaker the article does not name', () => {
    const text = 'The governor was interviewed on Sunday about the budget and the coming election, in a long exchange.\n\n"HOST: Will the budget pass before the recess?\n\n"LINDQVIST: It will pass, and it will pass with votes from both parties.';
    const out = statements(text);
    expect(out.map((s) => [s.source, s.content[0]])).toEqual([
      ['HOST', 'Will the budget pass before the recess'],
      ['LINDQVIST', 'It will pass, and it will pass with votes from both parties'],
    ]);
    expect(statements('The governor was interviewed on Sunday about the budget and the coming election, in a long exchange.\n\nNOTE: The interview has been edited.')).toEqual([]);
  });
});

describe('statements: attribution around names, times and asides', () => {
  it('finds the speaker past a time between subject and verb, and past "all"', () => {
    expect(statements('The Andes Bank just this month announced it would get rid of the bonuses.')[0])
      .toMatchObject({ speaker: 'Andes Bank', content: ['it would get rid of the bonuses'] });
    expect(statements('Sens. Ana Rojas (D-Ore.), Tomas Lindqvist (D-Ohio) and Maria Perez (D-N.J.) all suggested that the claims could be grounds for a case.')[0])
      .toMatchObject({ cue: 'suggested', content: ['the claims could be grounds for a case'] });
  });

  it('reads a clause before "X said Friday afternoon, as ..." and after "said at an event in Colorado Springs that"', () => {
    expect(statements('Lawmakers in Peru were furious, the lawmakers said Friday afternoon, as they bristled at the questions.')[0])
      .toMatchObject({ content: ['Lawmakers in Peru were furious'] });
    expect(statements('Following early reports of the blast, but before city officials had weighed in, Senator Ana Rojas said at an event in Colorado Springs that a bomb had gone off.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['a bomb had gone off'] });
  });

  it('takes the name after a title or a parenthesis in an inverted or appositive attribution', () => {
    expect(statements('"The Bushes were very much engaged in the case," said Rep. Tomas Lindqvist (D-N.Y.), a leading advocate for human rights.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', direct: true });
    expect(statements('Rep. Tomas Lindqvist (D-N.Y.), chairman of the Andes Caucus, said members will help him raise cash.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', content: ['members will help him raise cash'] });
  });

  it('reads the head of "according to the conservative-leaning X" and of "according to exit polls"', () => {
    expect(statements('The top earners would see incomes go up by 19 percent, according to the conservative-leaning Andes Institute, more than twice the middle.')[0])
      .toMatchObject({ speaker: 'Andes Institute', content: ['The top earners would see incomes go up by 19 percent'] });
    expect(statements('According to exit polls, the senator had a lead among high earners in 2012.')[0])
      .toMatchObject({ source: 'exit polls', content: ['the senator had a lead among high earners in 2012'] });
  });

  it('gives a quote closing the sentence before to an attribution only when nothing is said after the cue', () => {
    const out = statements('Peru accused the leader of "fanatic recklessness." President Ana Rojas said his mental state is "spiraling out of control."');
    expect(out.find((s) => s.speaker === 'Ana Rojas')).toMatchObject({ content: ['his mental state is "spiraling out of control'] });
    expect(statements('“You winning?” she said, but the crowd was drifting off again.')[0]).toMatchObject({ source: 'she', content: ['You winning'], direct: true });
    expect(statements('“Who do you trust to make decisions on your behalf?” said Tomas Lindqvist, the architect of the campaign.')[0]).toMatchObject({ speaker: 'Tomas Lindqvist', direct: true });
  });

  it('reads "announced it would ..." as a report, though "announce" otherwise takes a thing', () => {
    expect(statements('Andes Watch announced it will have 18 fact-checkers working during the debate.')[0]).toMatchObject({ speaker: 'Andes Watch' });
    expect(statements('President Ken Ito announced the breakthrough in Doha.')).toEqual([]);
  });

  it('does not read a clause after "and" as an appositive of the name before it', () => {
    expect(statements('The refusal did not go over well with Republicans, and the meeting deteriorated from there, said one source in the room.')[0])
      .toMatchObject({ source: 'one source', content: ['The refusal did not go over well with Republicans, and the meeting deteriorated from there'] });
  });

  it('reads "the families, many of whom say ..." and "the study -- which notes that ... --"', () => {
    expect(statements('This has not gone over well with the families of victims, many of whom say the claims about retaliation are unfounded.')[0])
      .toMatchObject({ content: ['the claims about retaliation are unfounded'] });
    expect(statements('Instead, the study -- which notes that 58 companies would owe more in taxes -- should be a call to voters.')[0])
      .toMatchObject({ source: 'the study', content: ['58 companies would owe more in taxes'] });
  });

  it('reads "X called Y Z" over longer objects, but not a time', () => {
    expect(statements('Ana Rojas called her vote in favor of the war a mistake.')[0]).toMatchObject({ speaker: 'Ana Rojas', content: ['her vote in favor of the war a mistake'] });
    expect(statements('Senator Ana Rojas called half of the governor\'s supporters “deplorables.”')[0]).toMatchObject({ cue: 'called' });
    expect(statements('Senator Ana Rojas called the charges unsubstantiated.')[0]).toMatchObject({ content: ['the charges unsubstantiated'] });
    expect(statements('Ana Rojas called the police an hour later.')).toEqual([]);
  });

  it('reads a reporting noun that is also a verb ("X\'s claim that ...")', () => {
    expect(statements('The fact-check looked at Ana Rojas’s claim that there have been thousands of shootings this year.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'claim', content: ['there have been thousands of shootings this year'] });
  });

  it('reads participles after an adverb or "before", with a quote as direct speech', () => {
    expect(statements('The nominee complained about his microphone, even suggesting he may have been sabotaged.')[0])
      .toMatchObject({ cue: 'suggesting', content: ['he may have been sabotaged'] });
    expect(statements('Tomas Lindqvist, a former party chairman, poked at the senator, tweeting, “Notice the senator sniffing all the time. Is he ill?”')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', cue: 'tweeting', direct: true });
    const out = statements('“Keep your hands in sight,” Ana Rojas sings to the crowd before asking them, “Where do we go from here?”');
    expect(out.find((s) => s.cue === 'asking')).toMatchObject({ speaker: 'Ana Rojas', content: ['Where do we go from here'], direct: true });
  });

  it('reads "X, as Y pointed out, Z" as the clause around the attribution', () => {
    expect(statements('The island, as one of Ana Rojas\'s climate advisers pointed out, normally does not get back-to-back hurricanes.')[0])
      .toMatchObject({ cue: 'pointed out', content: ['The island', 'normally does not get back-to-back hurricanes'] });
  });

  it('reads a quote inside a quote with the same marks', () => {
    expect(statements('“As a young woman, I’d rather live in what he calls “hell” than live in a world where he is president.” ― Ana Rojas')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['As a young woman, I’d rather live in what he calls “hell” than live in a world where he is president.'] });
  });

  it('keeps the end of a quote closed by two apostrophes with its sentence', () => {
    const out = statements("The editor told her that the statement was ''not in line with our editorial policy.'' The network said it would send her to Lima.");
    expect(out.map((s) => s.content[0])).toContain('it would send her to Lima');
  });
});

describe('statements: clause boundaries and hypothetical reports', () => {
  it('reads a thought verb with a clause that has no "that", but not an evidence verb nor an object', () => {
    expect(statements('Ana Rojas believes her efforts to slow warming will be her legacy.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'believes', content: ['her efforts to slow warming will be her legacy'] });
    expect(statements('They felt the ministry was not being forthcoming.')[0]).toMatchObject({ cue: 'felt', content: ['the ministry was not being forthcoming'] });
    expect(statements('A draft document seen by Reuters showed Peru was asked to agree to neutrality.')).toEqual([]);
    expect(statements('The poll shows Ana Rojas leading by three points.')).toEqual([]);
    expect(statements('The map shows the way to the river.')).toEqual([]);
    expect(statements('Peru expects Chile to win the vote.')).toEqual([]);
  });

  it('does not end content at a verb after "to" or a modal ("he would have to consider")', () => {
    expect(statements('Aides to Ana Rojas say that, in addition to the mayor, she would have to consider Tomas Lindqvist.')[0]!.content)
      .toEqual(['in addition to the mayor, she would have to consider Tomas Lindqvist']);
  });

  it('skips a manner adverb after the verb, and ends a relative clause\'s report with the clause', () => {
    expect(statements('Companies complain bitterly that taxes are too high.')[0]).toMatchObject({ cue: 'complain', content: ['taxes are too high'] });
    expect(statements('The European Commission, which contended that Chile undertaxed the company, is a good example of money kept offshore.')[0])
      .toMatchObject({ speaker: 'European Commission', content: ['Chile undertaxed the company'] });
  });

  it('does not give the quote before ", adding that ..." to the participle', () => {
    const out = statements('Ana Rojas said in a statement: "The company was highly successful when it became independent," adding that its value quadrupled in a year.');
    expect(out.map((s) => [s.cue, s.content])).toEqual([
      ['said', ['The company was highly successful when it became independent']],
      ['adding', ['its value quadrupled in a year']],
    ]);
  });

  it('leaves out hypothetical reports after a modal, but reads "would only say"', () => {
    expect(statements('Regulators worried that if the state held up the deal, the company could threaten to liquidate its properties.').map((s) => s.cue)).toEqual(['worried']);
    expect(statements('Asked about the deal, Ana Rojas would only say that talks were continuing.')[0]).toMatchObject({ speaker: 'Ana Rojas', content: ['talks were continuing'] });
  });
});

describe('statements: appositives of age and home town, quotes inside reported speech', () => {
  it('goes back over an age and a home town to the name', () => {
    expect(statements('Ana Rojas, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories of her father.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['the event brought back memories of her father'] });
    expect(statements('Tomas Lindqvist, of Springfield, Va., said he had fought in the war.')[0]).toMatchObject({ speaker: 'Tomas Lindqvist' });
  });

  it('does not make a quote closing reported speech a statement of its own', () => {
    const out = statements('Ana Rojas said the event brought back memories of her father, and of "all the people who were not here who did things to get us here."');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ speaker: 'Ana Rojas', direct: false });
  });
});

describe('statements: objects that are things, relative "that", quoted terms in appositives', () => {
  it('does not read "that" with a verb right after it, after a place, as a that-clause', () => {
    expect(statements('The president spoke in a cottage on a base that overlooks the bay in Chile.')).toEqual([]);
  });

  it('reads "unveiled" and "revealed" as reports only with a clause, not with a thing', () => {
    expect(statements('Ana Rojas unveiled the first draft of what would become the plan.')).toEqual([]);
    expect(statements('Ana Rojas revealed that the talks had failed.')[0]).toMatchObject({ cue: 'revealed', content: ['the talks had failed'] });
  });

  it('finds the speaker before an appositive ending in a quoted term', () => {
    expect(statements('President Ana Rojas, who had opened the fair at an event she called "Open Day," told reporters on Monday that Lima and Quito had achieved a "total reset" in their relations.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'told', content: ['Lima and Quito had achieved a "total reset" in their relations'] });
    expect(statements('In Lima, "we will win," said Ana Rojas.')[0]).toMatchObject({ speaker: 'Ana Rojas', direct: true });
  });
});
