// Stage 5: actors. Groups mentions into actors: lexicon names by canonical name, people by their
// name's words (surname and first name), ministries by portfolio, acronyms by the names they
// abbreviate; then resolves titles ("the president's foreign minister"), unnamed speakers and pronouns.
import { actorShape, mentionShape } from '../model/shapes.js';
import type { Actor, ActorType, Document, Mention, Stage, Token } from '../model/document.js';
import { countryByName, gazetteer, givenNameGender, grammar, titleByForm } from '../lexicon/index.js';
import { tokenAt } from '../text/clauses.js';

interface Draft {
  type: ActorType;
  label: string;
  names: string[];
  role?: string;
  affiliation?: string;
  media?: boolean;
  /** Where it was first mentioned, for a stable order. */
  first: number;
}

const PORTFOLIO_SYNONYMS: Readonly<Record<string, string>> = {
  'foreign affairs': 'foreign', 'external affairs': 'foreign', 'defence': 'defense', 'home affairs': 'interior',
  'internal affairs': 'interior', 'trade and industry': 'trade', 'commerce': 'commerce',
};

/** Prepositions after which a name is a place ("in", "near", "over"); not "to" or "from", which also take people. */
const PLACE_PREPOSITIONS = new Set(grammar.locativePrepositions.filter((w) => !/^(to|from|visiting|visit|toward|towards|via|between)$/.test(w)));
const ORG_WORDS = new Set(grammar.organizationHeads.map((w) => w.toLowerCase()));
const stripThe = (s: string): string => s.replace(/^(the|The)\s+/, '');
const nameWords = (s: string): string[] => s.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^(al|bin|ibn|de|van|von|der|da|di|la|le|el)$/i.test(w));
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A ministry's portfolio ("Ministry of Foreign Affairs" and "Foreign Ministry" -> "foreign"). */
function ministryPortfolio(name: string): string | undefined {
  const n = stripThe(name).toLowerCase();
  const m = /(?:^|\s)([a-z ]+?) ministry$/.exec(n) ?? /ministry of (?:the )?([a-z ,]+?)(?: of .*)?$/.exec(n);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/).filter((w) => !/^(chinese|russian|american|british|french|german|[a-z]+ese|[a-z]+an|[a-z]+ish|[a-z]+i)$/.test(w) || w === 'foreign');
  const key = words.join(' ');
  return PORTFOLIO_SYNONYMS[key] ?? key.replace(/ affairs$/, '');
}

const roleKey = (role: string): string => titleByForm.get(role.toLowerCase())?.title ?? role.toLowerCase();
const GENERIC_LEADER = new Set(['leader', 'head of state', 'head of government']);
const LEADER_KINDS = new Set(['head of state', 'head of government']);

function rolesMatch(mentionRole: string, actorRole: string | undefined): boolean {
  if (!actorRole) return false;
  const a = roleKey(mentionRole);
  const b = roleKey(actorRole);
  if (a === b) return true;
  const tail = (s: string): string => s.split(' ').at(-1)!;
  if (GENERIC_LEADER.has(a)) return LEADER_KINDS.has(titleByForm.get(b)?.kind ?? '');
  // "minister" alone matches any minister; "spokesman" and "spokesperson" are one role.
  const spoke = (s: string): boolean => /^spokes(person|man|woman)$/.test(s);
  if (spoke(tail(a)) && spoke(tail(b))) return !a.includes(' ') || a === b || tail(a) === a;
  return !a.includes(' ') && tail(b) === a;
}

class Registry {
  readonly drafts: Draft[] = [];
  private readonly byKey = new Map<string, number>();

  get(key: string): number | undefined { return this.byKey.get(key); }

  add(key: string, draft: Draft): number {
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    this.drafts.push(draft);
    this.byKey.set(key, this.drafts.length - 1);
    return this.drafts.length - 1;
  }

}

function keyOf(m: Mention): string | undefined {
  if (m.type === 'Person') return undefined;
  if (m.canonical && (gazetteerHas(m.canonical) || m.type === 'Country')) return 'lex:' + m.canonical;
  const name = m.canonical ?? m.text;
  if (m.type === 'Organization') {
    const p = ministryPortfolio(name);
    if (p) return 'ministry:' + p;
  }
  const bare = stripThe(name);
  const adjective = m.affiliation ? countryByName.get(m.affiliation)?.adjectives.find((a) => bare.startsWith(a + ' ')) : undefined;
  return 'org:' + fold(adjective ? bare.slice(adjective.length + 1) : bare);
}

/** One country's ministry is not another's: "Chilean Foreign Ministry" after "Peruvian Foreign Ministry" gets a
 *  key of its own, while "the Foreign Ministry" (no country) joins the first. */
function nationalKey(reg: Registry, key: string | undefined, m: Mention): string | undefined {
  if (!key?.startsWith('ministry:') || !m.affiliation) return key;
  const existing = reg.get(key);
  const other = existing !== undefined ? reg.drafts[existing]!.affiliation : undefined;
  return other && other !== m.affiliation ? `${key}:${fold(m.affiliation)}` : key;
}

/** A mention while it is being resolved: its actor, or failing one the body it speaks for. */
type Working = Mention & { actor?: number; fallback?: number };

function working(m: Mention): Working {
  return { ...mentionShape(m), fallback: undefined };
}

export const coreference: Stage = {
  name: 'coreference',
  requires: ['mentions', 'sentences', 'tokens'],
  assigns: ['actors', 'mentions'],
  run(doc: Document) {
    const mentions: Working[] = doc.mentions!.map(working);
    const reg = new Registry();
    const setActor = (i: number, actor: number): void => { (mentions[i] as { actor?: number }).actor = actor; };
    const findMention = mentionFinder(mentions);

    // 1. Lexicon names and organizations.
    mentions.forEach((m, i) => {
      if (m.kind !== 'name' && m.kind !== 'metonym') return;
      const key = nationalKey(reg, keyOf(m), m);
      if (!key) return;
      const label = m.canonical ?? stripThe(m.text);
      const a = reg.add(key, { type: m.type ?? 'Organization', label, names: [], first: m.start, ...(m.media ? { media: true } : {}), ...(m.affiliation ? { affiliation: m.affiliation } : {}) });
      setActor(i, a);
      const d = reg.drafts[a]!;
      if (!d.affiliation && m.affiliation) d.affiliation = m.affiliation;
      // A ministry named with its country ("Chinese Foreign Ministry") gives the best label.
      if (key.startsWith('ministry:') && m.text.split(/\s+/).length > d.label.split(/\s+/).length && /Ministry$/.test(m.text)) d.label = stripThe(m.text);
      // "Chilean Department of Trade" after "Department of Trade": the fuller name.
      if (!m.canonical && d.type !== 'Country' && stripThe(m.text).endsWith(' ' + d.label)) d.label = stripThe(m.text);
    });

    // 2. People, longest names first so "Doe" joins "Jane Doe".
    const people = mentions.map((m, i) => [m, i] as const).filter(([m]) => m.kind === 'name' && m.type === 'Person')
      .sort((a, b) => nameWords(b[0].canonical ?? b[0].text).length - nameWords(a[0].canonical ?? a[0].text).length || a[0].start - b[0].start);
    const folded = new Map<string, string[]>();
    const foldedWords = (name: string): string[] => {
      let words = folded.get(name);
      if (!words) folded.set(name, words = nameWords(name).map(fold));
      return words;
    };
    const personOf = (name: string): number | undefined => {
      const words = foldedWords(name);
      if (!words.length) return undefined;
      const matches = reg.drafts.map((d, a) => [d, a] as const).filter(([d]) => d.type === 'Person').filter(([d]) => {
        const full = foldedWords(d.label);
        if (full.join(' ') === words.join(' ')) return true;
        if (words.length === 1) return full.at(-1) === words[0] || full[0] === words[0] || (full.length > 2 && full.includes(words[0]!));
        // "Joe Biden" and "Biden"; "Lars Lokke Rasmussen" and "Lokke Rasmussen".
        return words.length < full.length && full.slice(-words.length).join(' ') === words.join(' ');
      });
      return matches.length === 1 ? matches[0]![1] : matches.length ? matches[0]![1] : undefined;
    };
    for (const [m, i] of people) {
      const name = m.canonical ?? m.text;
      const a = personOf(name) ?? reg.add('person:' + fold(name), { type: 'Person', label: name, names: [], first: m.start });
      setActor(i, a);
      const d = reg.drafts[a]!;
      d.first = Math.min(d.first, m.start);
      if (m.role && !d.role) d.role = m.role;
      if (m.affiliation && !d.affiliation) d.affiliation = m.affiliation;
    }

    // 3. Lone capitalized words: a known person's surname or first name, an acronym, or a new speaker.
    mentions.forEach((m, i) => {
      if (m.kind !== 'alias') return;
      const person = personOf(m.text);
      if (person !== undefined) { setActor(i, person); return; }
      if (/^\p{Lu}{2,6}$/u.test(m.text)) {
        // An acronym defined in the text, "Rapid Support Forces (RSF)", or the initials of a name seen.
        const defined = doc.text.indexOf(`(${m.text})`);
        const owner = mentions.findIndex((o) => o.actor !== undefined && o.kind === 'name' && (
          (defined >= 0 && doc.text.slice(o.end, defined).trim() === '') ||
          initials(o.canonical ?? o.text) === m.text));
        if (owner >= 0) { setActor(i, mentions[owner]!.actor!); return; }
        if (m.speaking || count(doc.text, m.text) >= 2) {
          setActor(i, reg.add('org:' + m.text.toLowerCase(), { type: 'Organization', label: m.text, names: [], first: m.start }));
        }
        return;
      }
      // "the Council", "the Assembly": the latest organization whose name has that word.
      const word = m.text.toLowerCase();
      const org = reg.drafts.map((d, a) => [d, a] as const).filter(([d]) => d.type !== 'Person' && d.label.toLowerCase().split(/\s+/).includes(word));
      if (org.length) { setActor(i, org.sort((x, y) => y[0].first - x[0].first)[0]![1]); return; }
      if (m.speaking && !ORG_WORDS.has(word)) setActor(i, reg.add('person:' + fold(m.text), { type: 'Person', label: m.text, names: [], first: m.start }));
    });

    // 4. Titles: beside a name, an appositive, a person of that role (and country) in the article.
    mentions.forEach((m, i) => {
      if (m.kind !== 'title' || m.actor !== undefined) return;
      const after = doc.text.slice(m.end, m.end + 3);
      const nextIndex = findMention(m.end, m.end + 3, (o, j) => j !== i && o.type === 'Person' && o.actor !== undefined);
      const next = nextIndex >= 0 ? mentions[nextIndex] : undefined;
      if (next && /^[\s,]*$/.test(doc.text.slice(m.end, next.start)) && (/^\s*$/.test(doc.text.slice(m.end, next.start)) || /^,/.test(after))) {
        setActor(i, next.actor!);
        return;
      }
      // An appositive: "Hill, President Jane Doe's special envoy," names Hill's role.
      const owner = m.possessor !== undefined ? mentions[m.possessor] : undefined;
      const anchor = owner ? Math.min(owner.start, owner.phrase?.start ?? owner.start) : m.start;
      const prev = lastBefore(mentions, i, (o) => o.actor !== undefined && reg.drafts[o.actor]!.type === 'Person' && o.end <= anchor && o !== owner);
      if (prev && /^,\s*(a|an|the)?\s*$/i.test(doc.text.slice(prev.end, anchor)) && /^(a|an)\b/i.test(m.text) === false) {
        setActor(i, prev.actor!);
        const d = reg.drafts[prev.actor!]!;
        if (!d.role && m.role) d.role = m.role;
        return;
      }
      if (/^(a|an)\s/i.test(m.text)) return; // "a spokesperson": an unnamed member, resolved to the body below
      let affiliation = m.affiliation;
      if (m.possessor !== undefined) {
        const owner = mentions[m.possessor];
        const ownerDraft = owner?.actor !== undefined ? reg.drafts[owner.actor] : undefined;
        affiliation = ownerDraft ? (ownerDraft.type === 'Person' ? ownerDraft.affiliation : ownerDraft.label) : affiliation;
      }
      const candidates = reg.drafts.map((d, a) => [d, a] as const).filter(([d]) => d.type === 'Person' && rolesMatch(m.role ?? m.text, d.role)
        && (!affiliation || !d.affiliation || sameBody(d.affiliation, affiliation)));
      if (candidates.length) {
        // The nearest such person mentioned before, else the first after.
        const before = candidates.filter(([d]) => d.first <= m.start).sort((x, y) => y[0].first - x[0].first);
        setActor(i, (before[0] ?? candidates[0]!)[1]);
      }
    });

    // 5. Unnamed speakers and anaphoric descriptions: "the ministry", "a Chilean official", "analysts".
    const groupLabels = mentions.filter((m) => m.plural && m.speaking && (m.kind === 'description' || m.kind === 'title')).map(groupLabel);
    mentions.forEach((m, i) => {
      if ((m.kind !== 'description' && m.kind !== 'title') || m.actor !== undefined) return;
      const head = m.text.split(/\s+/).at(-1)!.toLowerCase();
      const definite = /^(the|this|that)\s/i.test(m.text);
      if (m.plural) {
        if (!m.speaking) return;
        const label = groupLabel(m);
        const wider = reg.drafts.findIndex((d) => d.type === 'Group' && fold(d.label).endsWith(' ' + fold(label)));
        if (wider >= 0) { setActor(i, wider); return; }
        // "experts" in a headline, "Chilean experts" in the body: the one fuller group named later.
        const later = [...new Set(groupLabels.filter((l) => fold(l).endsWith(' ' + fold(label))))];
        const named = later.length === 1 ? later[0]! : label;
        setActor(i, reg.add('group:' + fold(named), { type: 'Group', label: named, names: [], first: m.start }));
        return;
      }
      if (definite && m.kind === 'description') {
        // "the ministry" -> the latest organization whose name ends with that word; "the movement" -> the latest group.
        const earlier = lastBefore(mentions, i, (o) => o.actor !== undefined && o.kind === 'name' && (
          reg.drafts[o.actor]!.label.toLowerCase().split(/\s+/).includes(head) ||
          (/^(movement|group|militants)$/.test(head) && reg.drafts[o.actor]!.type === 'Group')));
        if (earlier) { setActor(i, earlier.actor!); return; }
      }
      if (m.speaking || m.kind === 'title') {
        // An unnamed member speaks for the body: the ministry in the phrase, else the country.
        const body = bodyFor(doc.text, doc.tokens!, mentions, findMention, reg, m, i) ?? (m.speaking ? sentenceOpener(doc, mentions, reg, m) : undefined);
        if (body !== undefined) mentions[i]!.fallback = body;
      }
    });

    // 6. Pronouns: the latest fitting mention, preferring one that spoke or opened its sentence.
    const sentences = doc.sentences!;
    /** Index of the sentence holding an offset (the first whose end + 1 is past it), or -1. */
    const sentenceOf = (pos: number): number => {
      let lo = 0;
      let hi = sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.end + 1 <= pos) lo = mid + 1; else hi = mid;
      }
      return lo < sentences.length && pos >= sentences[lo]!.start ? lo : -1;
    };
    // For each mention j: the latest start of a resolved person (and non-person) mention before it, to tell
    // whether a candidate opens its sentence. Kept up to date as pronouns are resolved, in mention order.
    const latestBefore = {
      person: new Float64Array(mentions.length + 1).fill(-1),
      other: new Float64Array(mentions.length + 1).fill(-1),
      done: 0,
      /** Brings the entries up to mention `i` (a pronoun resolved before `i` changes those after it). */
      update(i: number): void {
        for (let q = Math.max(0, this.done - 1); q < i; q++) {
          this.person[q + 1] = this.person[q]!;
          this.other[q + 1] = this.other[q]!;
          const before = mentions[q]!;
          if (before.actor === undefined) continue;
          const list = before.type === 'Person' ? this.person : this.other;
          list[q + 1] = Math.max(list[q + 1]!, before.start);
        }
        this.done = i;
      },
    };
    const genders = new Map<string, string | undefined>();
    const genderOf = (label: string): string | undefined => {
      if (!genders.has(label)) genders.set(label, givenNameGender.get(label.split(/[\s-]+/)[0]!.toLowerCase()));
      return genders.get(label);
    };
    mentions.forEach((m, i) => {
      if (m.kind !== 'pronoun') return;
      const p = m.text.toLowerCase();
      const wantPerson = /^(he|she|him|her|his)$/.test(p);
      const wantThing = /^(it|its)$/.test(p);
      const wantPlural = /^(they|them|their)$/.test(p);
      if (!wantPerson && !wantThing && !wantPlural) return;
      const here = sentenceOf(m.start);
      latestBefore.update(i);
      let best: number | undefined;
      let bestScore = -Infinity;
      for (let j = i - 1; j >= 0; j--) {
        const o = mentions[j]!;
        const actor = o.actor ?? o.fallback;
        if (actor === undefined || o.kind === 'pronoun' && o.actor === undefined) continue;
        const d = reg.drafts[actor]!;
        const s = sentenceOf(o.start);
        if (here - s > 2) break;
        const gender = d.type === 'Person' ? genderOf(d.label) : undefined;
        const agrees = !gender || gender === 'either' || (/^(she|her)$/.test(p) ? gender === 'female' : !/^(he|him|his)$/.test(p) || gender === 'male');
        // ("The representative of Peru spoke. She said ...": an unnamed member standing for a body is a person.)
        const member = o.kind === 'title' && o.actor === undefined && o.fallback !== undefined && !o.plural;
        const fits = (wantPerson ? (d.type === 'Person' && agrees || member) : wantThing ? d.type !== 'Person' && !member : (d.type !== 'Person' && !member || !!o.plural));
        if (!fits) continue;
        const sentence = doc.sentences![s]!;
        const latest = (d.type === 'Person' ? latestBefore.person : latestBefore.other)[j]!;
        const opens = latest < 0 || (sentence !== undefined && latest < sentence.start);
        const score = (o.speaking ? 3 : 0) + (opens ? 2 : 0) - (here - s) * 2 + (s === here ? 1 : 0);
        if (score > bestScore) { bestScore = score; best = actor; }
      }
      if (best !== undefined) setActor(i, best);
    });

    // A person needs evidence of being one: a title, speech, a second mention or an appositive.
    // A lone two-word capitalized name with none of these is more often a place or a term.
    const counts = new Map<number, number>();
    for (const m of mentions) if (m.actor !== undefined) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    reg.drafts.forEach((d, a) => {
      if (d.type !== 'Person' || d.role || (counts.get(a) ?? 0) >= 2) return;
      const own = mentions.filter((m) => m.actor === a);
      const tokens = doc.tokens!;
      const subjectOfVerb = (m: Mention): boolean => {
        const next = tokens[tokenAt(tokens, m.end)];
        return !!next && next.start - m.end <= 1 && (next.pos === 'AUX' || next.pos === 'VERB') && !/ing$/.test(next.lower);
      };
      const givenName = givenNameGender.has(d.label.split(/[\s-]+/)[0]!.toLowerCase()) && d.label.includes(' ');
      // "In Tel Aviv, the forum said": a name after a locative preposition is a place, whatever follows it.
      const placed = (m: Mention): boolean => PLACE_PREPOSITIONS.has(tokens[tokenAt(tokens, m.start) - 1]?.lower ?? '');
      const evidence = givenName || own.some((m) => !placed(m) && (m.speaking || subjectOfVerb(m) || /^,\s+(a|an|the|who|whose|one|his|her)\s/i.test(doc.text.slice(m.end, m.end + 8))
        || /\b(Mr|Ms|Mrs|Dr|Sir|Lady|Lord)\.?\s*$/.test(doc.text.slice(Math.max(0, m.start - 5), m.start))));
      if (!evidence) {
        for (const m of own) (m as { actor?: number }).actor = undefined;
        (d as { dropped?: boolean }).dropped = true;
      }
    });

    // Names and order: actors sorted by first mention; every surface form but pronouns and indefinite phrases.
    const order = reg.drafts.map((d, a) => [d, a] as const).filter(([d]) => !(d as { dropped?: boolean }).dropped).sort((x, y) => x[0].first - y[0].first || x[0].label.localeCompare(y[0].label));
    const remap = new Map(order.map(([, a], n) => [a, n]));
    for (const m of mentions) {
      if (m.actor === undefined) continue;
      if (m.kind === 'pronoun' || /^(a|an)\s/i.test(m.text) || m.kind === 'description' && m.plural === false) continue;
      reg.drafts[m.actor]!.names.push(stripThe(m.text.replace(/\s+/g, ' ')));
      if (m.kind === 'name' && m.type === 'Person' && m.phrase) reg.drafts[m.actor]!.names.push(stripThe(doc.text.slice(m.phrase.start, m.phrase.end).replace(/\s+/g, ' ')));
      if (m.kind === 'name' && m.canonical && m.canonical !== m.text) reg.drafts[m.actor]!.names.push(m.canonical);
    }
    // "Government of Chile" is also "the Chilean government".
    for (const [d] of order) {
      const of = /^Government of (.+)$/.exec(d.label);
      const adjective = of ? countryByName.get(of[1]!)?.adjectives[0] : undefined;
      if (adjective) d.names.push(`${adjective} government`);
    }
    const labelIndex = new Map(order.map(([d], n) => [d.label, n]));
    // An affiliation written as any name of an actor ("Foreign Ministry") finds that actor.
    order.forEach(([d], n) => { for (const name of d.names) if (!labelIndex.has(stripThe(name))) labelIndex.set(stripThe(name), n); });
    const actors: Actor[] = order.map(([d]) => {
      const aliases = [...new Set(d.names.filter((n) => n && n !== d.label && !/^(he|she|it|they)$/i.test(n)))].sort();
      const affiliation = d.affiliation ? labelIndex.get(stripThe(d.affiliation)) ?? labelIndex.get(countryByName.get(d.affiliation)?.name ?? '') : undefined;
      return actorShape({ type: d.type, label: d.label, aliases, role: d.role || undefined, affiliation, media: d.media ? true : undefined });
    });
    const resolved: Mention[] = mentions.map((m) => {
      const raw = m.actor ?? m.fallback;
      return mentionShape(m, raw === undefined ? undefined : remap.get(raw)!);
    });
    return { ...doc, actors, mentions: resolved };
  },
};

/** The name of the group a plural description stands for: its words without leading determiners. */
function groupLabel(m: Mention): string {
  return (m.canonical ?? m.text).replace(/^((the|that|these|those|this|some|many|several|other|most|few|two|three|a number of)\s+)+/i, '');
}

/** Finds, among mentions starting in [from, to], the first (in mention order) that passes a test. */
type MentionFinder = (from: number, to: number, test: (m: Working, index: number) => boolean) => number;

function mentionFinder(mentions: readonly Working[]): MentionFinder {
  const byStart = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
  return (from, to, test) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mentions[byStart[mid]!]!.start < from) lo = mid + 1; else hi = mid;
    }
    let best = -1;
    for (let k = lo; k < byStart.length && mentions[byStart[k]!]!.start <= to; k++) {
      const i = byStart[k]!;
      if ((best < 0 || i < best) && test(mentions[i]!, i)) best = i;
    }
    return best;
  };
}

/** The latest of the first `i` items that passes a test. */
function lastBefore<T>(items: readonly T[], i: number, test: (item: T) => boolean): T | undefined {
  for (let j = i - 1; j >= 0; j--) if (test(items[j]!)) return items[j];
  return undefined;
}

function gazetteerHas(name: string): boolean {
  return gazetteer.has(name);
}

function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

function count(text: string, word: string): number {
  return text.split(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)).length - 1;
}

function sameBody(a: string, b: string): boolean {
  return fold(a) === fold(b) || fold(a).includes(fold(b)) || fold(b).includes(fold(a));
}

/** The body an unnamed member speaks for: an organization named in the phrase, the latest such, or the country. */
/** "The EU abstained, with a spokesperson saying ...": a speaking member of no named body ("a spokesperson",
 *  "an official") speaks for the body or state that opens its sentence. */
function sentenceOpener(doc: Document, mentions: readonly Working[], reg: Registry, m: Mention): number | undefined {
  if (m.kind !== 'title' || !/^(a|an)\s/i.test(m.text)) return undefined;
  const s = doc.sentences!.find((x) => m.start >= x.start && m.start < x.end);
  if (!s) return undefined;
  const first = mentions.find((o) => o.start >= s.start && o.start < m.start && o.actor !== undefined);
  const lead = first ? doc.text.slice(s.start, first.start).trim() : 'x';
  return first && first.kind === 'name' && /^(the)?$/i.test(lead) && reg.drafts[first.actor!]!.type !== 'Person' ? first.actor : undefined;
}

function bodyFor(text: string, tokens: readonly Token[], mentions: readonly Working[], findMention: MentionFinder, reg: Registry, m: Mention, i: number): number | undefined {
  const words = m.text.toLowerCase();
  // "the representative of Peru said", "a spokesperson for the ministry warned": the body named right after
  // the role, when the phrase is a subject (not "to serve as a mediator for Chile").
  const next = mentions[i + 1];
  if (m.kind === 'title' && next?.actor !== undefined && reg.drafts[next.actor]!.type !== 'Person' && /^\s+(of|for|from)\s+(the\s+)?$/i.test(text.slice(m.end, next.start))) {
    const verb = tokens[tokenAt(tokens, next.end)];
    if (verb && (verb.pos === 'AUX' || verb.pos === 'VERB' && !/ing$/.test(verb.lower))) return next.actor;
  }
  if (/ministry|foreign ministry/.test(words)) {
    const ministry = lastBefore(mentions, i, (o) => o.actor !== undefined && /ministry/i.test(reg.drafts[o.actor]!.label));
    if (ministry) return ministry.actor;
  }
  if (m.affiliation) {
    const key = 'lex:' + m.affiliation;
    const existing = reg.get(key);
    if (existing !== undefined) return existing;
    if (m.speaking && countryByName.has(m.affiliation)) return reg.add(key, { type: 'Country', label: m.affiliation, names: [], first: m.start });
  }
  // "a Fatah official": the body is the name just before the head noun.
  // "a Fatah official" speaks for Fatah; "Doe's deputy" is not Doe.
  const inside = findMention(m.start, m.end, (o) => o.actor !== undefined && o.end <= m.end && o !== m && reg.drafts[o.actor]!.type !== 'Person');
  return inside >= 0 ? mentions[inside]!.actor : undefined;
}
