import { describe, expect, it } from 'vitest';
import { run, slice } from '../helpers.js';

function view(text: string) {
  const doc = run(text);
  const label = (i: number | undefined) => (i === undefined ? undefined : doc.actors![i]!.label);
  return {
    proposals: doc.proposals!.map((p) => ({ content: slice(doc, p.content), kind: p.kind, proposer: label(p.proposer), addressee: label(p.addressee), condition: slice(doc, p.condition) })),
    positions: doc.positions!.map((p) => ({ holder: label(p.holder), stance: p.stance, target: p.target.kind === 'proposal' ? slice(doc, doc.proposals![p.target.proposal]!.content) : p.target.label, statements: p.statements.length })),
  };
}

describe('proposals', () => {
  it('reads a passive request with a condition', () => {
    const { proposals } = view('A draft seen by reporters showed Chile was asked to agree to a ceasefire in return for aid from its neighbours.');
    expect(proposals).toEqual([expect.objectContaining({ content: 'Chile was asked to agree to a ceasefire in return for aid from its neighbours', addressee: 'Chile', condition: 'in return for aid from its neighbours' })]);
  });

  it('reads a directive with proposer and addressee', () => {
    const { proposals } = view('Brazil urged Argentina to reopen the border crossing before the winter.');
    expect(proposals[0]).toMatchObject({ kind: 'demand', proposer: 'Brazil', addressee: 'Argentina', content: 'Argentina to reopen the border crossing before the winter' });
  });

  it('reads readiness as an offer by the subject to the person named', () => {
    const { proposals } = view('Portugal is prepared to host President Ken Ito for talks, a spokesperson said.');
    expect(proposals[0]).toMatchObject({ kind: 'offer', proposer: 'Portugal', addressee: 'Ken Ito' });
  });
});

describe('positions', () => {
  it('reads support from the holder\'s own words and links the statement', () => {
    const { positions } = view('Portugal is prepared to host President Ken Ito for talks, a spokesperson said.');
    expect(positions).toEqual([expect.objectContaining({ holder: 'Portugal', stance: 'supports', statements: 1 })]);
  });

  it('reads opposition with negation and links it to the proposal it answers', () => {
    const text = 'Reporters asked whether Spain could serve as a mediator for Chile. Chilean President Ana Rojas said Chile does not need Spain as a mediator.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'opposes', target: 'Spain could serve as a mediator for Chile' }));
  });

  it('refers "to that end" back to the proposal before it', () => {
    const text = 'It is essential to reopen the border, Minister Ana Rojas said, adding that Chile stands ready to help to that end.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ stance: 'supports', target: 'reopen the border' }));
  });

  it('reads a neutral position on a topic', () => {
    const { positions } = view('Minister Ana Rojas said Chile has always held an impartial position on the border dispute, which everyone knows.');
    expect(positions).toContainEqual(expect.objectContaining({ stance: 'neutral', target: 'the border dispute' }));
  });
});

describe('proposals and positions: more patterns', () => {
  it('reads a plan with what it provides, and an exchange as a deal', () => {
    const { proposals } = view('Mediators announced a truce under which both armies would pull back ten kilometres. Officials said 20 prisoners would be freed in return for the release of two pilots.');
    expect(proposals.map((p) => [p.kind, p.content])).toEqual([
      ['deal', 'both armies would pull back ten kilometres'],
      ['deal', '20 prisoners would be freed in return for the release of two pilots'],
    ]);
  });

  it('reads an obligation in reported speech as the speaker\'s proposal, and their support', () => {
    const { proposals, positions } = view('Envoy Mark Hill said any settlement should include a border commission.');
    expect(proposals[0]).toMatchObject({ content: 'any settlement should include a border commission', proposer: 'Mark Hill' });
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Mark Hill', stance: 'supports' }));
  });

  it('reads a definite reference and an evaluation of a plan', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. Minister Ana Rojas welcomed the truce. "The truce is a dangerous mistake," General Luis Soto said.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports', target: 'both armies would pull back' }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Luis Soto', stance: 'opposes', target: 'both armies would pull back' }));
  });

  it('reads a vote tally as positions of each country named', () => {
    const text = 'The Council adopted a resolution calling for an immediate ceasefire by a vote of 12 in favour to 1 against (Peru), with 2 abstentions (Chile, Brazil).';
    const { positions } = view(text);
    expect(positions.filter((p) => p.stance === 'neutral').map((p) => p.holder).sort()).toEqual(['Brazil', 'Chile']);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Peru', stance: 'opposes', target: 'calling for an immediate ceasefire' }));
  });
});

describe('positions: general stance grammar', () => {
  it('reads impartial adjectives before a stance noun as neutrality, whatever the tagger says', () => {
    const { positions } = view('Minister Ana Rojas said Chile has always taken an objective and balanced stance on the river dispute.');
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'neutral', target: 'the river dispute' }));
  });

  it('reads "need" as wanting its object, and its negation as opposition, but not "need to"', () => {
    const want = view('Minister Ana Rojas said Chile needs more water from the dam.').positions;
    expect(want).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'supports' }));
    // "needs to" is an obligation: the speaker's proposal, not Chile wanting something.
    const must = view('Minister Ana Rojas said Chile needs to build more dams.');
    expect(must.positions.some((p) => p.holder === 'Chile')).toBe(false);
    expect(must.proposals).toEqual([expect.objectContaining({ content: 'Chile needs to build more dams', proposer: 'Ana Rojas' })]);
  });
});

describe('positions: references, passives and appeals', () => {
  it('reads "the text" as the draft resolution rather than a later procedural proposal', () => {
    const text = 'The council voted on a resolution calling for a ceasefire along the Velmar river. Chile then asked the council to delay the vote until Friday. '
      + 'Brazil said it welcomed the text.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Brazil', stance: 'supports', target: 'calling for a ceasefire along the Velmar river' }));
  });

  it('takes the named plan after the cue before a later proposal in the same clause', () => {
    const text = 'Under a deal announced on Monday, Peru will withdraw its troops from the border area. '
      + 'Brazil welcomed the deal and urged both governments to open new trade routes.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Brazil', stance: 'supports', target: 'Peru will withdraw its troops from the border area' }));
  });

  it('gives a passive cue to its "by" agent and none to its subject', () => {
    const text = 'A resolution calling for new elections in Chile was tabled on Monday. It was rejected by Brazil, while the amendments were not adopted.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Brazil', stance: 'opposes', target: expect.stringContaining('calling for new elections in Chile') }));
    expect(positions.filter((p) => p.holder === 'Chile')).toEqual([]);
  });

  it('reads an appeal to approve a named deal as support for it', () => {
    const text = 'Under a deal reached in Lima, Peru will withdraw its troops from the border area. Brazil called on the Peruvian parliament to approve the deal without delay.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Brazil', stance: 'supports', target: 'Peru will withdraw its troops from the border area' }));
  });
});

describe('positions: a plan noun refers back to a proposal of its kind', () => {
  it('reads "the deal" as the earlier deal, not a later demand', () => {
    const text = 'Under a deal reached in Lima, Peru will withdraw its troops from the border area. Chile urged Peru to reopen the mountain pass to trucks. Brazil urged both sides to honor the deal in full.';
    const { proposals, positions } = view(text);
    expect(proposals.map((p) => p.kind)).toEqual(expect.arrayContaining(['deal', 'demand']));
    const brazil = positions.filter((p) => p.holder === 'Brazil');
    expect(brazil).toContainEqual(expect.objectContaining({ stance: 'supports', target: 'Peru will withdraw its troops from the border area' }));
    expect(brazil).not.toContainEqual(expect.objectContaining({ target: 'Peru to reopen the mountain pass to trucks' }));
  });
});

describe('positions: evaluations need the plan as subject', () => {
  it('does not read an evaluation from a plan noun that is a verb\'s object', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. "We have studied the truce. The war was a dangerous mistake," General Luis Soto said.';
    const { positions } = view(text);
    expect(positions).not.toContainEqual(expect.objectContaining({ holder: 'Luis Soto', stance: 'opposes' }));
  });
});

describe('positions: suppositions', () => {
  it('takes no stance from a cue inside an "if" clause', () => {
    const text = 'Chile said it would leave the talks if Peru insisted on building the dam. Peru rejected the accusation.';
    const { positions } = view(text);
    expect(positions).not.toContainEqual(expect.objectContaining({ holder: 'Peru', stance: 'supports' }));
  });
});

describe('proposals: upholding what is owed', () => {
  it('does not read an appeal to keep existing commitments as a new proposal', () => {
    const { proposals } = view('Brazil called on all parties to keep their commitments.');
    expect(proposals).toEqual([]);
  });
});

describe('deliberation, refusals and coordination', () => {
  it('reads a course under deliberation as a proposal', () => {
    const { proposals } = view('Officials said Peru would review the question of naval patrols near the islands, a step it has long avoided.');
    expect(proposals).toContainEqual(expect.objectContaining({ content: 'naval patrols near the islands' }));
    const q = view('Q: Is Chile considering new tariffs on imported steel if the talks fail?');
    expect(q.proposals).toContainEqual(expect.objectContaining({ content: 'new tariffs on imported steel' }));
  });

  it('does not read a noun compound with a stance noun as support', () => {
    const { positions } = view('Officials said Peru would review the question of fuel support for Chile.');
    expect(positions.filter((p) => p.stance === 'supports')).toEqual([]);
  });

  it('links a refusal to comment to the proposal just put', () => {
    const text = 'Peru is considering new tariffs on imported steel. Chile would not comment on what it called an internal matter.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'neutral', target: 'new tariffs on imported steel' }));
    const own = 'Peru is considering new tariffs on imported steel. "We are not going to preview trade decisions," Minister Ana Rojas said.';
    expect(view(own).positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'neutral', target: 'new tariffs on imported steel' }));
  });

});

describe('positions: who holds the stance', () => {
  it('finds the subject across a day or a relative clause before the verb', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. Chile on Monday condemned the truce. '
      + 'Ana Rojas, who chairs the Senate panel, welcomed the truce.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'opposes', target: 'both armies would pull back' }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports', target: 'both armies would pull back' }));
  });

  it('reads an unresolved "we" in an answer as the speaker, for a stance on a proposal', () => {
    const text = 'MINISTRY BRIEFING\nLima\nMay 2, 2024\n\nSpokesperson Ana Rojas took questions on the valley.\n\n'
      + 'Q: Bolivia proposed a truce under which both armies would pull back. What is your view?\n\nA: We welcome the truce.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports', target: 'both armies would pull back' }));
  });

  it('gives an outlet relaying a course no stance on it', () => {
    const { proposals, positions } = view('Interfax said both sides must share customs data from July.');
    expect(proposals).toHaveLength(1);
    expect(positions).toEqual([]);
  });

  it('reads a body adopting a text as an outcome, and keeps a recorded vote over a delegate\'s paraphrase of it', () => {
    const text = 'The Security Council adopted a resolution calling for a ceasefire in the valley by a vote of 13 in favour to none against, with 2 abstentions (Chile, Peru). '
      + '"We abstained because the text ignored the refugees," Chilean Foreign Minister Ana Rojas said.';
    const { positions } = view(text);
    expect(positions.filter((p) => p.holder === 'UN Security Council')).toEqual([]);
    expect(positions.filter((p) => p.stance === 'neutral').map((p) => p.holder).sort()).toEqual(['Chile', 'Peru']);
  });
});

describe('positions: what the stance is about', () => {
  it('reads "it" as the plan named just before it, not the latest proposal', () => {
    const text = 'Mediators announced a plan under which both armies would pull back. Bolivia urged Chile to reopen the port. '
      + 'Chilean Foreign Minister Ana Rojas dismissed the plan, saying it was a betrayal of the farmers.';
    const rojas = view(text).positions.filter((p) => p.holder === 'Ana Rojas');
    expect(rojas).toEqual([expect.objectContaining({ stance: 'opposes', target: 'both armies would pull back' })]);
  });

  it('reads "the negotiations" as the deal they produced', () => {
    const text = 'Chile and Peru reached a deal under which both navies would leave the bay. Minister Ana Rojas said the negotiations were a success.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports', target: 'both navies would leave the bay' }));
  });

  it('does not read "the amendments" as the draft they would amend', () => {
    const text = 'The Council considered a draft resolution calling for a ceasefire in the valley. Peru tabled two amendments, one of which called for a joint patrol. '
      + 'Ambassador Ana Rojas of Chile said the amendments were a dangerous mistake.';
    const opposed = view(text).positions.filter((p) => p.stance === 'opposes');
    expect(opposed).toEqual([expect.objectContaining({ target: 'one of which called for a joint patrol' })]);
  });

  it('reads "the final text" named before the terms are spelled out as the deal', () => {
    const text = 'Peru\'s parliament delayed a debate on the accord, saying the rebels had not endorsed the final text. '
      + 'Mediators said that, under the accord, the rebels would hand over their weapons in exchange for an amnesty.';
    const { positions } = view(text);
    expect(positions).toEqual([expect.objectContaining({ stance: 'opposes', target: 'the rebels would hand over their weapons in exchange for an amnesty' })]);
  });

  it('reads an open question of fact as no topic, and a vote without an object as one on the draft', () => {
    expect(view('A Bolivian economist said it was too soon to tell whether wheat prices would fall.').positions).toEqual([]);
    const text = 'The Security Council adopted a resolution calling for a ceasefire in the valley. Chile voted in favour, citing the plight of the refugees.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'supports', target: 'calling for a ceasefire in the valley' }));
  });

  it('takes a tally only for a text put in the same or the sentence before', () => {
    const text = 'The Council rejected a motion by Peru to delay the vote. Delegates then debated the border for an hour. '
      + 'A Bolivian text on fishing rights fell after the negative vote of Chile.';
    expect(view(text).positions.filter((p) => p.holder === 'Chile')).toEqual([]);
  });

  it('reads a joint declaration as the deal two sides agreed', () => {
    const text = 'Chile and Peru issued a joint declaration in which Peru agreed to lift its fishing ban. '
      + 'The Chilean trade ministry said the joint declaration was a breakthrough.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Chilean Trade Ministry', stance: 'supports', target: 'Peru agreed to lift its fishing ban' }));
  });

  it('finds the object of a pseudo-cleft after its copula', () => {
    const { positions } = view('Foreign Minister Ana Rojas said what Chile will never accept is a border commission run by Peru.');
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'opposes', target: 'a border commission run by Peru' }));
  });

  it('takes the plan from the participle clause when the cue has no object', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. '
      + 'Senator Mark Hill took credit in a speech to supporters, arguing that the truce was the fruit of his campaign.';
    const hill = view(text).positions.filter((p) => p.holder === 'Mark Hill');
    expect(hill).toEqual([expect.objectContaining({ stance: 'supports', target: 'both armies would pull back' })]);
  });
});

describe('positions: evaluations', () => {
  it('reads each that-clause of a report, and the good a plan would do', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. '
      + 'Minister Ana Rojas said the army was tired and that the truce was a breakthrough. Minister Luis Soto said the truce would save lives.';
    const { positions } = view(text);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports', target: 'both armies would pull back' }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Luis Soto', stance: 'supports', target: 'both armies would pull back' }));
  });

  it('reads a harm denied right before it as support', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. Chilean Minister Ana Rojas said the truce would not harm fishermen.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports' }));
  });

  it('reads an evaluative adjective about what an actor did or said as a stance on it, but not a comparison or a state of affairs', () => {
    const { positions } = view('Chilean Foreign Minister Ana Rojas said Lima\'s version of events was false. Peruvian Minister Luis Soto said the situation in the valley was dangerous. '
      + 'Senator Mark Hill said Quito\'s offer was more important than the one from Lima.');
    expect(positions).toEqual([expect.objectContaining({ holder: 'Ana Rojas', stance: 'opposes', target: 'Lima\'s version of events' })]);
    const negated = view('Prime Minister Ana Rojas said that Peru\'s treatment of Chilean fishermen was not reasonable.').positions;
    expect(negated).toEqual([expect.objectContaining({ stance: 'opposes', target: 'Peru\'s treatment of Chilean fishermen' })]);
  });

  it('reads what a plan should do, in a that-clause coordinated with one about the plan, as support and no new proposal', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. '
      + 'Minister Ana Rojas said the truce had taken months to negotiate, and that it should let farmers return to their fields.';
    const { proposals, positions } = view(text);
    expect(proposals).toHaveLength(1);
    expect(positions).toEqual([expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports', target: 'both armies would pull back' })]);
  });

  it('takes the noun before "that [speaker] said" as the subject of what was said', () => {
    const text = 'Mediators announced a truce under which both armies would pull back by Friday, a step that regional analysts said was a useful precedent.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'regional analysts', stance: 'supports', target: 'both armies would pull back by Friday' }));
  });
});

describe('positions: stance words', () => {
  it('reads not wanting something as opposition, but not reluctance to do something oneself', () => {
    const { positions } = view('Chile does not want foreign warships in the bay, Minister Ana Rojas said. Minister Luis Soto said: "I don\'t want to guess when the talks will end."');
    expect(positions).toEqual([expect.objectContaining({ holder: 'Chile', stance: 'opposes', target: 'foreign warships in the bay' })]);
  });

  it('reads not ruling something out as keeping it open', () => {
    const { positions } = view('Ecuador said Peru had not ruled out a naval exercise with Bolivia.');
    expect(positions).toEqual([expect.objectContaining({ holder: 'Peru', stance: 'neutral', target: 'a naval exercise with Bolivia' })]);
  });

  it('reads a restated demand as held by whoever it belongs to', () => {
    expect(view('Chile renewed its demand that Peru withdraw its troops from the valley.').positions)
      .toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'supports', target: 'Peru withdraw its troops from the valley' }));
    expect(view('Bolivia repeated Chile\'s demand that Peru withdraw its troops from the valley.').positions)
      .toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'supports', target: 'Peru withdraw its troops from the valley' }));
  });
});

describe('proposals: deals named by what they are on, and the best option', () => {
  it('reads a concluded deal named only by what it is on', () => {
    const { proposals, positions } = view('An accord on grazing rights in the valley was concluded on Monday. Minister Ana Rojas said the accord was a useful first step.');
    expect(proposals).toEqual([expect.objectContaining({ kind: 'deal', content: 'An accord on grazing rights in the valley' })]);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports', target: 'An accord on grazing rights in the valley' }));
    expect(view('Chile and Peru signed an accord on water sharing in Lima on Friday.').proposals).toEqual([expect.objectContaining({ content: 'an accord on water sharing' })]);
    expect(view('The two ministers held talks on water sharing in Lima on Friday.').proposals).toEqual([]);
  });

  it('reads what a speaker calls the only or best way as their proposal', () => {
    const { proposals, positions } = view('Analyst Mark Hill said a gradual reopening of the border, with checks at every crossing, was the best option.');
    expect(proposals).toEqual([expect.objectContaining({ content: 'a gradual reopening of the border, with checks at every crossing', proposer: 'Mark Hill' })]);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Mark Hill', stance: 'supports' }));
    expect(view('Analysts said showed patience is the best option.').proposals).toEqual([]);
  });
});

describe('positions: likeness, pointing words and echoes', () => {
  it('reads an evaluation of doing what a proposal puts, with a capital standing for its country', () => {
    const text = 'Officials in Lima said Peru would review the question of fuel sales to Chile. '
      + 'Bolivian President Luis Soto warned that selling fuel to Santiago would be a disaster.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Luis Soto', stance: 'opposes', target: 'fuel sales to Chile' }));
  });

  it('reads readiness for a course named by a demonstrative as no new proposal, and a topic that only points back as none', () => {
    const { proposals, positions } = view('Peru is considering new sanctions on the rebel leaders. "We stand ready to back those steps," Minister Ana Rojas said.');
    expect(proposals.map((p) => p.content)).toEqual(['new sanctions on the rebel leaders']);
    expect(positions.filter((p) => p.holder === 'Ana Rojas')).toEqual([]);
    expect(view('Chile rejected that idea on Monday.').positions).toEqual([]);
  });

  it('keeps a state\'s stance and its minister\'s in another sentence apart', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. Chile rejected the truce on Monday. '
      + '"Our farmers cannot live with this truce, and we will not go along with it," Chilean Foreign Minister Ana Rojas said later.';
    const opposed = view(text).positions.filter((p) => p.stance === 'opposes').map((p) => p.holder).sort();
    expect(opposed).toEqual(['Ana Rojas', 'Chile']);
  });
});

describe('proposals and positions: amendments', () => {
  it('reads what one of several amendments proposes, and keeps "the text" and a bare vote on the draft', () => {
    const text = 'The Council adopted a draft resolution calling for a ceasefire in the valley. Three amendments drafted by Peru, one of which called for a border commission, were rejected. '
      + 'Chile voted in favour, citing the plight of the refugees. Minister Ana Rojas of Bolivia said their amendments were a grave mistake. Brazil said it welcomed the text.';
    const { proposals, positions } = view(text);
    expect(proposals).toContainEqual(expect.objectContaining({ content: 'one of which called for a border commission', proposer: 'Peru' }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'supports', target: 'calling for a ceasefire in the valley' }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Brazil', stance: 'supports', target: 'calling for a ceasefire in the valley' }));
    // "their amendments" are not the ones one state put forward.
    expect(positions.filter((p) => p.target === 'one of which called for a border commission')).toEqual([]);
  });
});

describe('positions: coordinated and relative subjects, negation scope', () => {
  it('gives each of coordinated subjects the stance, and a relative clause its antecedent', () => {
    const text = 'Chile and Peru on Sunday signed an agreement on water sharing. '
      + 'Senator Mark Hill, who campaigned against the agreement, said Lima\'s version of events was misleading.';
    const { proposals, positions } = view(text);
    expect(proposals).toEqual([expect.objectContaining({ kind: 'deal', content: 'an agreement on water sharing' })]);
    expect(positions.filter((p) => p.stance === 'supports').map((p) => p.holder).sort()).toEqual(['Chile', 'Peru']);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Mark Hill', stance: 'opposes', target: 'an agreement on water sharing' }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Mark Hill', stance: 'opposes', target: 'Lima\'s version of events' }));
  });

  it('flips an evaluation only for a negation right before its word', () => {
    const text = 'Mediators announced a truce under which both armies would pull back. Minister Ana Rojas said the truce was a good step that cannot be undone. '
      + 'General Luis Soto said the truce was not a good deal for the army. Minister Mark Hill said the truce cannot harm anyone.';
    const { positions } = view(text);
    expect(positions.filter((p) => p.holder === 'Ana Rojas' && p.stance === 'opposes')).toEqual([]);
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Luis Soto', stance: 'opposes' }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Mark Hill', stance: 'supports' }));
  });
});

describe('positions: evaluations that open a new era', () => {
  it('reads a deal that marks a new era as support', () => {
    const text = 'Mediators announced a pact under which each side must defend the other if attacked. '
      + 'Minister Ana Rojas told reporters the pact marked the start of a new era for the region.';
    const supports = view(text).positions.filter((p) => p.stance === 'supports').map((p) => p.holder).sort();
    expect(supports).toEqual(['Ana Rojas']);
  });
});

describe('proposals: a count standing for plans just named', () => {
  it('reads what "Three, tabled by X," would have done as amendments, voted down and judged as such', () => {
    const text = 'The Council adopted a resolution calling for a ceasefire in the valley. It then considered four amendments. '
      + 'Three, tabled by several Andean members, would have called for a joint patrol of the border; they were not adopted owing to the negative vote of Chile. '
      + 'ANA ROJAS (Chile) said the text was a useful step. "Their amendments were meaningless," she said.';
    const { proposals, positions } = view(text);
    expect(proposals).toContainEqual(expect.objectContaining({ content: 'would have called for a joint patrol of the border', kind: 'resolution' }));
    const patrol = 'would have called for a joint patrol of the border';
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'opposes', target: patrol }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'opposes', target: patrol }));
    expect(positions).toContainEqual(expect.objectContaining({ holder: 'Ana Rojas', stance: 'supports', target: 'calling for a ceasefire in the valley' }));
  });
});

describe('positions: a speaker phrase named by its body', () => {
  it('gives a condition put by "his X party" to that party', () => {
    const text = 'Interior Minister Luis Soto stopped short of that. His Christian Social Union party said it would stay in the cabinet only if Peru closed the border once the truce ended.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Christian Social Union', stance: 'supports', target: 'Peru closed the border once the truce ended' }));
  });
});

describe('positions: a plan noun refers first to a proposal it introduced', () => {
  it('reads "the proposal" as the one introduced by that noun, not a later obligation', () => {
    const text = 'Ecuador rejected a proposal by Colombia to cap tuna catches at 20,000 tonnes a year. Minister Lucia Paredes said any deal must protect small boats. '
      + 'Chile said it was studying the proposal.';
    expect(view(text).positions).toContainEqual(expect.objectContaining({ holder: 'Chile', stance: 'neutral', target: 'cap tuna catches at 20,000 tonnes a year' }));
  });
});

describe('positions: a delegate\'s own side', () => {
  it('reads "his delegation" as the state named in brackets after the delegate, and keeps a recorded vote over a paraphrase of it', () => {
    const text = 'The Security Council adopted a resolution calling for a ceasefire in the valley by a recorded vote of 12 in favour to none against, with 3 abstentions (Bolivia, Chile, Peru). '
      + 'LUIS SOTO (Chile) said his delegation had abstained because the text ignored the refugees. '
      + 'The representative of Peru said Lima could not support a text that ignored the refugees.';
    const onDraft = view(text).positions.filter((p) => p.target === 'calling for a ceasefire in the valley');
    expect(onDraft.map((p) => `${p.holder} ${p.stance}`).sort()).toEqual(['Bolivia neutral', 'Chile neutral', 'Peru neutral']);
  });

  it('reads "her country", "his delegation" in reported speech as the speaker\'s side', () => {
    const text = 'The General Assembly adopted a resolution calling for a 30-day humanitarian pause in the Sahel. '
      + 'AMINA DIALLO (Niger) said the text was a vital lifeline for millions of civilians. '
      + 'Brazil\'s delegate said her country abstained because the consultations had been rushed.';
    const neutral = view(text).positions.filter((p) => p.stance === 'neutral');
    expect(neutral).toEqual([expect.objectContaining({ holder: 'Brazil', target: 'calling for a 30-day humanitarian pause in the Sahel' })]);
  });
});

describe('proposals: offers inside relative clauses', () => {
  it('does not read a promise whose object is the noun before it as an offer', () => {
    const text = 'We cannot accept a plan that rewrites a ruling both countries promised to respect, Ana Rojas said.';
    expect(view(text).proposals.map((p) => p.content)).not.toContainEqual(expect.stringContaining('promised to respect'));
    expect(view(text).proposals.map((p) => p.content)).not.toContainEqual(expect.stringContaining('countries'));
  });

  it('ends an offer in a non-restrictive relative clause at its comma', () => {
    const text = 'Brazil, which has offered to host the talks in Brasilia, called for calm on Monday.';
    expect(view(text).proposals).toContainEqual(expect.objectContaining({ content: 'host the talks in Brasilia', kind: 'offer' }));
  });
});
