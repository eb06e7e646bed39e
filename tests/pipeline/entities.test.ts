import { describe, expect, it } from 'vitest';
import { actors, run, slice, statements } from '../helpers.js';

const find = (text: string, label: string) => actors(text).find((a) => a.label === label);

describe('entities and coreference', () => {
  it('splits a country modifier, a title and a name, and keeps the title as an alias', () => {
    const text = 'Brazilian Foreign Minister Carla Mendes met her Chilean counterpart. Mendes said the meeting went well.';
    const mendes = find(text, 'Carla Mendes');
    expect(mendes?.type).toBe('Person');
    expect(mendes?.aliases).toEqual(expect.arrayContaining(['Mendes', 'Brazilian Foreign Minister']));
    expect(find(text, 'Mendes')).toBeUndefined();
  });

  it('reads a body before a lower-case title: "the Peruvian Health Ministry spokesman Luis Ortega"', () => {
    const text = 'The talks resumed, the Peruvian Health Ministry spokesman Luis Ortega said on Monday.';
    expect(find(text, 'Luis Ortega')?.aliases).toContain('Peruvian Health Ministry spokesman');
    expect(find(text, 'Peruvian Health Ministry')?.type).toBe('Organization');
  });

  it('resolves a possessive title to the person of that role and country', () => {
    const text = 'Kenyan President Amos Kariuki and Kenyan Foreign Minister Ruth Otieno flew to Lima. The trip was useful, Kariuki\'s foreign minister said.';
    const doc = run(text);
    const title = doc.mentions!.find((m) => slice(doc, m) === "Kariuki's foreign minister");
    expect(title && doc.actors![title.actor!]!.label).toBe('Ruth Otieno');
  });

  it('takes a capital as its country only where it acts, not as a place', () => {
    const text = 'Officials met in Nairobi on Monday. Nairobi said the deal was fair.';
    const kenya = find(text, 'Kenya');
    expect(kenya?.type).toBe('Country');
    expect(kenya?.aliases).toEqual(['Nairobi']);
    const doc = run(text);
    expect(doc.mentions!.filter((m) => slice(doc, m) === 'Nairobi')).toHaveLength(1);
  });

  it('links an acronym to the name it abbreviates', () => {
    const text = 'The Regional Defence Forces (RDF) said they had withdrawn. The RDF later denied it.';
    expect(find(text, 'Regional Defence Forces')?.aliases).toContain('RDF');
  });

  it('joins lexicon names and their short forms and types them', () => {
    const all = actors('The United Nations and the U.S. disagreed; the UN said Washington was wrong.');
    expect(all.find((a) => a.label === 'United Nations')?.aliases).toContain('UN');
    expect(all.find((a) => a.label === 'United States')?.aliases).toEqual(expect.arrayContaining(['U.S.', 'Washington']));
  });

  it('names an unnamed collective only when it speaks', () => {
    expect(find('Analysts said the plan was unlikely to work.', 'Analysts')?.type).toBe('Group');
    expect(actors('The plan was criticised by many analysts at the time.').some((a) => a.type === 'Group')).toBe(false);
  });

  it('resolves he/she to the latest person who opened a sentence', () => {
    const doc = run('Minister Tom Baker visited the port. He said the repairs would take a year.');
    const he = doc.mentions!.find((m) => m.kind === 'pronoun');
    expect(doc.actors![he!.actor!]!.label).toBe('Tom Baker');
  });

  it('resolves "it" after a dateline that names an agency outside any sentence', () => {
    const doc = run('Peru and Chile agree on fishing plan\n\nLIMA, March 3 (Andina) -- Peru said on Monday it would sign the fishing plan. It added that Chile had agreed.\n');
    const it = doc.mentions!.filter((m) => m.kind === 'pronoun' && m.text === 'It');
    expect(it).toHaveLength(1);
    expect(doc.actors![it[0]!.actor!]!.label).toBe('Peru');
  });
});

describe('entities: institutions and seats', () => {
  it('names a lower-case institution after a country and keys ministries by portfolio', () => {
    const all = actors("Chile's foreign ministry said on Monday that talks would resume. The Chilean Foreign Ministry later confirmed it.");
    const ministries = all.filter((a) => /Ministry/i.test(a.label));
    expect(ministries).toHaveLength(1);
    expect(ministries[0]!.label).toBe('Chilean Foreign Ministry');
  });

  it('takes a seat of government for the executive it houses, except as a place', () => {
    expect(find('The White House said the visit would go ahead.', 'White House')?.type).toBe('Organization');
    expect(find('Leaders met at the White House on Monday.', 'White House')).toBeUndefined();
  });

  it('reads a seat of government before a common noun after "a" as describing a thing', () => {
    expect(find('Ana Rojas spoke at a White House event on Monday.', 'White House')).toBeUndefined();
    expect(find('Ana Rojas spoke at a La Moneda ceremony on Monday.', 'Chile')).toBeUndefined();
  });

  it('names the agency credited for a photo, also in a caption', () => {
    const text = 'Peru and Chile sign water deal\n\nDelegates in Lima on Monday Photo: LPA\n\nPeru said the deal was fair.';
    expect(find(text, 'LPA')?.type).toBe('Organization');
    expect(find('Peru said the deal was fair. Photo: Ana Rojas/Reuters', 'Reuters')?.type).toBe('Organization');
  });

  it('links "the Council" to the council named before', () => {
    const all = actors('The UN Security Council met on Monday. The Council said the vote would wait.');
    expect(all.filter((a) => /Council/.test(a.label)).map((a) => a.label)).toEqual(['UN Security Council']);
  });

  it('drops a lone two-word name with no sign of being a person', () => {
    expect(find('Ships were seen near Tel Aviv on Monday.', 'Tel Aviv')).toBeUndefined();
    expect(find('Ana Lima, a trade lawyer, was in town.', 'Ana Lima')?.type).toBe('Person');
  });

  it('takes a name after a locative preposition for a place, even before an appositive-like comma', () => {
    expect(find('In Puerto Montt, the fishing union said prices would fall.', 'Puerto Montt')).toBeUndefined();
    expect(find('Chile said talks went well. Peru had written to Ana Lima, the trade minister, on Monday.', 'Ana Lima')?.type).toBe('Person');
  });

  it('reads a Chinese island-group name ("Qundao") as a place', () => {
    expect(find('China has sovereignty over Xisha Qundao, it said. Vietnam disputes Xisha Qundao.', 'Xisha Qundao')).toBeUndefined();
  });

  it('keeps a title whole when the words before its organization head name no body', () => {
    const all = actors('Press Secretary Ana Rojas said the talks would go on. Chief Cabinet Secretary Luis Ortega said Peru agreed.');
    expect(all.some((a) => a.label === 'Press' || a.label === 'Chief Cabinet')).toBe(false);
    expect(find('Press Secretary Ana Rojas said the talks would go on.', 'Ana Rojas')?.aliases).toContain('Press Secretary');
    expect(find('The Chilean Foreign Ministry spokesperson Ana Rojas said the talks would go on.', 'Chilean Foreign Ministry')?.type).toBe('Organization');
  });

  it('reads a participle before a collective as its modifier, not as a verb', () => {
    expect(find('Mining analysts cautioned that prices would fall.', 'Mining analysts')?.type).toBe('Group');
    expect(find('The summit set a goal for developing countries, and several developing countries said it was too small.', 'developing countries')?.type).toBe('Group');
    expect(actors('Ana Rojas briefed diplomats, who said little.').some((a) => /briefed/.test(a.label))).toBe(false);
  });

  it('lets an adverb in -ly stand between a speaker and the reporting verb', () => {
    expect(find('Several developing countries immediately denounced the figure as far too small.', 'developing countries')?.type).toBe('Group');
  });

  it('joins a bare collective to the one fuller group of that noun named later', () => {
    const all = actors('Peru and Chile sign water deal; experts say it is fair\n\nChilean experts said the deal was fair. The experts added that prices would fall.');
    expect(all.filter((a) => a.type === 'Group').map((a) => a.label)).toEqual(['Chilean experts']);
  });

  it('reads a capital before a document\'s or event\'s name as part of it, not as the government', () => {
    expect(find('Chile said every party should honor the Lima Agreement first.', 'Peru')).toBeUndefined();
    expect(find('Chile said the talks failed. Lima said they had not.', 'Peru')?.aliases).toEqual(['Lima']);
  });

  it('names the institution of a lower-case title, and speaks for it', () => {
    const doc = run('The Peruvian Foreign Ministry said the talks failed. A Chilean foreign ministry spokesperson said they had not.');
    const labels = doc.actors!.map((a) => a.label);
    expect(labels).toEqual(expect.arrayContaining(['Peruvian Foreign Ministry', 'Chilean Foreign Ministry']));
    const second = doc.statements!.find((st) => slice(doc, st.content[0]).includes('they had not'));
    expect(second && doc.actors![second.speaker!]!.label).toBe('Chilean Foreign Ministry');
    expect(find('A South Korean foreign ministry official said the talks failed.', 'South Korean Foreign Ministry')?.type).toBe('Organization');
  });

  it('takes a description right before a name for the name\'s appositive, not another body', () => {
    const all = actors('Peru would respond, Chinese state news agency Xinhua reported.');
    expect(all.find((a) => a.label === 'Xinhua')?.type).toBe('Organization');
    expect(all.some((a) => /news agency/.test(a.label))).toBe(false);
  });

  it('names the body after "of the" at the end of an organization\'s name', () => {
    const text = 'Ana Rojas said, citing the Fisheries Commission of the Peruvian Senate, that quotas would fall.';
    expect(find(text, 'Fisheries Commission of the Peruvian Senate')?.type).toBe('Organization');
    expect(find(text, 'Peruvian Senate')?.type).toBe('Organization');
  });

  it('keeps the country adjective in the label of a body named with one', () => {
    const text = 'The Peruvian Department of Trade said exports rose. The Department of Trade added that prices fell.';
    expect(find(text, 'Peruvian Department of Trade')?.type).toBe('Organization');
    expect(find(text, 'Department of Trade')).toBeUndefined();
  });
});

describe('coreference: appositive roles and possessive titles', () => {
  it('gives a person the role of their appositive, then resolves "X\'s envoy" to them', () => {
    const doc = run("On Monday, Hill, President Ana Rojas's special envoy, told reporters the talks would go on. A day later, Rojas's envoy wrote that a deal was near.");
    const title = doc.mentions!.find((m) => slice(doc, m) === "Rojas's envoy");
    expect(title && doc.actors![title.actor!]!.label).toBe('Hill');
  });

  it('does not take "X\'s deputy" for X', () => {
    const doc = run("President Ana Rojas spoke first. Rojas's deputy said the plan would fail.");
    const deputy = doc.statements![0];
    expect(deputy && deputy.speaker !== undefined ? doc.actors![deputy.speaker]!.label : undefined).not.toBe('Ana Rojas');
  });
});

describe('entities and coreference: members standing for a body', () => {
  it('reads capitalized words before a plural group noun as a group, not a person', () => {
    expect(actors('The envoy urged Member States to fund the mission in full.').find((a) => a.label === 'Member States')).toMatchObject({ type: 'Group' });
  });

  it('resolves "he" after "the representative of Peru" to Peru', () => {
    const text = 'Speaking after the vote, the representative of Peru said the mission remained vital. "Without it, the gangs will take over," he warned.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['Peru', 'Peru']);
  });
});

describe('coreference: a speaking member of no named body', () => {
  it('speaks for the body that opens its sentence', () => {
    const text = 'The Andean Community abstained from commenting on the dispute, with a spokesperson saying only that the bloc backed dialogue and the law.';
    expect(statements(text)[0]).toMatchObject({ speaker: 'Andean Community', cue: 'saying' });
  });

  it('does not give a member to a body that does not open the sentence', () => {
    const text = 'On Monday, after talks with the Andean Community, a spokesperson said the port would reopen.';
    expect(statements(text)[0]?.speaker).not.toBe('Andean Community');
  });
});
