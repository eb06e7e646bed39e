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
