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
  it('reads "called X a Y" as a claim, "called for" as a demand, and not a phone call', () => {
    expect(statements('Senator Rosa Diaz called the plan a disaster for farmers.')[0]).toMatchObject({ speaker: 'Rosa Diaz', cue: 'called', content: ['the plan a disaster for farmers'] });
    expect(statements('Senator Rosa Diaz called for a new vote.')).toMatchObject([{ cue: 'called for', content: ['a new vote'] }]);
    expect(statements('Senator Rosa Diaz called Governor Ken Ito on Friday.')).toEqual([]);
  });
});

describe('statements: recall on reported speech', () => {
  it('keeps a sentence whole across an abbreviation in parentheses ("(D-Ore.)")', () => {
    const [s] = statements('Senator Ana Rojas (D-Ore.) said the water bill would clear the chamber in May.');
    expect(s).toMatchObject({ speaker: 'Ana Rojas', content: ['the water bill would clear the chamber in May'] });
  });

  it('reads a surname opening a sentence as a name, though it is also a verb', () => {
    const out = statements('Judge Tomas Lynch opened the hearing in Lima on Monday. Lynch said the court would rule before the holidays.');
    expect(out).toEqual([expect.objectContaining({ speaker: 'Tomas Lynch', source: 'Lynch', content: ['the court would rule before the holidays'] })]);
  });

  it('inverts "said X" after a quote closed by two apostrophes', () => {
    const [s] = statements("''The port will reopen once the storm has passed,'' said Tomas Lindqvist, the harbor master.");
    expect(s).toMatchObject({ speaker: 'Tomas Lindqvist', content: ['The port will reopen once the storm has passed'], direct: true });
  });

  it('continues a quote that ends in a quote of its own, and one by a speaker named only "he"', () => {
    const out = statements('"The first winter was hard," Ana Rojas said. "My neighbors kept telling me the same thing, \'Wait until the spring comes.\'"');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toHaveLength(2);
    const [s, ...rest] = statements("''We planted the wrong seeds that year,'' he said. ''Every farmer in the valley learned the same lesson after the drought.''");
    expect(rest).toHaveLength(0);
    expect(s!.content).toHaveLength(2);
  });

  it('reads a closing mark set at the start of a quote as opening it', () => {
    const [s] = statements('”The river will be clean again within five years,” Ana Rojas said.');
    expect(s).toMatchObject({ speaker: 'Ana Rojas', content: ['The river will be clean again within five years'], direct: true });
  });

  it('does not take a quoted title inside a phrase for what was said', () => {
    const [s, ...rest] = statements('On the Sunday broadcast of “Morning Hour,” Senator Ana Rojas said the mining tax would be cut in half.');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ speaker: 'Ana Rojas', content: ['the mining tax would be cut in half'] });
  });

  it('keeps a quote the clause goes on after inside indirect speech', () => {
    const [s] = statements('Andes Watch claimed “the ministry inflated” the number of new schools in the south.');
    expect(s).toMatchObject({ speaker: 'Andes Watch', direct: false });
    expect(s!.content[0]).toBe('the ministry inflated” the number of new schools in the south');
    const [t] = statements('Whatever its aims, the new port fee “is a tax on fishermen,” said Tomas Lindqvist.');
    expect(t).toMatchObject({ speaker: 'Tomas Lindqvist', direct: false, content: ['Whatever its aims, the new port fee “is a tax on fishermen'] });
  });

  it('ends reported content where a second report begins after a conjunction', () => {
    expect(statements('Farmers said the canal had flooded their fields and the mayor blamed the rains for the damage.')[0])
      .toMatchObject({ source: 'Farmers', content: ['the canal had flooded their fields'] });
    expect(statements('Senator Ana Rojas said the harvest would be late — and she noted that prices would rise.').map((s) => s.content[0]))
      .toEqual(['the harvest would be late', 'prices would rise']);
    // "and that ..." goes on with the same report.
    expect(statements('Ana Rojas warned that the dam was unsafe and that Chile would close the border crossing if it broke.')[0]!.content[0])
      .toBe('the dam was unsafe and that Chile would close the border crossing if it broke');
  });

  it('leaves an appositive after an inverted speaker out of the content', () => {
    const [s] = statements('The ferry will run again next month, said Tomas Lindqvist, a captain who has sailed the route for years.');
    expect(s).toMatchObject({ speaker: 'Tomas Lindqvist', content: ['The ferry will run again next month'] });
  });

  it('finds the speaker past a manner adverb, a verb of seeming, an aside and a restrictive "who"', () => {
    expect(statements('Senator Ana Rojas flatly predicted that the tariff would fail.')[0]).toMatchObject({ speaker: 'Ana Rojas', content: ['the tariff would fail'] });
    expect(statements('Governor Tomas Lindqvist seemed to concede that the bridge would be late.')[0]).toMatchObject({ speaker: 'Tomas Lindqvist', content: ['the bridge would be late'] });
    expect(statements('Governor Tomas Lindqvist continues to insist, in a radio interview on Friday, that the budget is balanced.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', content: ['the budget is balanced'] });
    expect(statements('The city refused to pay a builder who said he was owed money for the school.')[0]).toMatchObject({ source: 'a builder', content: ['he was owed money for the school'] });
  });

  it('takes the name in an appositive or before a dash aside as the speaker', () => {
    expect(statements('A spokeswoman for the mine, Ana Rojas, said the shaft would stay closed.')[0]).toMatchObject({ speaker: 'Ana Rojas' });
    expect(statements('Tomas Lindqvist, the owner of Andes Freight -- a firm that runs trucks, which also carry mail -- told me the route would close.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', content: ['the route would close'] });
  });

  it('takes the person at the head of the phrase after an inverted cue', () => {
    expect(statements('"The vote was a turning point," said Andes TV host Ana Rojas.')[0]).toMatchObject({ speaker: 'Ana Rojas', direct: true });
    expect(statements("Tolls are unlikely to fall this year, noted Peru Daily's Tomas Lindqvist.")[0]).toMatchObject({ speaker: 'Tomas Lindqvist' });
    expect(statements('"The harvest is smaller than last year," wrote Ana Rojas for Andes Weekly.')[0]).toMatchObject({ speaker: 'Ana Rojas', direct: true });
  });

  it('reads a clause after a fronted phrase, or after a participle used as a noun, as what was said', () => {
    expect(statements('After two dry summers, the lake has been rising again, one Chilean engineer said.')[0])
      .toMatchObject({ content: ['After two dry summers, the lake has been rising again'] });
    expect(statements('Rising sea levels in the south could flood the old port, Ana Rojas said in an interview.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['Rising sea levels in the south could flood the old port'] });
    expect(statements('As odd as it may sound, Ana Rojas said the drought had helped the vineyards.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['the drought had helped the vineyards'] });
  });

  it('reads "with X saying ..." as X\'s words, not the clause before', () => {
    const [s, ...rest] = statements('Fishermen blocked the harbor on Tuesday, with the Andes Fishing Union saying their quotas had been cut.');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ speaker: 'Andes Fishing Union', content: ['their quotas had been cut'] });
  });

  it('reads "continued" next to a quote as a report', () => {
    expect(statements('Senator Ana Rojas continued: “The mines have to pay for the roads they ruin.”')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'continued', direct: true });
    expect(statements('“Nobody in this valley will go hungry,” Senator Ana Rojas continued.')[0]).toMatchObject({ speaker: 'Ana Rojas', cue: 'continued' });
    expect(statements('Senator Ana Rojas continued to fight the bill in committee.')).toEqual([]);
  });

  it('reads a report after a preposition ("by telling", "apart from saying") as the subject\'s', () => {
    expect(statements('Senator Ana Rojas defended the tax by telling farmers that their roads would finally be paved.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'telling', content: ['their roads would finally be paved'] });
    expect(statements('Governor Tomas Lindqvist will not name a successor, apart from saying he hopes to see a woman in the job.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', content: ['he hopes to see a woman in the job'] });
    expect(statements('Ana Rojas left the hall after saying goodbye.')).toEqual([]);
  });

  it('gives a second verb joined by "and" the first verb\'s subject', () => {
    expect(statements('Police stopped the truck and said the driver had no license.')[0]).toMatchObject({ source: 'Police', content: ['the driver had no license'] });
    expect(statements('When the teacher asked about the storm, I smiled and said, "We slept through all of it."')[0]).toMatchObject({ source: 'I' });
  });

  it('reads "as X said" with the main clause as what was said', () => {
    expect(statements('As several engineers, including Ana Rojas, have pointed out, the bridge can carry twice the load.')[0])
      .toMatchObject({ cue: 'pointed out', content: ['the bridge can carry twice the load'] });
    expect(statements('The footage does not show who fired first, as police have said.')[0])
      .toMatchObject({ source: 'police', content: ['The footage does not show who fired first'] });
    expect(statements('As Ana Rojas said goodbye, the crowd cheered.')).toEqual([]);
  });

  it('reads a reporting verb the tagger took for a noun after a name or a comma', () => {
    expect(statements('Most new teachers are women, though Ana Rojas notes they were hired before she took office.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'notes', content: ['they were hired before she took office'] });
    expect(statements('Coastal mayors have backed the new wall, warning that the next storm will hit the old town.')[0])
      .toMatchObject({ cue: 'warning', content: ['the next storm will hit the old town'] });
  });
});

describe('statements: more recall', () => {
  it('reads "agreed" with a clause whose subject is a pronoun, not "agreed to"', () => {
    expect(statements('The referee changed his call, and the judges agreed it was a fair result.').map((s) => [s.cue, s.content[0]]))
      .toContainEqual(['agreed', 'it was a fair result']);
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
    expect(statements('The Andes Bank on Tuesday announced it would close forty branches.')[0])
      .toMatchObject({ speaker: 'Andes Bank', source: 'Andes Bank', cue: 'announced', content: ['it would close forty branches'] });
    expect(statements('Sens. Ana Rojas (D-Ore.), Tomas Lindqvist (D-Ohio) and Maria Perez (D-N.J.) all argued that the pipeline permit was illegal.')[0])
      .toMatchObject({ cue: 'argued', content: ['the pipeline permit was illegal'] });
  });

  it('reads a clause before "X said Friday afternoon, as ..." and after "said at an event in Rio Springs that"', () => {
    expect(statements('Miners in Peru were angry, the union said Friday afternoon, as talks broke down again.')[0])
      .toMatchObject({ content: ['Miners in Peru were angry'] });
    expect(statements('Before the police had confirmed anything, but after the first reports of smoke, Senator Ana Rojas said at a rally in Rio Springs that a fire had broken out.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['a fire had broken out'] });
  });

  it('takes the name after a title or a parenthesis in an inverted or appositive attribution', () => {
    expect(statements('"The schools in the north were left behind," said Rep. Tomas Lindqvist (D-N.Y.), a former teacher.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', direct: true });
    expect(statements('Rep. Tomas Lindqvist (D-N.Y.), who leads the rail caucus, said the line would open in June.')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', content: ['the line would open in June'] });
  });

  it('reads the head of "according to the left-leaning X" and of "according to leaked memos"', () => {
    expect(statements('Rents in the capital rose by 12 percent, according to the left-leaning Andes Institute, twice the national rate.')[0])
      .toMatchObject({ speaker: 'Andes Institute', content: ['Rents in the capital rose by 12 percent'] });
    expect(statements('According to leaked memos, the ministry had known about the cracks for years.')[0])
      .toMatchObject({ source: 'leaked memos', content: ['the ministry had known about the cracks for years'] });
    // "had known about" is no trailing attribution ("..., officials had known").

  });

  it('gives a quote closing the sentence before to an attribution only when nothing is said after the cue', () => {
    const out = statements('Peru called the blockade "a disgrace." President Ana Rojas said the border would stay open "for as long as it takes."');
    expect(out.find((s) => s.speaker === 'Ana Rojas')).toMatchObject({ content: ['the border would stay open "for as long as it takes'] });
    expect(statements('“Is it raining?” she asked, but nobody in the tent answered.')[0]).toMatchObject({ source: 'she', content: ['Is it raining'], direct: true });
    expect(statements('“Who will pay for the bridge?” said Tomas Lindqvist, the head of the council.')[0]).toMatchObject({ speaker: 'Tomas Lindqvist', direct: true });
  });

  it('reads "announced it would ..." as a report, though "announce" otherwise takes a thing', () => {
    expect(statements('Andes Watch announced it will send observers to every polling station.')[0]).toMatchObject({ speaker: 'Andes Watch' });
    expect(statements('President Ken Ito announced the breakthrough in Doha.')).toEqual([]);
  });

  it('does not read a clause after "and" as an appositive of the name before it', () => {
    expect(statements('The offer did not impress the drivers of Andes Freight, and the strike went on, said one organizer at the depot.')[0])
      .toMatchObject({ cue: 'said', content: ['The offer did not impress the drivers of Andes Freight, and the strike went on'] });
  });

  it('reads "the workers, many of whom say ..." and "the audit -- which finds that ... --"', () => {
    expect(statements('The closure has angered the workers at the plant, many of whom say the pension promises were broken.')[0])
      .toMatchObject({ content: ['the pension promises were broken'] });
    expect(statements('Instead, the audit -- which finds that nine schools have no heating -- will be sent to the council.')[0])
      .toMatchObject({ source: 'the audit', content: ['nine schools have no heating'] });
  });

  it('reads "X called Y Z" over longer objects, but not a time', () => {
    expect(statements('Ana Rojas called his vote in favor of the dam a mistake.')[0]).toMatchObject({ speaker: 'Ana Rojas', content: ['his vote in favor of the dam a mistake'] });
    expect(statements('Senator Ana Rojas called half of the new rules “nonsense.”')[0]).toMatchObject({ cue: 'called' });
    expect(statements('Senator Ana Rojas called the ruling unfair.')[0]).toMatchObject({ content: ['the ruling unfair'] });
    expect(statements('Ana Rojas called the police an hour later.')).toEqual([]);
  });

  it('reads a reporting noun that is also a verb ("X\'s claim that ...")', () => {
    expect(statements('The review examined Ana Rojas’s claim that the river had been cleaned up.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'claim', content: ['the river had been cleaned up'] });
  });

  it('reads participles after an adverb or "before", with a quote as direct speech', () => {
    expect(statements('The coach complained about the pitch, even suggesting it had been watered on purpose.')[0])
      .toMatchObject({ cue: 'suggesting', content: ['it had been watered on purpose'] });
    expect(statements('Tomas Lindqvist, a former mayor, mocked the new logo, tweeting, “Did a child draw this? It looks like a potato.”')[0])
      .toMatchObject({ speaker: 'Tomas Lindqvist', cue: 'tweeting', direct: true });
    const out = statements('“Keep the lights on for me,” Ana Rojas sings to the crowd before asking them, “Who will walk me home?”');
    expect(out.find((s) => s.cue === 'asking')).toMatchObject({ speaker: 'Ana Rojas', content: ['Who will walk me home'], direct: true });
  });

  it('reads "X, as Y pointed out, Z" as the clause around the attribution', () => {
    expect(statements('The port, as one of Ana Rojas\'s engineers pointed out, rarely floods in winter.')[0])
      .toMatchObject({ cue: 'pointed out', content: ['The port', 'rarely floods in winter'] });
  });

  it('reads a quote inside a quote with the same marks', () => {
    expect(statements('“We call it “progress” when the buses run late and the fares go up.” ― Ana Rojas')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['We call it “progress” when the buses run late and the fares go up.'] });
  });

  it('keeps the end of a quote closed by two apostrophes with its sentence', () => {
    const out = statements("The mayor called the new rules ''a gift to the landlords.'' The council said it would review them in June.");
    expect(out.map((s) => s.content[0])).toContain('it would review them in June');
  });
});

describe('statements: clause boundaries and hypothetical reports', () => {
  it('reads a thought verb with a clause that has no "that", but not an evidence verb (unless a source finds it) nor an object', () => {
    expect(statements('Ana Rojas believes her reforms to cut waste will be her legacy.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'believes', content: ['her reforms to cut waste will be her legacy'] });
    expect(statements('They felt the ministry was hiding the report.')[0]).toMatchObject({ cue: 'felt', content: ['the ministry was hiding the report'] });
    expect(statements('A draft seen by the press showed Peru was asked to give up the islands.')).toEqual([]);
    expect(statements('The long queue shows Ana Rojas leading by three points.')).toEqual([]);
    expect(statements('The map shows the way to the river.')).toEqual([]);
    expect(statements('Peru expects Chile to win the vote.')).toEqual([]);
  });

  it('does not end content at a verb after "to" or a modal ("it would need to consider")', () => {
    expect(statements('Aides to Ana Rojas say that, besides the mayor, she would have to consider Tomas Lindqvist.')[0]!.content)
      .toEqual(['besides the mayor, she would have to consider Tomas Lindqvist']);
  });

  it('skips a manner adverb after the verb, and ends a relative clause\'s report with the clause', () => {
    expect(statements('Tenants protested loudly that the rents were too high.')[0]).toMatchObject({ cue: 'protested', content: ['the rents were too high'] });
    expect(statements('The Andes Tribunal, which argued that Peru owed the firm money, is rarely quoted in the press.')[0])
      .toMatchObject({ cue: 'argued', content: ['Peru owed the firm money'] });
  });

  it('does not give the quote before ", adding that ..." to the participle', () => {
    const out = statements('Ana Rojas said in a statement: "The mill was the heart of this town for a century," adding that it would reopen as a museum.');
    expect(out.map((s) => [s.cue, s.content])).toEqual([
      ['said', ['The mill was the heart of this town for a century']],
      ['adding', ['it would reopen as a museum']],
    ]);
  });

  it('leaves out hypothetical reports after a modal, but reads "would only say"', () => {
    expect(statements('Nurses worried that if the clinic closed, the union could threaten to strike for a month.').map((s) => s.cue)).toEqual(['worried']);
    expect(statements('Asked about the merger, Ana Rojas would only say that talks were continuing.')[0]).toMatchObject({ speaker: 'Ana Rojas', content: ['talks were continuing'] });
  });
});

describe('statements: appositives of age and home town, quotes inside reported speech', () => {
  it('goes back over an age and a home town to the name', () => {
    expect(statements('Ana Rojas, 59, of Cusco, Peru, who waited in line for an hour, said the new clinic had changed her life.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', content: ['the new clinic had changed her life'] });
    expect(statements('Tomas Lindqvist, of Arequipa, Peru, said he had voted for the first time.')[0]).toMatchObject({ speaker: 'Tomas Lindqvist' });
  });

  it('does not make a quote closing reported speech a statement of its own', () => {
    const out = statements('Ana Rojas said the clinic reminded her of her mother, and of "all the nurses who worked nights so that we could sleep."');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ speaker: 'Ana Rojas', direct: false });
  });
});

describe('statements: objects that are things, relative "that", quoted terms in appositives', () => {
  it('does not read "that" with a verb right after it, after a place, as a that-clause', () => {
    expect(statements('The president spoke in a hall near the station that faces the river in Lima.')).toEqual([]);
  });

  it('reads "unveiled" and "revealed" as reports only with a clause, not with a thing', () => {
    expect(statements('Ana Rojas unveiled the first map of what would become the new park.')).toEqual([]);
    expect(statements('Ana Rojas revealed that the tender had been rigged.')[0]).toMatchObject({ cue: 'revealed', content: ['the tender had been rigged'] });
  });

  it('finds the speaker before an appositive ending in a quoted term', () => {
    expect(statements('President Ana Rojas, who had opened the fair at an event she called "Open Day," told reporters on Monday that Lima and Quito had achieved a "fresh start" in their relations.')[0])
      .toMatchObject({ speaker: 'Ana Rojas', cue: 'told', content: ['Lima and Quito had achieved a "fresh start" in their relations'] });
    expect(statements('In Lima, "we will win," said Ana Rojas.')[0]).toMatchObject({ speaker: 'Ana Rojas', direct: true });
  });
});

describe('statements: quotes that go on after the attribution', () => {
  it('continues a quote whose closing marks hold a quote of their own or are two apostrophes', () => {
    const out = statements('"She promised to \'listen to every farmer,\'" Ana Rojas said. "Nobody in the valley has heard from her since the spring."');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toHaveLength(2);
    const nyt = statements("''The budget is a patchwork,'' said Tomas Lindqvist, a councillor. ''It fixes the roads and forgets the schools of the north.''");
    expect(nyt).toHaveLength(1);
    expect(nyt[0]!.content).toHaveLength(2);
  });

  it('continues a quote over a quoted programme title in the attribution', () => {
    const out = statements('"The talks are over," Ana Rojas said on Radio Lima\'s "Morning Hour." "We will not go back to the table this year."');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toHaveLength(2);
  });

  it('continues the quote, not a participle report, and a partial quote', () => {
    const out = statements('"The bridge will open in May," Ana Rojas said, stressing that the money was already spent. "Nobody will have to wait for the ferry again."');
    expect(out.find((s) => s.cue === 'said')!.content).toEqual(['The bridge will open in May', 'Nobody will have to wait for the ferry again.']);
    const partial = statements('Bread prices are "far beyond what families can pay," Ana Rojas said. "Nobody should have to choose between bread and rent."');
    expect(partial).toHaveLength(1);
    expect(partial[0]!.content).toHaveLength(2);
  });

  it('continues a quote in the next paragraph when the attribution closes its paragraph', () => {
    const out = statements('The mayor of Lima spoke to dock workers at the harbour on Monday morning, as the strike went on.\n\n"The port will stay open," Ana Rojas said.\n\n"We have enough fuel for the winter and the ships keep coming."');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toHaveLength(2);
  });

  it('continues with a quote that closes inside its sentence, keeping the sentence\'s ending', () => {
    const out = statements("''The budget is a patchwork,'' said Tomas Lindqvist, a councillor. ''It fixes the roads and forgets the schools'' of the northern districts.");
    expect(out).toHaveLength(1);
    expect(out[0]!.content[1]).toBe("It fixes the roads and forgets the schools'' of the northern districts");
  });

  it('does not read "No," before an inverted attribution as a negation', () => {
    expect(statements('"Will Peru sign the deal this week? No," said Ana Rojas.')[0]).toMatchObject({ speaker: 'Ana Rojas', cue: 'said', direct: true });
  });

  it('reads a quote after "that" as part of the clause when the clause goes on after it', () => {
    expect(statements('Ana Rojas said that "bread costs too much" in the poorer districts of Lima.')[0])
      .toMatchObject({ content: ['bread costs too much" in the poorer districts of Lima'], direct: false });
  });

  it('ends a report inside a fronted adverbial clause with that clause', () => {
    expect(statements('Because Ana Rojas said the bridge was unsafe, the council closed it for a month.')[0])
      .toMatchObject({ cue: 'said', content: ['the bridge was unsafe'] });
  });

  it('runs reported content on to the end of a quote that opens inside it and crosses a sentence end', () => {
    const out = statements('Ana Rojas described the plan as "a gift to the mines. Nobody in the valley will see a cent of it."');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toEqual(['the plan as "a gift to the mines. Nobody in the valley will see a cent of it.']);
  });

  it('does not continue reported content with a quote inside it into the next paragraph', () => {
    const out = statements('Farmers in the valley have waited a long time for the new rules to arrive.\n\nAna Rojas called for the fees to be "paid back" by the firms, as families struggled with the bills.\n\n"Nobody can live on these wages and pay the rent in the same month, not here."');
    expect(out.map((s) => s.content.length)).toEqual([1, 1]);
  });

  it('does not read a multi-word reporting phrase inside a quote as a report of its own', () => {
    const out = statements('"We remain open to talks," Ana Rojas said, referring to the talks in Lima. "Sadly, Peru has chosen a different path and made clear it would not be a partner."');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toHaveLength(2);
  });

  it('reads an object that ends where an adjunct clause begins as a thing, not a report', () => {
    expect(statements('Ana Rojas condemned the raid on the border post as Peru moved troops into the valley.')).toEqual([]);
    expect(statements('Ana Rojas thanked the mayor on Monday for backing the bill - delaying the planned closure of the port.')).toEqual([]);
    expect(statements('Ana Rojas called for cutting the port fees to ten percent in a deal rejected by the unions, but Tomas Lindqvist would keep them as they are.')[0]!.content)
      .toEqual(['cutting the port fees to ten percent in a deal rejected by the unions']);
  });

  it('reads what a listener was told to do, with the listener and without the adjunct after it', () => {
    expect(statements('Ana Rojas warned the mayors to check their voter rolls after hackers attacked the systems in two provinces.')[0])
      .toMatchObject({ cue: 'warned', content: ['the mayors to check their voter rolls'] });
    expect(statements('President Tomas Lindqvist urged Santiago to reconsider.')[0]).toMatchObject({ cue: 'urged', content: ['Santiago to reconsider'] });
    expect(statements('Ana Rojas vowed to rebuild the port.')[0]).toMatchObject({ cue: 'vowed', content: ['to rebuild the port'] });
  });

  it('keeps an aside inside the subject of a reported clause', () => {
    expect(statements('Ana Rojas said a low cap on fees, tied to tougher audits, was the only plan she could accept.')[0]!.content)
      .toEqual(['a low cap on fees, tied to tougher audits, was the only plan she could accept']);
    expect(statements('Ana Rojas said many of the cases that critics point to as proof of fraud failed to note the new rules.')[0]!.content)
      .toEqual(['many of the cases that critics point to as proof of fraud failed to note the new rules']);
  });

  it('keeps a short subject before an attribution set off by commas with its predicate', () => {
    expect(statements('The museum, Ana Rojas said, would make visitors face hard truths.')[0]!.content).toEqual(['The museum', 'would make visitors face hard truths']);
    expect(statements('Later, Ana Rojas said, the talks would resume.')[0]!.content).toEqual(['the talks would resume']);
  });

  it('skips a longer listener phrase before "that"', () => {
    expect(statements('Ana Rojas also told one of her young aides from the Lima office on a regular basis that "patience is the answer."')[0])
      .toMatchObject({ cue: 'told', content: ['patience is the answer'] });
  });

  it('does not read a capitalized word inside a title as a cue', () => {
    expect(statements('And Ana Rojas sponsored the 2014 renewal of the Death in Custody Reporting Act, requiring state police to tell the government when someone dies in custody.')).toEqual([]);
  });

  it('ends an object at a participle the tagger may read as a noun', () => {
    expect(statements('Ana Rojas called for more information about the shooting of Tomas Lindqvist, looping the streets around the stadium.')[0]!.content)
      .toEqual(['more information about the shooting of Tomas Lindqvist']);
  });

  it('does not read a clause set off after the cue by a comma and a subordinator as what was said', () => {
    expect(statements('Nobody in the valley is arguing, since other emails seen by the press suggest that Ana Rojas sold the land.').map((s) => s.cue)).toEqual(['suggest']);
  });

  it('ends a reported clause before ", but" with a subject of its own, or ", even as"', () => {
    expect(statements('Farmers complain bitterly that the fees are too high and the rules too complicated, but many firms and the richest families of the valley have found ways around them.')[0]!.content)
      .toEqual(['the fees are too high and the rules too complicated']);
    expect(statements('Ana Rojas weighed in on Friday about whether the report should be released, even as copies circulated widely on social media.')[0]!.content)
      .toEqual(['on Friday about whether the report should be released']);
    expect(statements('Ana Rojas said the fees were too high, but that the council would not cut them.')[0]!.content)
      .toEqual(['the fees were too high, but that the council would not cut them']);
  });

  it('leaves out negated and hypothetical multi-word reporting phrases as it does single verbs', () => {
    expect(statements('Local leaders could call on the army to help in floods.')).toEqual([]);
    expect(statements('Ana Rojas would point out that the port is closed.')).toEqual([]);
    expect(statements('Ana Rojas pointed out that the port is closed.')[0]).toMatchObject({ cue: 'pointed out', content: ['the port is closed'] });
  });

  it('reads the rest of a relative clause, not the clause before it, when "which" is the object of the report', () => {
    expect(statements('The council called an emergency meeting to discuss the test, which state media claimed now allows Peru to build warheads.')[0])
      .toMatchObject({ cue: 'claimed', content: ['now allows Peru to build warheads'] });
  });

  it('does not read a phrase of place, time or agent, a conjunction or a bare adverbial clause after a verb as what was said', () => {
    expect(statements('Higher fees are a bad idea, said Ana Rojas (a view echoed by every farmer I met).').map((s) => s.cue)).toEqual(['said']);
    expect(statements('Much of the debt can be traced to the loans proposed during the 1990s and later approved by the council.')).toEqual([]);
    expect(statements('Would you vote for a candidate who said and did the same things as Tomas Lindqvist?')).toEqual([]);
    expect(statements('That was what Ana Rojas said when she resigned from the council in protest.')).toEqual([]);
    expect(statements('Ana Rojas was speaking to the farmers of the valley when the mayor walked into the hall.')).toEqual([]);
    expect(statements('I write this because I know the valley and its farmers well.')).toEqual([]);
    expect(statements('That so many mayors signed up so quickly says something about the mood in the valley.')).toEqual([]);
  });

  it('still reads what follows such a phrase or clause when a clause comes after it', () => {
    expect(statements('Ana Rojas said when the rains come, the dam will hold.')[0]!.content).toEqual(['when the rains come, the dam will hold']);
    expect(statements('Ana Rojas asked when the talks with Chile would resume.')[0]!.content).toEqual(['when the talks with Chile would resume']);
    expect(statements('Ana Rojas responded by arguing that the port needed more money.')[0]).toMatchObject({ cue: 'responded' });
  });

  it('leaves a time or circumstance between the cue and a clause without "that" out of what was said', () => {
    expect(statements('Tomas Lindqvist said under oath he had never read the report.')[0]!.content).toEqual(['he had never read the report']);
    expect(statements('Ana Rojas said on Monday it was too early to judge the harvest.')[0]!.content).toEqual(['it was too early to judge the harvest']);
  });

  it('does not read a passive with an adverb, or a noun the tagger took for a verb after "of", as a report', () => {
    expect(statements('In the billing scandal, farmers were mistakenly charged fees, saw their credit fall and got cards they never asked for.')).toEqual([]);
    expect(statements('The fear in the valley remained but found other points of focus, such as the price of water.')).toEqual([]);
  });

  it('does not read a quoted title in capitals before an attribution as what was said', () => {
    expect(statements("In his 2019 book, ''Make Your Farm Pay Again,'' Tomas Lindqvist suggested planting more olive trees.").map((s) => s.content[0])).not.toContain('Make Your Farm Pay Again');
    expect(statements('"We will not pay for their mistakes," Ana Rojas said.')[0]!.content).toEqual(['We will not pay for their mistakes']);
  });

  it('does not read the paper\'s own note as a labelled speaker', () => {
    const text = ['Ana Rojas and Tomas Lindqvist met in Lima on Monday for a debate on the future of the dam, which has divided the valley for a decade.',
      'ROJAS: We will build the dam, and the valley will have water all year round.', 'LINDQVIST: We will not pay for it, and the farmers will not pay for it either.',
      'UPDATED: An earlier version of this article misstated the cost of the dam.', 'Disclosure: The author once worked for the dam company in the valley.'].join('\n\n');
    expect(statements(text).map((s) => s.source)).toEqual(['ROJAS', 'LINDQVIST']);
  });
});

describe('statements: where reported content ends', () => {
  it('ends reported content before ", and" with a fronted adverbial clause whose main clause reports again', () => {
    const out = statements('Ana Rojas said miners would not be eligible for the grants, and when pressed on why the plan leaves out miners, the 52-year-old lawyer replied, "It is meant for farmers."');
    expect(out[0]).toMatchObject({ cue: 'said', content: ['miners would not be eligible for the grants'] });
    // A clause that only goes on after "and when" is still part of what was said.
    expect(statements('Ana Rojas said farmers would get the grants, and when the money arrives, prices will fall.')[0])
      .toMatchObject({ content: ['farmers would get the grants, and when the money arrives, prices will fall'] });
  });

  it('reads a comma inside a closing quote mark as the clause\'s comma before ", while X said"', () => {
    expect(statements('About 60 percent of voters agreed that Ana Rojas is in "good enough health to serve," while 70 percent said the same of Tomas Lindqvist.')[0])
      .toMatchObject({ cue: 'agreed', content: ['Ana Rojas is in "good enough health to serve'] });
  });

  it('ends a report inside a wh-clause with that clause', () => {
    expect(statements('The gap between what Ana Rojas says her plan would do, and what it would actually do, grew wider last year.')[0])
      .toMatchObject({ cue: 'says', content: ['her plan would do'] });
  });

  it('ends a report inside a relative clause before a colon that opens a quote', () => {
    const out = statements('The union also referenced the impact it said Ana Rojas would have on workers in the mines: "She has fought for us for decades and she will fight for us again."');
    expect(out[0]).toMatchObject({ cue: 'said', content: ['Ana Rojas would have on workers in the mines'] });
    // A colon after a main report goes on into its quote.
    expect(statements('Ana Rojas said Chile has the one quality the job needs: "Patience, and a great deal of it."')[0])
      .toMatchObject({ content: ['Chile has the one quality the job needs: "Patience, and a great deal of it'] });
  });

  it('does not join a quote to reported content when another report stands between them', () => {
    const out = statements('Ana Rojas said she felt the law was worth a look because "most people do not know about that loophole," she said. "We have no context for the present if we do not know the past."');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ cue: 'said', content: ['she felt the law was worth a look because "most people do not know about that loophole'] });
    expect(out[1]).toMatchObject({ content: ['We have no context for the present if we do not know the past.'], direct: true });
  });

  it('ends reported content before a participle phrase that closes the sentence', () => {
    expect(statements('Video shows that Ana Rojas had her hands in the air, contradicting the account of the Lima police.')[0])
      .toMatchObject({ cue: 'shows', content: ['Ana Rojas had her hands in the air'] });
    // A participle phrase that the clause goes on after is an aside inside it.
    expect(statements('Ana Rojas said she took her first job, prosecuting cases for the Lima office, in part because of its women.')[0])
      .toMatchObject({ content: ['she took her first job, prosecuting cases for the Lima office, in part because of its women'] });
  });

  it('ends reported content before ", but" and a second predicate of the speaker, or a clause after a phrase', () => {
    expect(statements('Ana Rojas described the clash as a "grim situation," but stopped short of calling it deliberate.')[0])
      .toMatchObject({ cue: 'described', content: ['the clash as a "grim situation'] });
    expect(statements('The board ruled that the claim is "true," but in the course of its report it pointed out that most jobs were temporary.')[0])
      .toMatchObject({ cue: 'ruled', content: ['the claim is "true'] });
  });

  it('goes on from reported content into a quote sentence that follows its attribution', () => {
    const out = statements('The ministry may wait until the talks with Peru are over, Ana Rojas said. "Nobody wants to be seen tipping the scales in the middle of the talks."');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ cue: 'said', content: ['The ministry may wait until the talks with Peru are over', 'Nobody wants to be seen tipping the scales in the middle of the talks.'] });
  });

  it('does not read a fronted adverbial clause after a conjunction as what was said', () => {
    expect(statements('But when Congress cut the funds for the program two years later, Peru said enough.')).toEqual([]);
    expect(statements('But the talks have failed, Peru said on Monday.')[0]!.content).toEqual(['But the talks have failed']);
  });

  it('does not read a quoted document title in capitals standing alone as a quote going on', () => {
    const text = 'Chile and Peru released a joint statement on Monday, a move that experts said proved dialogue works.\n\n'
      + 'Under the "Joint Statement on Chile-Peru Trade and Fisheries Talks in Lima," Chile will cut its tariffs for 90 days.';
    expect(statements(text).flatMap((s) => s.content)).not.toContain('Joint Statement on Chile-Peru Trade and Fisheries Talks in Lima,');
  });
});

describe('statements: the subject a participle report goes back to', () => {
  it('takes a possessive title, not its possessor, as the speaker', () => {
    const text = "Chile's foreign minister on Monday rejected the plan, saying it ignored a court ruling. Foreign Minister Ana Rojas spoke after the session.";
    expect(statements(text)[0]).toMatchObject({ speaker: 'Ana Rojas', cue: 'saying', content: ['it ignored a court ruling'] });
  });

  it('keeps a one-word subject before an attribution set off by commas', () => {
    expect(statements('Peru, he said, supports a political solution led by its own people.')[0]!.content)
      .toEqual(['Peru', 'supports a political solution led by its own people']);
  });
});

describe('statements: wire-copy details', () => {
  it('leaves a dateline with a spaced hyphen out of the first statement', () => {
    const text = 'Lima talks edge forward\n\nLIMA, Oct 12 (Reuters) - Peru and Chile moved closer on Sunday to a deal on the river, officials said.';
    expect(statements(text)[0]!.content).toEqual(['Peru and Chile moved closer on Sunday to a deal on the river']);
  });

  it('reads a name or pronoun with a verb after a listener verb as the subject of what was said', () => {
    expect(statements('Bolivia warned it would not accept any deal reached without it.')[0]!.content).toEqual(['it would not accept any deal reached without it']);
    expect(statements('Ana Rojas warned Peru would pay a high price.')[0]!.content).toEqual(['Peru would pay a high price']);
    expect(statements('Ana Rojas urged Peru to pay.')[0]!.content).toEqual(['Peru to pay']);
  });

  it('does not read a request for anonymity as a report, and ends content before a refusal to say more', () => {
    expect(statements('A Chilean official, who asked not to be named because the talks are private, said the draft was close to final.').map((s) => s.cue)).toEqual(['said']);
    expect(statements('The ministry said the talks had been constructive but declined to comment on the objections.')[0]!.content).toEqual(['the talks had been constructive']);
  });

  it('reads the source of "according to" with its modifiers up to the comma', () => {
    expect(statements('According to a draft seen by the Lima Post, Chile would release more water in the dry season.')[0]!.content)
      .toEqual(['Chile would release more water in the dry season']);
  });
});

describe('statements: press briefings', () => {
  const briefing = ['Foreign Ministry Spokesperson Li Na\'s Regular Press Conference on June 3, 2025',
    'Q: The Peruvian government said yesterday it was considering new tariffs on steel imports. What is your comment?',
    'A: We have noted the reports. We hope Peru will honor its commitments under the free trade agreement and keep trade ties stable.'].join('\n\n');

  it('reads the answerer\'s own "we hope" as the answer going on, not a statement of its own', () => {
    expect(statements(briefing).map((s) => s.cue)).not.toContain('hope');
  });

  it('reads a body after a label\'s colon, and a one-word day after the cue is not content', () => {
    expect(statements(briefing)[0]).toMatchObject({ speaker: 'Government of Peru', cue: 'said', content: ['it was considering new tariffs on steel imports'] });
  });

  it('does not carry a name on into a day ("Li Na on Tuesday")', () => {
    const text = 'LIMA, June 3 (Andina) -- Peruvian Foreign Ministry spokesperson Li Na on Tuesday urged Chile to honor its commitments.';
    expect(statements(text)[0]).toMatchObject({ speaker: 'Li Na', cue: 'urged' });
  });
});

describe('statements: a speaker phrase ending in a body noun', () => {
  it('speaks for the body named before the noun ("His Likud party said", "His Chilean Unity party said")', () => {
    expect(statements('Ana Rojas threatened to quit. His Likud party said it would stay in the coalition only if the deal was dropped.').at(-1))
      .toMatchObject({ speaker: 'Likud', source: 'party', cue: 'said' });
    expect(statements('Ana Rojas threatened to quit. His Chilean Unity party said it would stay in the coalition only if the deal was dropped.').at(-1))
      .toMatchObject({ speaker: 'Chilean Unity', cue: 'said' });
  });
});
