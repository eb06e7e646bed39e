// Stage 7: proposals. Directives ("urged X to ...", "X was asked to ..."), offers and readiness
// ("is prepared to meet ...", "offered to ..."), advocated courses ("it is essential to ..."),
// open questions of a role ("whether X could serve as ..."), and named plans, deals and drafts with
// what they propose. Conditions ("in return for", "on condition that") are kept with the proposal.
import type { Document, Mention, Proposal, ProposalKind, Sentence, Span, Stage } from '../model/document.js';
import { clauseEnd, subjectBefore, tokenSpan } from '../text/clauses.js';

const DIRECTIVE = /^(urge[sd]?|urging|ask(s|ed)?|press(es|ed)?|demand(s|ed)?|invite[sd]?|inviting|request(s|ed)?|call(s|ed)? on|push(es|ed)?|encourage[sd]?|told)$/;
const READY = /^(prepared|ready|willing|open|committed)$/;
const OFFER_VERB = /^(offer(s|ed)?|propose[sd]?|proposing|pledge[sd]?|promise[sd]?|vow(s|ed)?|agree[sd]?|plan(s|ned)?)$/;
const PLAN_NOUNS = /^(plan|proposal|offer|deal|agreement|ceasefire|cease-fire|truce|resolution|initiative|roadmap|framework|arrangement|amendment|amendments|motion|demand|demands|invitation|draft|package|settlement|accord|pact)$/;
const CONDITION = /\b(in return for|in exchange for|on condition that|provided that|providing that|as long as|only if|so long as)\b/i;
const ANAPHORIC = /\b(to that end|to this end|that goal|this goal)\b/i;
const ADVOCACY = /^(essential|necessary|important|vital|crucial|imperative|urgent|time)$/;

function kindOf(word: string): ProposalKind {
  if (/^(urge|demand|press|push|call)/.test(word)) return 'demand';
  if (/^invit/.test(word)) return 'invitation';
  if (/^(offer|prepared|ready|willing|open|pledge|promise|vow)/.test(word)) return 'offer';
  if (/^(deal|agreement|ceasefire|cease-fire|truce|arrangement|accord|pact|settlement)$/.test(word)) return 'deal';
  if (/^(resolution|draft|amendment|motion)/.test(word)) return 'resolution';
  if (/^plan|roadmap|framework|initiative|package/.test(word)) return 'plan';
  return 'proposal';
}

function mentionAt(doc: Document, start: number, limit: number): Mention | undefined {
  return doc.mentions!.filter((m) => m.start >= start && m.start <= limit && m.actor !== undefined)
    .sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start))[0];
}

function conditionIn(doc: Document, span: Span): Span | undefined {
  const m = CONDITION.exec(doc.text.slice(span.start, span.end));
  return m ? { start: span.start + m.index, end: span.end } : undefined;
}

function sentenceProposals(doc: Document, s: Sentence, out: Proposal[]): void {
  const tokens = doc.tokens!;
  const add = (content: Span, kind: ProposalKind, proposer?: Mention, addressee?: Mention, confidence = 0.6): void => {
    if (content.end - content.start < 8 || out.some((p) => p.content.start < content.end && content.start < p.content.end)) return;
    // "ready to help to that end" backs a course already proposed; it is not a new one.
    if (ANAPHORIC.test(doc.text.slice(content.start, content.end))) return;
    const condition = conditionIn(doc, content);
    out.push({
      content, kind, confidence,
      ...(proposer?.actor !== undefined ? { proposer: proposer.actor } : {}),
      ...(addressee?.actor !== undefined && addressee.actor !== proposer?.actor ? { addressee: addressee.actor } : {}),
      ...(condition ? { condition } : {}),
    });
  };
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "X was asked / urged / invited to ..."
    if (/^(was|were|is|are|been|being)$/.test(t.lower) && next && DIRECTIVE.test(next.lower) && tokens[i + 2]?.lower === 'to') {
      const subject = subjectBefore(doc, s, i);
      const from = subject ? tokens.findIndex((x) => x.start === subject.start) : i;
      add(tokenSpan(tokens, from, clauseEnd(tokens, s, i + 2)), kindOf(next.lower), undefined, subject, 0.7);
      continue;
    }
    // "X urged Y to ..."
    if (DIRECTIVE.test(t.lower) && (t.pos === 'VERB') && next) {
      const target = mentionAt(doc, next.start, next.start + 5);
      if (target) {
        const after = tokens.findIndex((x, k) => k > i && x.start >= target.end);
        if (after > 0 && tokens[after]?.lower === 'to' && tokens[after + 1]?.pos === 'VERB' || tokens[after + 1]?.pos === 'AUX') {
          const proposer = subjectBefore(doc, s, i);
          const from = tokens.findIndex((x) => x.start === target.start);
          add(tokenSpan(tokens, from, clauseEnd(tokens, s, after + 1)), kindOf(t.lower), proposer, target, 0.7);
          continue;
        }
      }
    }
    // "X is prepared / ready / willing to ...", "stands ready to ...", "offered to ..."
    if ((READY.test(t.lower) && next?.lower === 'to') || (OFFER_VERB.test(t.lower) && t.pos === 'VERB' && next?.lower === 'to' && tokens[i + 2]?.pos === 'VERB')) {
      const subject = subjectBefore(doc, s, i);
      if (!subject) continue;
      const from = tokens.findIndex((x) => x.start === subject.start);
      const end = clauseEnd(tokens, s, i + 2);
      const addressee = mentionAt(doc, tokens[i + 2]!.start, tokens[Math.max(i + 2, end - 1)]!.start);
      add(tokenSpan(tokens, from, end), kindOf(t.lower), subject, addressee, 0.6);
      continue;
    }
    // "It is essential to pursue ... and promote ...": a course the speaker advocates.
    if (ADVOCACY.test(t.lower) && next?.lower === 'to' && /^(is|was|remains)$/.test(tokens[i - 1]?.lower ?? '')) {
      const end = clauseEnd(tokens, s, i + 2);
      add(tokenSpan(tokens, i + 2, end), 'proposal', undefined, undefined, 0.5);
      continue;
    }
    // "whether X could serve as ...": a role put to X.
    if (t.lower === 'whether' && next) {
      const subject = mentionAt(doc, next.start, next.start + 1);
      const modal = subject ? tokens.findIndex((x) => x.start >= subject.end) : -1;
      if (subject && modal > 0 && /^(could|would|should|can|will|might)$/.test(tokens[modal]!.lower)) {
        add(tokenSpan(tokens, i + 1, clauseEnd(tokens, s, modal + 1)), 'proposal', undefined, subject, 0.5);
        continue;
      }
    }
    // Named plans and drafts with what they propose: "a plan to ...", "a draft resolution calling for ...".
    if (PLAN_NOUNS.test(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')) {
      const comp = next?.lower;
      if (comp === 'to' && tokens[i + 2]?.pos === 'VERB' || comp === 'that' || comp === 'for' || comp === 'calling' || comp === 'under' || comp === 'on' && /^(condition)/.test(t.lower)) {
        let from = i;
        while (from > s.first && /^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[from - 1]!.pos) && tokens[from - 1]!.text !== ',') from--;
        const possessive = doc.mentions!.find((m) => m.actor !== undefined && m.start >= tokens[from]!.start && m.end <= t.start);
        add(tokenSpan(tokens, from, clauseEnd(tokens, s, i + 1)), kindOf(t.lower), possessive, undefined, 0.55);
      }
    }
  }
}

export const proposals: Stage = {
  name: 'proposals',
  requires: ['sentences', 'tokens', 'mentions', 'actors'],
  assigns: ['proposals'],
  run(doc: Document) {
    const out: Proposal[] = [];
    for (const s of doc.sentences!) if (!s.header) sentenceProposals(doc, s, out);
    out.sort((a, b) => a.content.start - b.content.start);
    return { ...doc, proposals: out };
  },
};
