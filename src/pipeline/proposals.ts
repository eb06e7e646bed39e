// Stage 7: proposals. Directives ("urged X to ...", "X was asked to ..."), offers and readiness
// ("is prepared to meet ...", "agreed to ..."), advocated courses ("it is essential to ...",
// "any deal should ..."), open questions of a role ("whether X could serve as ..."), and plans,
// deals, drafts and decisions with what they propose ("a ceasefire under which ...", "a resolution
// calling for ...", "a proposal by X to ..."). Conditions ("in return for", "on condition that")
// are kept with the proposal.
import { proposalShape } from '../model/shapes.js';
import type { Document, Mention, Proposal, ProposalKind, Sentence, Span, Stage, Statement, Token } from '../model/document.js';
import { clauseEnd, subjectBefore, tokenAt, tokenSpan } from '../text/clauses.js';
import { reportingByForm } from '../lexicon/index.js';

const DIRECTIVE = /^(urge[sd]?|urging|ask(s|ed)?|press(es|ed)?|demand(s|ed)?|invite[sd]?|inviting|request(s|ed)?|push(es|ed)?|encourage[sd]?|call(s|ed)?)$/;
const READY = /^(prepared|ready|willing|open)$/;
const OFFER_VERB = /^(offer(s|ed)?|propose[sd]?|proposing|pledge[sd]?|promise[sd]?|agree[sd]?|plan(s|ned)?)$/;
export const PLAN_NOUNS = /^(plan|proposal|offer|deal|agreement|ceasefire|cease-fire|truce|resolution|initiative|roadmap|framework|arrangement|amendments?|motion|demands?|invitation|draft|package|settlement|accord|pact|goal|decision|treaty|understanding|bill|measure|text|proposals|plans|deals|agreements|resolutions)$/;
const CONTENT_VERBS = /^(refers?|referred|referring|calls?|called|calling|urges?|urged|urging|demands?|demanded|demanding|requires?|required|requiring|provides?|provided|providing|envisages?|envisaged|proposes?|proposed|mourning|imploring|implores?|reaffirming|reaffirms?|commits?|committing|obliges?|obliging|allows?|allowing|sets?|setting|aims?|aiming)$/;
const CONDITION = /\b(in return for|in exchange for|on condition that|provided that|providing that|as long as|only if|so long as)\b/i;
const ADVOCACY = /^(essential|necessary|important|vital|crucial|imperative|urgent|time)$/;
const OBLIGATION = /^(should|must|ought)$/;
const DELIBERATE = /^(consider|considers|considering|weigh|weighs|weighing|review|reviews|reviewing|study|studying|explore|explores|exploring|examine|examines|examining|mull|mulls|mulling)$/;
const COPULA_BEFORE = /^(is|was|remains|remained|are|were)$/;
const WAY_NOUNS = /^(way|formula|solution|option|path|route|answer|course)$/;
const ANAPHORIC = /\b(to that end|to this end|that goal|this goal)\b/i;
/** Every word that can start one of the patterns below: other words are passed over at once. */
const COUNTS = /^(two|three|four|five|six|seven|eight|nine|ten|both|[0-9]+)$/;
const TRIGGER = new RegExp([/^(was|were|is|are|been|being|whether|if|that|return|exchange|under|have|has|need|needs|only|best|right)$/, COUNTS,
  DIRECTIVE, READY, OFFER_VERB, ADVOCACY, OBLIGATION, DELIBERATE, PLAN_NOUNS].map((r) => r.source).join('|'));

function kindOf(word: string): ProposalKind {
  if (/^(urge|demand|press|push|call)/.test(word)) return 'demand';
  if (/^invit/.test(word)) return 'invitation';
  // Deal nouns first: "agreement" is a deal, not an offer for beginning like "agree".
  if (/^(deal|agreement|ceasefire|cease-fire|truce|arrangement|accord|pact|settlement|treaty|understanding)s?$/.test(word)) return 'deal';
  if (/^(offer|prepared|ready|willing|open|pledge|promise|vow|agree)/.test(word)) return 'offer';
  if (/^(resolution|draft|amendment|motion|bill|measure|text|decision)/.test(word)) return 'resolution';
  if (/^(plan|roadmap|framework|initiative|package|goal)/.test(word)) return 'plan';
  return 'proposal';
}

function mentionAt(doc: Document, start: number, limit: number): Mention | undefined {
  return doc.mentions!.filter((m) => m.start >= start && m.start <= limit && m.actor !== undefined)
    .sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start))[0];
}

/** The end of a run of mentions of one actor ("Finance Minister Ana Rojas"). */
function mentionRunEnd(doc: Document, m: Mention): number {
  let end = m.end;
  for (;;) {
    const next = doc.mentions!.find((o) => o.actor === m.actor && o.start > end - 1 && /^\s*$/.test(doc.text.slice(end, o.start)) && o.end > end);
    if (!next) return end;
    end = next.end;
  }
}

function conditionIn(doc: Document, span: Span): Span | undefined {
  const m = CONDITION.exec(doc.text.slice(span.start, span.end));
  return m ? { start: span.start + m.index, end: span.end } : undefined;
}

const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');

/** Skips "by X", "between X and Y", ", put forward by X," after a plan noun; returns the next token index. */
function skipAgent(doc: Document, s: Sentence, i: number): { next: number; agent?: Mention } {
  const tokens = doc.tokens!;
  let k = i;
  let agent: Mention | undefined;
  if (tokens[k]?.text === ',' && /^(put|tabled|drafted|submitted|proposed|brokered|mediated|drawn)$/.test(tokens[k + 1]?.lower ?? '')) {
    let j = k + 1;
    while (j < s.last && tokens[j]!.text !== ',' && j - k < 12) j++;
    agent = doc.mentions!.find((m) => m.actor !== undefined && m.start >= tokens[k + 1]!.start && m.end <= (tokens[j]?.start ?? s.end));
    k = j < s.last ? j + 1 : j;
  } else if (/^(put|tabled|drafted|submitted|proposed|brokered|mediated|drawn)$/.test(tokens[k]?.lower ?? '') && tokens.slice(k + 1, k + 3).some((t) => t.lower === 'by')) {
    // "three amendments drafted by Peru, ...": the same without a comma before; the comma after is kept.
    let j = k + 1;
    while (j < s.last && tokens[j]!.text !== ',' && !isVerb(tokens[j]) && j - k < 12) j++;
    agent = doc.mentions!.find((m) => m.actor !== undefined && m.start >= tokens[k + 1]!.start && m.end <= (tokens[j]?.start ?? s.end));
    k = j;
  } else if (/^(by|between|from)$/.test(tokens[k]?.lower ?? '')) {
    let j = k + 1;
    while (j < s.last && !isVerb(tokens[j]) && !/^(to|under|that|which|whereby|,)$/.test(tokens[j]!.lower) && j - k < 10) j++;
    if (tokens[k]!.lower === 'by') agent = doc.mentions!.find((m) => m.actor !== undefined && m.start >= tokens[k + 1]!.start && m.end <= tokens[Math.max(k + 1, j - 1)]!.end);
    k = j;
  }
  return { next: k, ...(agent ? { agent } : {}) };
}

const CONCLUDED = /^(reach|reached|sign|signed|strike|struck|conclude|concluded|seal|sealed|finalize|finalized|finalise|finalised|broker|brokered|agree|agreed)$/;

/** "An accord on grazing rights was concluded ...", "signed an accord on water sharing": a deal concluded
 *  and named only by what it is on. The whole noun phrase is the proposal; `i` is the deal noun, `on` the "on" after it. */
function dealOn(tokens: readonly Token[], s: Sentence, i: number, on: number): Span | undefined {
  let end = on + 1;
  // The tagger takes some nouns inside such phrases for verbs or adverbs ("sharing", "upkeep"): anything but a
  // finite verb, a clause word or punctuation continues the phrase.
  const inPhrase = (t: Token): boolean => /^(of|for)$/.test(t.lower)
    || !/^(AUX|PUNCT|SCONJ|CCONJ|PRON|ADP)$/.test(t.pos) && !(t.pos === 'VERB' && !/ing$/.test(t.lower)) && !/^(that|which|who|whose)$/.test(t.lower);
  while (end < s.last && end - on < 12 && inPhrase(tokens[end]!)) end++;
  while (end > on + 1 && (/^(of|for)$/.test(tokens[end - 1]!.lower) || /^(DET|ADJ)$/.test(tokens[end - 1]!.pos))) end--;
  if (end <= on + 1) return undefined;
  let head = i;
  while (head > s.first && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[head - 1]!.pos) && !/^[,"“”]$/.test(tokens[head - 1]!.text)) head--;
  // "... on grazing rights in the valley was concluded": further phrases may come between the deal and its verb.
  let verb = end;
  while (/^(in|at|between|with|over|around)$/.test(tokens[verb]?.lower ?? '') && verb - on < 16) {
    verb++;
    while (verb < s.last && inPhrase(tokens[verb]!)) verb++;
  }
  const passive = /^(was|were|is|are|been|be|being)$/.test(tokens[verb]?.lower ?? '') && CONCLUDED.test(tokens[verb + 1]?.lower ?? '');
  if (passive) end = verb;
  const active = head > s.first && CONCLUDED.test(tokens[head - 1]!.lower) && isVerb(tokens[head - 1]);
  return passive || active ? tokenSpan(tokens, head, end) : undefined;
}

function sentenceProposals(doc: Document, s: Sentence, speakers: ReadonlyMap<number, Statement>, out: Proposal[]): void {
  const tokens = doc.tokens!;
  const add = (content: Span, kind: ProposalKind, proposer?: Mention | number, addressee?: Mention, confidence = 0.6): void => {
    if (content.end - content.start < 8 || out.some((p) => p.content.start < content.end && content.start < p.content.end)) return;
    // "ready to help to that end" backs a course already proposed; it is not a new one.
    if (ANAPHORIC.test(doc.text.slice(content.start, content.end))) return;
    const condition = conditionIn(doc, content);
    const proposerActor = typeof proposer === 'number' ? proposer : proposer?.actor;
    out.push({
      content, kind, confidence,
      ...(proposerActor !== undefined ? { proposer: proposerActor } : {}),
      ...(addressee?.actor !== undefined && addressee.actor !== proposerActor ? { addressee: addressee.actor } : {}),
      ...(condition ? { condition } : {}),
    });
  };
  const speakerAt = (i: number): number | undefined => {
    const t = tokens[i]!;
    for (const [, st] of speakers) if (st.content.some((c) => c.start <= t.start && c.end >= t.end)) return st.speaker;
    return undefined;
  };
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (!TRIGGER.test(t.lower)) continue; // a new pattern below must add its first word to TRIGGER
    const next = tokens[i + 1];
    // "X was asked / urged / invited to ..."
    if (/^(was|were|is|are|been|being)$/.test(t.lower) && next && DIRECTIVE.test(next.lower) && tokens[i + 2]?.lower === 'to') {
      const subject = subjectBefore(doc, s, i);
      const from = subject ? tokenAt(tokens, subject.start) : i;
      add(tokenSpan(tokens, from, clauseEnd(tokens, s, i + 2)), kindOf(next.lower), undefined, subject, 0.7);
      continue;
    }
    // "X urged Y to ...", "called on Y to ..."
    if (DIRECTIVE.test(t.lower) && t.pos === 'VERB' && next) {
      const at = next.lower === 'on' ? i + 2 : i + 1;
      const target = tokens[at] ? mentionAt(doc, tokens[at]!.start, tokens[at]!.start + 5) : undefined;
      if (!target && /^(urge[sd]?|urging|call(s|ed)?|press(es|ed)?|encourage[sd]?)$/.test(t.lower)) {
        let to = at;
        while (to < s.last && to - at < 7 && /^(DET|ADJ|NOUN|PROPN|NUM|CCONJ)$/.test(tokens[to]!.pos)) to++;
        if (to > at && tokens[to]?.lower === 'to' && isVerb(tokens[to + 1]) && !upholds(tokens, to + 1)) {
          add(tokenSpan(tokens, to + 1, clauseEnd(tokens, s, to + 1)), kindOf(t.lower), subjectBefore(doc, s, i), undefined, 0.55);
          continue;
        }
      }
      if (target) {
        const after = tokenAt(tokens, mentionRunEnd(doc, target));
        if (tokens[after]?.lower === 'to' && isVerb(tokens[after + 1]) && !upholds(tokens, after + 1)) {
          const proposer = subjectBefore(doc, s, i);
          add(tokenSpan(tokens, tokenAt(tokens, target.start), clauseEnd(tokens, s, after + 1)), kindOf(t.lower), proposer, target, 0.7);
          continue;
        }
      }
    }
    // "X is prepared (, out of ...,) to ...", "the offer remains open for them to ...", "X agreed to ..."
    if (READY.test(t.lower) || (OFFER_VERB.test(t.lower) && t.pos === 'VERB')) {
      let to = i + 1;
      if (tokens[to]?.text === ',') { while (to < s.last && tokens[to]!.text !== ',' || to === i + 1) to++; to++; }
      if (tokens[to]?.lower === 'for' && READY.test(t.lower)) { while (to < s.last && tokens[to]!.lower !== 'to' && to - i < 6) to++; }
      if (tokens[to]?.lower !== 'to' || !isVerb(tokens[to + 1])) continue;
      // "ready to back those steps": a course named by a demonstrative was put before; this backs it, proposes nothing new.
      if (/^(those|these|such)$/.test(tokens[to + 2]?.lower ?? '')) continue;
      const subject = subjectBefore(doc, s, i) ?? (/^(and|but)$/.test(tokens[i - 2]?.lower ?? '') ? doc.mentions!.find((m) => m.start >= s.start && m.actor !== undefined) : undefined);
      // "a ruling both sides promised to respect": a promise inside a relative clause, its object the noun before.
      if (objectRelative(doc, s, i, to)) continue;
      // "ready to discuss doing more together": what is up for discussion is the proposal.
      const deliberative = /^(discuss|consider|negotiate|explore|examine|study|review)$/.test(tokens[to + 1]!.lower);
      // "the offer remains open for them to join": a noun subject, offered by whoever says it.
      const nounStart = subject ? undefined : nounPhraseBefore(tokens, s, i);
      const from = deliberative ? to + 2 : subject ? tokenAt(tokens, subject.start) : nounStart ?? to + 1;
      // "Brazil, which has offered to mediate, called for calm": the relative clause ends at its comma.
      const end = clauseEnd(tokens, s, deliberative ? to + 2 : to + 1, relativeBefore(tokens, s, i));
      const addressee = mentionAt(doc, tokens[to + 1]!.start, tokens[Math.max(to + 1, end - 1)]!.start);
      add(tokenSpan(tokens, from, end), kindOf(t.lower), subject ?? speakerAt(i), addressee, 0.6);
      continue;
    }
    // "It is essential to pursue ... and promote ...": a course the speaker advocates.
    if (ADVOCACY.test(t.lower) && next?.lower === 'to' && /^(is|was|remains)$/.test(tokens[i - 1]?.lower ?? '')) {
      add(tokenSpan(tokens, i + 2, clauseEnd(tokens, s, i + 2)), 'proposal', speakerAt(i), undefined, 0.5);
      continue;
    }
    // "a gradual reopening, with checks at each crossing, was the best option": what a speaker calls the only or best way is proposed.
    if (/^(only|best|right)$/.test(t.lower) && tokens[i - 1]?.lower === 'the' && COPULA_BEFORE.test(tokens[i - 2]?.lower ?? '') && WAY_NOUNS.test(next?.lower ?? '')) {
      const piece = [...speakers.values()].flatMap((st) => st.content).find((c) => c.start <= t.start && c.end >= t.end);
      const from = piece ? tokenAt(tokens, piece.start) : -1;
      const np = from >= 0 ? tokens.slice(from, i - 2) : [];
      // A noun phrase ("a gradual reopening, with checks at each crossing,"), not a clause or one opening with its verb ("showed talks").
      const phrase = np.length >= 2 && np.length <= 16 && (/^(DET|NUM)$/.test(np[0]!.pos) || /^(ADJ|NOUN|PROPN)$/.test(np[0]!.pos) && !/ed$/.test(np[0]!.lower))
        && !np.some((x) => x.pos === 'AUX' || x.pos === 'PRON');
      if (phrase) {
        let end = i - 2;
        while (end > from && /^[,;]$/.test(tokens[end - 1]!.text)) end--;
        add(tokenSpan(tokens, from, end), 'proposal', speakerAt(i), undefined, 0.5);
        continue;
      }
    }
    // In reported speech, "any deal should ...", "each side must ...", "X would have to ...", "X needs to ...".
    const passive = (k: number): boolean => tokens[k]?.lower === 'be' && /ed$/.test(tokens[k + 1]?.lower ?? '');
    const obliged = (OBLIGATION.test(t.lower) && !passive(i + 1)) || (/^(have|has|need|needs)$/.test(t.lower) && next?.lower === 'to' && !passive(i + 2));
    const speaker = obliged ? speakerAt(i) : undefined;
    if (speaker !== undefined) {
      const subject = subjectBefore(doc, s, i) ?? nounSubject(doc, s, i);
      const negated = /^(not|n't|never)$/.test(tokens[i + 1]?.lower ?? '');
      // "... the truce took months, and that it should let farmers return": what a plan should do is no new proposal.
      const ofPlan = typeof subject !== 'number' && subject?.kind === 'pronoun' && parallelPlanSubject(doc, s, tokenAt(tokens, subject.start)) !== undefined;
      if (subject !== undefined && !negated && !ofPlan && !(typeof subject !== 'number' && subject.kind === 'pronoun' && subject.actor === undefined)) {
        const from = typeof subject === 'number' ? subject : tokenAt(tokens, subject.start);
        add(tokenSpan(tokens, from, clauseEnd(tokens, s, i + 1)), 'proposal', speaker, typeof subject === 'number' ? undefined : subject, 0.45);
        continue;
      }
    }
    // "whether X could serve as ...": a role put to X.
    if (t.lower === 'whether' && next) {
      const subject = mentionAt(doc, next.start, next.start + 1);
      const modal = subject ? tokenAt(tokens, subject.end) : -1;
      if (subject && modal > 0 && /^(could|would|should|can|will|might)$/.test(tokens[modal]!.lower)) {
        add(tokenSpan(tokens, i + 1, clauseEnd(tokens, s, modal + 1)), 'proposal', undefined, subject, 0.5);
        continue;
      }
    }
    // "is considering new tariffs on X", "would review the question of fuel aid for Y": a course under deliberation.
    if (DELIBERATE.test(t.lower) && t.pos === 'VERB') {
      let k = i + 1;
      if (/^(the|a)$/.test(tokens[k]?.lower ?? '') && /^(question|possibility|idea|option|prospect)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of') k += 3;
      else if (!/^(new|further|additional|fresh|tougher|more)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.pos !== 'NOUN') k = -1;
      if (k > 0) {
        let end = k;
        while (end < s.last && end - k < 12 && tokens[end]!.pos !== 'AUX' && !/^(if|unless|when|after|before|because|while|but|and|,|;|:|\?|\.|["“”])$/.test(tokens[end]!.lower)) end++;
        if (end - k >= 2) { add(tokenSpan(tokens, k, end), 'proposal', undefined, undefined, 0.45); continue; }
      }
    }
    // Plans and drafts with what they propose: "a ceasefire under which ...", "a proposal by X to ...".
    if (PLAN_NOUNS.test(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') && !tokens.slice(Math.max(s.first, i - 3), i).some((x) => x.lower === 'no')) {
      const { next: k, agent } = skipAgent(doc, s, i + 1);
      const comp = tokens[k];
      let from = -1;
      if (comp?.lower === 'to' && isVerb(tokens[k + 1])) from = k + 1;
      else if (comp && /^(whereby|under)$/.test(comp.lower)) from = comp.lower === 'under' && tokens[k + 1]?.lower === 'which' ? k + 2 : k + 1;
      else if (comp && CONTENT_VERBS.test(comp.lower) && /ing$/.test(comp.lower)) from = k;
      else if (comp && /^(meant|designed|aimed|intended)$/.test(comp.lower) && tokens[k + 1]?.lower === 'to') from = k + 2;
      else if (comp && /^(that|which)$/.test(comp.lower) && CONTENT_VERBS.test(tokens[k + 1]?.lower ?? '')) from = k + 1;
      else if (comp && /^(that|which)$/.test(comp.lower) && /^(demand|demands|call|calls|proposal)$/.test(t.lower) && !isVerb(tokens[k + 1])) from = k + 1;
      else {
        // "three amendments, one of which called for ...": what one of several proposes.
        const one = comp?.text === ',' ? k + 1 : k;
        if (tokens[one]?.lower === 'one' && tokens[one + 1]?.lower === 'of' && /^(which|them)$/.test(tokens[one + 2]?.lower ?? '') && CONTENT_VERBS.test(tokens[one + 3]?.lower ?? '')) from = one;
      }
      if (from < 0 && comp?.lower === 'on' && kindOf(t.lower) === 'deal') {
        const named = dealOn(tokens, s, i, k);
        if (named) { add(named, 'deal', undefined, undefined, 0.5); continue; }
      }
      if (from < 0 || from >= s.last) continue;
      // "one of which called for X, were rejected": the relative clause ends at its comma.
      const oneOf = tokens[from]!.lower === 'one' && tokens[from + 1]?.lower === 'of';
      let head = i;
      while (head > s.first && /^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[head - 1]!.pos) && !/^[,"“”]$/.test(tokens[head - 1]!.text)) head--;
      const possessive = doc.mentions!.find((m) => m.actor !== undefined && m.start >= tokens[head]!.start && m.end <= t.start);
      add(tokenSpan(tokens, from, clauseEnd(tokens, s, from, oneOf)), kindOf(t.lower), agent ?? possessive, undefined, 0.55);
    }
    // "It considered five amendments. Three, tabled by Peru, would have called for ...": a count standing for plans just named.
    const counted = countedPlans(doc, s, i);
    if (counted) {
      add(counted.content, counted.kind, counted.agent, undefined, 0.5);
      continue;
    }
    // "would stay only if Peru withdrew its troops", "provided that ...": the condition is what is asked for.
    const condition = /^(if)$/.test(t.lower) && tokens[i - 1]?.lower === 'only' ? i + 1
      : t.lower === 'that' && /^(provided|providing)$/.test(tokens[i - 1]?.lower ?? '') ? i + 1
      : t.lower === 'that' && tokens[i - 1]?.lower === 'condition' && tokens[i - 2]?.lower === 'on' ? i + 1 : -1;
    if (condition > 0 && condition < s.last) {
      add(tokenSpan(tokens, condition, clauseEnd(tokens, s, condition)), 'demand', speakerAt(i), undefined, 0.5);
      continue;
    }
    // "33 hostages would be freed in return for Palestinian prisoners": an exchange is a deal.
    if (/^(return|exchange)$/.test(t.lower) && tokens[i - 1]?.lower === 'in' && next?.lower === 'for') {
      let from = i - 1;
      while (from > s.first && !/^(that|,|;|:|")$/.test(tokens[from - 1]!.lower) && !(reportingByForm.get(tokens[from - 1]!.lower)?.pos === 'verb' && tokens[from - 1]!.pos === 'VERB')) from--;
      add(tokenSpan(tokens, from, clauseEnd(tokens, s, i + 2)), 'deal', speakerAt(i), undefined, 0.5);
    }
    // "Under the Joint Statement, the US will ...": what a named document provides.
    if (i === s.first && t.lower === 'under') {
      let k = i + 1;
      while (k < s.last && tokens[k]!.text !== ',' && k - i < 20) k++;
      if (tokens[k]?.text === ',' && k + 1 < s.last) add(tokenSpan(tokens, k + 1, clauseEnd(tokens, s, k + 1)), 'deal', undefined, undefined, 0.5);
    }
  }
}

/** The plural plan noun ("five amendments") in the sentence before that a count opening a sentence ("Three, ...") stands for. */
export function countedNoun(doc: Document, s: Sentence): Token | undefined {
  const tokens = doc.tokens!;
  const index = tokens[s.first]!.sentence;
  if (!COUNTS.test(tokens[s.first]!.lower) || index === 0) return undefined;
  const previous = doc.sentences![index - 1]!;
  return tokens.slice(previous.first, previous.last).reverse().find((t) => PLAN_NOUNS.test(t.lower) && /s$/.test(t.lower) && t.pos === 'NOUN');
}

/** "Three, tabled by Peru, would have called for ...": a count opening a sentence stands for plural plans the
 *  sentence before names ("five amendments"); what its verb of content says is their proposal, from the modal on. */
function countedPlans(doc: Document, s: Sentence, i: number): { content: Span; kind: ProposalKind; agent?: Mention } | undefined {
  const tokens = doc.tokens!;
  const plural = i === s.first ? countedNoun(doc, s) : undefined;
  if (!plural) return undefined;
  const { next, agent } = skipAgent(doc, s, i + 1);
  let from = next;
  if (tokens[from]?.text === ',') from++;
  let verb = from;
  while (verb < s.last && verb - from < 3 && /^(would|will|could|might|have|has|had|also|both)$/.test(tokens[verb]!.lower)) verb++;
  if (!CONTENT_VERBS.test(tokens[verb]?.lower ?? '') || /ing$/.test(tokens[verb]!.lower)) return undefined;
  return { content: tokenSpan(tokens, from, clauseEnd(tokens, s, verb)), kind: kindOf(plural.lower), ...(agent ? { agent } : {}) };
}

/** "to honor the deal", "to approve the agreement": backing a plan already named, not a new proposal. */
function upholds(tokens: readonly Token[], verb: number): boolean {
  // "to keep their commitments", "to honour its obligations": living up to what is already owed.
  if (/^(keep|honou?r|fulfil|fulfill|meet|respect)$/.test(tokens[verb]!.lower) && /^(their|its|his|her|our|your|the)$/.test(tokens[verb + 1]?.lower ?? '')
    && /^(commitments?|promises?|obligations?|pledges?|word)$/.test(tokens[verb + 2]?.lower ?? '')) return true;
  return /^(approve|honou?r|implement|accept|sign|respect|ratify|uphold|abide|keep|back|support|endorse|observe|adopt)$/.test(tokens[verb]!.lower)
    && /^(the|this|that|its|their)$/.test(tokens[verb + 1]?.lower ?? '') && PLAN_NOUNS.test(tokens[verb + 2]?.lower ?? tokens[verb + 3]?.lower ?? '');
}

/** Whether the verb at i sits in a non-restrictive relative clause: ", which has offered to ...". */
function relativeBefore(tokens: readonly Token[], s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > s.first && /^(has|have|had|also|already|repeatedly|once|long)$/.test(tokens[k]!.lower)) k--;
  return /^(which|who)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',';
}

/** Whether a promise or offer at i sits in a relative clause whose object is the noun before its subject,
 *  with nothing after the infinitive's verb: "a ruling both countries promised to respect". */
function objectRelative(doc: Document, s: Sentence, i: number, to: number): boolean {
  const tokens = doc.tokens!;
  const after = tokens[to + 2];
  if (after && !/^[\p{P}]/u.test(after.text) && to + 2 < s.last) return false;
  let k = i - 1;
  while (k > s.first && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k]!.pos) && i - k < 5 && !/^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) k--;
  return k > s.first && k < i && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') && /^(DET|NOUN|PROPN|PRON|NUM)$/.test(tokens[k]!.pos);
}

/** Start of a noun phrase ending before a copula and the word at `i` ("the offer remains open"). */
function nounPhraseBefore(tokens: readonly Token[], s: Sentence, i: number): number | undefined {
  let end = i;
  while (end - 1 >= s.first && /^(is|are|was|were|remains?|remained|stays?|stayed|be|been|still|also|now)$/.test(tokens[end - 1]!.lower)) end--;
  if (end === i || end - 1 < s.first || tokens[end - 1]!.pos !== 'NOUN') return undefined;
  let k = end - 1;
  while (k - 1 >= s.first && /^(DET|ADJ|NOUN)$/.test(tokens[k - 1]!.pos)) k--;
  return k;
}

/** A noun-phrase subject right before a modal ("any deal should"), as a token index. */
/** Nouns that can name a proposal already put ("the agreement", "that idea", "the sum", "the talks"). */
export const REFERRING_NOUNS = new RegExp(`${PLAN_NOUNS.source}|^(idea|document|call|request|figure|sum|target|amount|cap|commitment|pledge|move|step|outcome|talks|negotiations)$`);

/** The last plan phrase ("the plan", "a truce") before token i, in its sentence or the one before. */
export function planPhraseBefore(doc: Document, i: number): Span | undefined {
  const tokens = doc.tokens!;
  const sentence = tokens[i]?.sentence;
  if (sentence === undefined) return undefined;
  const from = doc.sentences![Math.max(0, sentence - 1)]!.first;
  for (let k = i - 1; k >= from; k--) {
    if (!REFERRING_NOUNS.test(tokens[k]!.lower) || !/^(NOUN|PROPN)$/.test(tokens[k]!.pos)) continue;
    for (let d = k - 1; d >= Math.max(from, k - 3); d--) {
      if (/^(the|this|that|these|those|its|their|a|an)$/.test(tokens[d]!.lower)) return tokenSpan(tokens, d, k + 1);
      if (!/^(ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[d]!.pos)) break;
    }
  }
  return undefined;
}

/** "said the truce took months, and that it should ...": "it" opening a that-clause coordinated with an earlier
 *  one stands for that clause's subject when it is a definite plan phrase (returned as a span). */
export function parallelPlanSubject(doc: Document, s: Sentence, it: number): Span | undefined {
  const tokens = doc.tokens!;
  if (tokens[it]?.lower !== 'it' || tokens[it - 1]?.lower !== 'that' || !/^(and|but)$/.test(tokens[it - 2]?.lower ?? '')) return undefined;
  let c = it - 3;
  while (c >= s.first && tokens[c]!.lower !== 'that' && !(reportingByForm.get(tokens[c]!.lower)?.pos === 'verb' && tokens[c]!.pos === 'VERB')) c--;
  if (c < s.first || !/^(the|this|that|its|their)$/.test(tokens[c + 1]?.lower ?? '')) return undefined;
  for (let k = c + 2; k < Math.min(it, c + 5); k++) {
    if (REFERRING_NOUNS.test(tokens[k]!.lower)) return tokenSpan(tokens, c + 1, k + 1);
    if (!/^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) break;
  }
  return undefined;
}

function nounSubject(doc: Document, s: Sentence, i: number): number | undefined {
  const tokens = doc.tokens!;
  let end = i;
  while (end - 1 >= s.first && /^(would|will|could|might|may|also|still|then)$/.test(tokens[end - 1]!.lower)) end--;
  let k = end;
  while (k - 1 >= s.first && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k - 1]!.pos)) k--;
  // Only parties and deals are bound by an obligation: "any deal should", "each side must", "both sides should".
  const head = tokens[end - 1];
  if (!head) return undefined;
  return k < end && (PLAN_NOUNS.test(head.lower) || /^(side|sides|parties|party|countries|nations|members|states|governments)$/.test(head.lower)) ? k : undefined;
}

export const proposals: Stage = {
  name: 'proposals',
  requires: ['sentences', 'tokens', 'mentions', 'actors', 'statements'],
  assigns: ['proposals'],
  run(doc: Document) {
    const out: Proposal[] = [];
    const speakers = new Map(doc.statements!.filter((st) => st.speaker !== undefined).map((st, i) => [i, st] as const));
    for (const s of doc.sentences!) if (!s.header) sentenceProposals(doc, s, speakers, out);
    out.sort((a, b) => a.content.start - b.content.start);
    return { ...doc, proposals: out.map(proposalShape) };
  },
};
