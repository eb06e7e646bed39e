// Typed access to the lexicon files (general knowledge as data; see README.md in this folder).
import countriesData from './countries.json' with { type: 'json' };
import organizationsData from './organizations.json' with { type: 'json' };
import mediaData from './media.json' with { type: 'json' };
import titlesData from './titles.json' with { type: 'json' };
import reportingData from './reporting.json' with { type: 'json' };
import stanceData from './stance.json' with { type: 'json' };
import english from './english.json' with { type: 'json' };
import givenNames from './given-names.json' with { type: 'json' };
import type { ActorType, Stance } from '../model/document.js';

export interface CountryEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly adjectives: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
  readonly seats: readonly string[];
}

export interface OrganizationEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: 'Organization' | 'Group';
  readonly country?: string | null;
  readonly parent?: string | null;
}

export interface MediaEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly country?: string | null;
}

export interface TitleEntry {
  readonly title: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly body?: string | null;
}

export interface ReportingEntry {
  readonly lemma: string;
  readonly forms: readonly string[];
  readonly pos: 'verb' | 'noun' | 'phrase';
  readonly addressee: boolean;
  readonly thatClause: boolean;
  readonly direct: boolean;
  readonly negative?: boolean;
  readonly class: string;
  /** What the verb takes besides a report: 'thing' (what it judges or speaks about: a report only with a
   *  that-clause or a quote), 'infinitive' (a commitment: "vowed to fight" reports), 'that' (only a
   *  that-clause makes it a report: "agreed that ..." but not "agreed to a coalition"). */
  readonly object?: 'thing' | 'infinitive' | 'that' | 'demand';
}

export interface StanceEntry {
  readonly cue: string;
  readonly forms: readonly string[];
  readonly stance: Stance;
  readonly pos: string;
  readonly conditional: boolean;
}

/** What a surface form in the gazetteer names. */
export interface GazetteerEntry {
  /** Canonical name. */
  readonly name: string;
  readonly type: ActorType;
  /** How the form names it: the name itself, a capital or seat standing for a government. */
  readonly via: 'name' | 'capital' | 'seat';
  readonly media: boolean;
  /** Country the body belongs to (canonical country name). */
  readonly country?: string;
}

export const countries = countriesData as readonly CountryEntry[];
export const organizations = organizationsData as readonly OrganizationEntry[];
export const media = mediaData as readonly MediaEntry[];
export const titles = titlesData as readonly TitleEntry[];
export const reporting = reportingData as readonly ReportingEntry[];
export const stanceCues = stanceData as readonly StanceEntry[];
export const grammar = english;

function buildGazetteer(): Map<string, GazetteerEntry> {
  const table = new Map<string, GazetteerEntry>();
  const add = (form: string, entry: GazetteerEntry): void => {
    if (form && !table.has(form)) table.set(form, entry);
  };
  // Countries first: their names win over any organization alias spelled the same.
  for (const c of countries) {
    const entry: GazetteerEntry = { name: c.name, type: 'Country', via: 'name', media: false };
    add(c.name, entry);
    for (const a of c.aliases) add(a, entry);
  }
  for (const o of organizations) {
    const entry: GazetteerEntry = { name: o.name, type: o.type, via: 'name', media: false, ...(o.country ? { country: o.country } : {}) };
    add(o.name, entry);
    for (const a of o.aliases) add(a, entry);
  }
  for (const m of media) {
    const entry: GazetteerEntry = { name: m.name, type: 'Organization', via: 'name', media: true, ...(m.country ? { country: m.country } : {}) };
    add(m.name, entry);
    for (const a of m.aliases) add(a, entry);
  }
  for (const c of countries) {
    for (const cap of c.capitals) add(cap, { name: c.name, type: 'Country', via: 'capital', media: false });
    // A seat of government ("the White House", "the Kremlin") stands for the executive it houses.
    for (const seat of c.seats) add(seat, { name: seat.replace(/^The\s+/, ''), type: 'Organization', via: 'seat', media: false, country: c.name });
  }
  // "The Hague" and its like keep their article; other leading "The" forms also match without it.
  for (const [form, entry] of [...table]) {
    const bare = form.replace(/^The\s+/, '');
    if (bare !== form) add(bare, entry);
  }
  return table;
}

export const gazetteer: ReadonlyMap<string, GazetteerEntry> = buildGazetteer();

/** Every leading substring of the given forms, so a longest-match scan can stop as soon as it leaves them. */
export function prefixesOf(forms: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const form of forms) for (let n = 1; n <= form.length; n++) out.add(form.slice(0, n));
  return out;
}

/** Leading substrings of gazetteer forms. */
export const gazetteerPrefixes = prefixesOf(gazetteer.keys());

/** Attributive adjective ("Chinese", "US") -> canonical country name. */
export const countryByAdjective: ReadonlyMap<string, string> = new Map(
  countries.flatMap((c) => [...c.adjectives, ...c.demonyms].map((a) => [a, c.name] as const)));

export const countryByName: ReadonlyMap<string, CountryEntry> = new Map(countries.map((c) => [c.name, c]));

/** Lower-cased title and alias -> its entry. */
export const titleByForm: ReadonlyMap<string, TitleEntry> = new Map(
  titles.flatMap((t) => [t.title, ...t.aliases].map((f) => [f.toLowerCase(), t] as const)));

/** Leading substrings of lower-cased titles. */
export const titlePrefixes = prefixesOf(titleByForm.keys());

/** Longest title in words, to bound title matching. */
export const maxTitleWords = Math.max(...[...titleByForm.keys()].map((k) => k.split(/\s+/).length));

/** Lower-cased inflected form -> reporting entry (verbs and nouns; multi-word phrases keyed by their text). */
export const reportingByForm: ReadonlyMap<string, ReportingEntry> = new Map(
  reporting.flatMap((r) => r.forms.map((f) => [f.toLowerCase(), r] as const)));

export const wordSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));

/** Given name -> the gender news usually gives it ('either' where both are common). */
export const givenNameGender: ReadonlyMap<string, 'female' | 'male' | 'either'> = new Map([
  ...givenNames.either.map((n) => [n, 'either'] as const),
  ...givenNames.female.map((n) => [n, 'female'] as const),
  ...givenNames.male.map((n) => [n, 'male'] as const),
].map(([n, g]) => [n.toLowerCase(), g] as const));
