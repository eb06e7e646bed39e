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
