import { describe, expect, it } from 'vitest';
import {
  countries, countryByAdjective, gazetteer, grammar, media, organizations, reporting, reportingByForm, stanceCues, titleByForm, titles,
} from '../../src/lexicon/index.js';

describe('lexicons', () => {
  it('give every country a name, and every listed country-of-a-body exists', () => {
    const names = new Set(countries.map((c) => c.name));
    expect(names.size).toBe(countries.length);
    for (const o of [...organizations, ...media]) if (o.country) expect(names.has(o.country), `${o.name}: ${o.country}`).toBe(true);
  });

  it('map every surface form to one entry, countries before bodies', () => {
    expect(gazetteer.get('US')?.name).toBe('United States');
    expect(gazetteer.get('Beijing')).toMatchObject({ name: 'China', via: 'capital' });
    expect(gazetteer.get('Kremlin')).toMatchObject({ type: 'Organization', via: 'seat', country: 'Russia' });
    expect(countryByAdjective.get('Chinese')).toBe('China');
  });

  it('hold no empty or untrimmed names', () => {
    for (const e of [...countries, ...organizations, ...media]) {
      for (const n of [e.name, ...e.aliases]) expect(n, e.name).toBe(n.trim());
      expect(e.name.length).toBeGreaterThan(1);
    }
    for (const t of titles) expect(t.title).toBe(t.title.toLowerCase());
  });

  it('give reporting forms one meaning each, and include the core verbs', () => {
    const forms = reporting.flatMap((r) => r.forms.map((f) => `${r.pos}:${f.toLowerCase()}`));
    expect(new Set(forms).size).toBe(forms.length);
    for (const verb of ['said', 'told', 'added', 'claimed', 'warned', 'according to']) expect(reportingByForm.has(verb), verb).toBe(true);
    expect(titleByForm.get('foreign minister')?.title).toBe('foreign minister');
  });

  it('keep stance cues to the three stances, and conditions out of them', () => {
    for (const c of stanceCues) {
      expect(['supports', 'opposes', 'neutral']).toContain(c.stance);
      expect(c.conditional).toBe(false);
    }
  });

  it('give english.json every word class the rules read', () => {
    for (const key of ['pronouns', 'organizationHeads', 'nonActorHeads', 'nonActorStarts', 'institutionHeads', 'collectives',
      'singularSpeakers', 'locativePrepositions', 'speechAdverbs', 'negations', 'evaluative', 'informationSources'] as const) {
      expect(grammar[key], key).toBeTruthy();
    }
    expect(grammar.evaluative.positive.length).toBeGreaterThan(10);
    expect(grammar.evaluative.negative.length).toBeGreaterThan(10);
  });
});
