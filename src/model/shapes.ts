// One layout per kind of record. The stages build mentions, statements and the rest with optional fields
// present or not, so the engine sees dozens of layouts for one kind, and code reading them slows down and
// is compiled again and again. Each stage hands on its records in the one layout made here: every field
// present, in the same order, `undefined` where there is nothing.
import type { Actor, Document, Mention, Position, Proposal, Statement } from './document.js';

/** A document with every field a stage can fill present from the start. */
export function newDocument(id: string, text: string): Document {
  return {
    id, text, meta: undefined, tokens: undefined, sentences: undefined, quotes: undefined, mentions: undefined,
    actors: undefined, statements: undefined, proposals: undefined, positions: undefined,
  };
}

/** A mention in the one layout; `actor`, when given, replaces the mention's own. */
export function mentionShape(m: Mention, actor: number | undefined = m.actor): Mention {
  return {
    start: m.start, end: m.end, kind: m.kind, text: m.text, actor, role: m.role, phrase: m.phrase, type: m.type,
    canonical: m.canonical, affiliation: m.affiliation, possessor: m.possessor, media: m.media, plural: m.plural, speaking: m.speaking,
  };
}

export function actorShape(a: Actor): Actor {
  return { type: a.type, label: a.label, aliases: a.aliases, role: a.role, affiliation: a.affiliation, media: a.media };
}

export function statementShape(s: Statement): Statement {
  return {
    content: s.content, direct: s.direct, cue: s.cue, speaker: s.speaker, speakerSpan: s.speakerSpan, reportedBy: s.reportedBy,
    addressee: s.addressee, date: s.date, confidence: s.confidence,
  };
}

export function proposalShape(p: Proposal): Proposal {
  return { content: p.content, kind: p.kind, proposer: p.proposer, addressee: p.addressee, condition: p.condition, confidence: p.confidence };
}

export function positionShape(p: Position): Position {
  return { holder: p.holder, stance: p.stance, target: p.target, evidence: p.evidence, statements: p.statements, confidence: p.confidence };
}
