// A corpus generator for benchmarks: news-like articles about diplomacy, assembled from sentence
// templates the project wrote, varied in people, countries, offices, topics and dates by a seeded
// random generator (the same seed gives the same corpus). Each article has a headline, a dated dateline,
// direct quotes, reported speech, a proposal and reactions to it, and runs to a chosen word count.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small, fast, seeded generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Ana', 'Tomas', 'Lucia', 'Marek', 'Ingrid', 'Kofi', 'Amara', 'Hiroshi', 'Leila', 'Dmitri', 'Sofia',
  'Rafael', 'Nadia', 'Olu', 'Priya', 'Jonas', 'Elena', 'Tariq', 'Mei', 'Pablo', 'Greta', 'Samuel', 'Yara', 'Viktor',
  'Carmen', 'Idris', 'Helga', 'Mateo', 'Zofia', 'Kwame', 'Lina', 'Arjun', 'Beatriz', 'Oskar', 'Farah', 'Emil'];
const FAMILY = ['Rojas', 'Lindqvist', 'Okafor', 'Tanaka', 'Haddad', 'Petrov', 'Moreau', 'Castillo', 'Novak',
  'Mensah', 'Iyer', 'Brandt', 'Santos', 'Kowalski', 'Nakamura', 'Aziz', 'Varga', 'Quispe', 'Osei', 'Halvorsen',
  'Ferreira', 'Demir', 'Lund', 'Mbeki', 'Ortega', 'Sato', 'Karimi', 'Weiss', 'Duarte', 'Abebe', 'Horvat', 'Silva'];
const COUNTRIES = [
  ['Chile', 'Chilean', 'Santiago'], ['Peru', 'Peruvian', 'Lima'], ['Norway', 'Norwegian', 'Oslo'],
  ['Kenya', 'Kenyan', 'Nairobi'], ['Japan', 'Japanese', 'Tokyo'], ['Poland', 'Polish', 'Warsaw'],
  ['Brazil', 'Brazilian', 'Brasilia'], ['Ghana', 'Ghanaian', 'Accra'], ['Turkey', 'Turkish', 'Ankara'],
  ['Indonesia', 'Indonesian', 'Jakarta'], ['Egypt', 'Egyptian', 'Cairo'], ['Canada', 'Canadian', 'Ottawa'],
  ['Mexico', 'Mexican', 'Mexico City'], ['Vietnam', 'Vietnamese', 'Hanoi'], ['Morocco', 'Moroccan', 'Rabat'],
  ['Finland', 'Finnish', 'Helsinki'], ['Argentina', 'Argentine', 'Buenos Aires'], ['Nigeria', 'Nigerian', 'Abuja'],
];
const OFFICES = ['Foreign Minister', 'Prime Minister', 'President', 'Defence Minister', 'Trade Minister', 'Deputy Foreign Minister'];
const AGENCIES = ['Reuters', 'the Associated Press', 'Agence France-Presse'];
const TOPICS = [
  ['a ceasefire along the disputed border', 'the ceasefire'], ['a joint fisheries agreement', 'the fisheries deal'],
  ['a prisoner exchange', 'the exchange'], ['a grain export corridor', 'the corridor plan'],
  ['new tariffs on steel imports', 'the tariff plan'], ['a water-sharing treaty for the river basin', 'the treaty'],
  ['a monitoring mission for the elections', 'the mission'], ['talks on a free trade zone', 'the trade talks'],
  ['a demilitarized zone around the power plant', 'the zone'], ['a debt relief package', 'the package'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Sentence templates: {A} and {B} are two people (full name on first use, surname later), {CA}/{CB} their
// countries, {adjA}/{adjB} the adjectives, {capA}/{capB} the capitals, {topic}/{short} the proposal,
// {agency} a news agency, {day} a weekday, {n} a number.
const OPENERS = [
  '{adjA} {officeA} {A} proposed {topic} on {day}, saying the offer would stand until the end of the month.',
  '{CA} has offered {CB} {topic} in return for the release of detained fishermen, {officeA} {A} said on {day}.',
  '{officeA} {A} of {CA} called on {CB} to accept {topic}, warning that time was running out for a settlement.',
];
const BODY = [
  '"We are ready to sign {short} tomorrow if {CB} shows the same goodwill," {A} told reporters in {capA}.',
  '{B}, the {adjB} {officeB}, rejected the proposal, saying it "ignores the concerns of our people".',
  '"This is not a serious offer," {B} said. "It asks everything of us and nothing of them."',
  '{capB} said it would study the plan carefully before giving an answer.',
  'According to {agency}, officials from both countries met twice last week in a neutral capital.',
  '{A} said the talks had made progress but that "several difficult questions remain open".',
  'A spokesperson for the {adjB} foreign ministry said {CB} supports dialogue but opposes any deal imposed from outside.',
  '{B} told {agency} that {CB} would consider {short} only if sanctions were lifted first.',
  'The {adjA} government welcomed the statement and said it hoped for an agreement before the summit.',
  '"Our position has not changed," {B} said on {day}, adding that {CB} "will not negotiate under pressure".',
  'Analysts said the offer reflected growing pressure on {capA} to show results at home.',
  '{A} warned that {CA} could withdraw the offer if there was no reply within {n} days.',
  'In a statement, the {adjB} foreign ministry said it "took note" of the proposal and would respond in due course.',
  'The United Nations Secretary-General urged both sides to "seize this moment" and return to the table.',
  '{CA} and {CB} have been at odds for {n} years over the issue, and earlier rounds of talks collapsed.',
  '"Nobody wins from another year of this dispute," {A} said, speaking after a cabinet meeting.',
  'Opposition leader {C} said the government was "giving away too much" and called for a parliamentary vote.',
  '{C} later told a local radio station that {short} would need the approval of parliament.',
  'Diplomats familiar with the talks said the two sides remained far apart on the timetable.',
  '{B} said {CB} backed the idea of a joint commission to oversee {short}, but not on the terms offered.',
  'The European Union said it supported efforts to reach a peaceful settlement and offered to host further talks.',
  'Markets in {capA} rose {n} percent on news of the offer, traders said.',
  '"We have always said that {CB} is open to talks," {B} said. "But talks must be between equals."',
  'The {adjA} president\'s office said {A} had briefed lawmakers on the proposal on {day}.',
  'It was not immediately clear whether {CB} would send a delegation to the next round.',
  '{A} declined to say what {CA} would do if the offer was rejected.',
  'A senior {adjB} official, speaking on condition of anonymity, said {capB} was unlikely to accept before the elections.',
  'Both governments are under pressure from farmers and fishing communities, who have lost income during the dispute.',
];
// Background and narrative sentences, as news carries between the quotes: facts, history, context.
const NARRATIVE = [
  'The dispute dates back to a border treaty signed in the 1920s, which left the status of several islands unclear.',
  'Trade between the two countries fell by {n} percent last year, according to official figures.',
  'The river basin supplies water to more than {n} million people and irrigates much of the region\'s farmland.',
  'Fishing boats from both countries have been detained in the area several times since the spring.',
  '{CA} is the larger economy of the two, and its exports to {CB} are mostly machinery and fuel.',
  'The last round of talks, held in a neutral capital in the autumn, ended without a joint statement.',
  'Elections are due in {CB} next year, and the government faces a strong challenge from the opposition.',
  'The port of {capA} handles most of the region\'s grain shipments, and a long closure would hit farmers on both sides.',
  'Both countries are members of the regional trade bloc, which has tried to mediate in the past.',
  'Prices for staple foods in {capB} have risen sharply since the border crossings were closed in the summer.',
  'The area under dispute covers about {n} hundred square kilometres of sea and a string of small islands.',
  'Several rounds of technical meetings have taken place since the spring, mostly on customs and shipping rules.',
  'Heavy rains this year flooded parts of the border region and damaged roads used by traders.',
  'The two governments restored full diplomatic relations only {n} years ago, after a long freeze.',
  'Shipping companies have rerouted vessels around the disputed waters, adding days to some journeys.',
  'A regional summit is planned for next month, and officials hope to have a text ready by then.',
  'The central bank of {CA} cut interest rates last month, citing weak exports and slowing growth.',
  'Farmers in the border provinces have held protests over lost income since the crossings closed.',
];

const CLOSERS = [
  'The next round of talks is scheduled for {month} {date} in {capA}.',
  '{A} is expected to travel to {capB} later this month, officials said.',
  'Neither side has published the text of the draft agreement.',
];

function pick(rng, list) { return list[Math.floor(rng() * list.length)]; }

function person(rng) { return { given: pick(rng, GIVEN), family: pick(rng, FAMILY) }; }

/** One article of about `words` words, with a headline and a dateline; deterministic for (seed, index). */
export function article(rng, words, year = 2020 + Math.floor(rng() * 6)) {
  let [ca, cb] = [pick(rng, COUNTRIES), pick(rng, COUNTRIES)];
  while (cb === ca) cb = pick(rng, COUNTRIES);
  const [pa, pb, pc] = [person(rng), person(rng), person(rng)];
  if (pb.family === pa.family) pb.family = FAMILY[(FAMILY.indexOf(pa.family) + 1) % FAMILY.length];
  const [topic, short] = pick(rng, TOPICS);
  const month = Math.floor(rng() * 12);
  const date = 1 + Math.floor(rng() * 28);
  const used = new Set();
  const name = (p, key) => (used.has(key) ? p.family : (used.add(key), `${p.given} ${p.family}`));
  const fill = (template) => template.replace(/\{(\w+)\}/g, (_, slot) => {
    switch (slot) {
      case 'A': return name(pa, 'A');
      case 'B': return name(pb, 'B');
      case 'C': return name(pc, 'C');
      case 'CA': return ca[0];
      case 'CB': return cb[0];
      case 'adjA': return ca[1];
      case 'adjB': return cb[1];
      case 'capA': return ca[2];
      case 'capB': return cb[2];
      case 'officeA': return OFFICES[(date + month) % OFFICES.length];
      case 'officeB': return OFFICES[(date + 2 * month + 1) % OFFICES.length];
      case 'topic': return topic;
      case 'short': return short;
      case 'agency': return pick(rng, AGENCIES);
      case 'day': return pick(rng, DAYS);
      case 'month': return MONTHS[(month + 1) % 12];
      case 'date': return String(1 + ((date + 9) % 28));
      case 'n': return String(2 + Math.floor(rng() * 30));
      default: throw new Error(`unknown slot ${slot}`);
    }
  });
  const headline = `${ca[0]} offers ${cb[0]} ${short.replace(/^the /, '')}, ${cb[1]} reply cautious`;
  const lines = [headline, '', `${ca[2].toUpperCase()}, ${MONTHS[month]} ${date}, ${year} (${pick(rng, ['Reuters', 'AFP', 'AP'])}) --`];
  const paragraphs = [fill(pick(rng, OPENERS))];
  let count = paragraphs[0].split(/\s+/).length;
  // About two sentences of speech to one of background, as in wire copy.
  const pool = [...BODY, ...NARRATIVE];
  const order = pool.map((_, i) => i).sort(() => rng() - 0.5);
  for (let i = 0; count < words; i = (i + 1) % order.length) {
    const sentence = fill(pool[order[i]]);
    count += sentence.split(/\s+/).length;
    // Two or three sentences to a paragraph, now and then.
    if (paragraphs.length > 1 && rng() < 0.3) paragraphs[paragraphs.length - 1] += ` ${sentence}`;
    else paragraphs.push(sentence);
  }
  paragraphs.push(fill(pick(rng, CLOSERS)));
  return `${lines.join('\n')} ${paragraphs.join('\n\n')}\n`;
}

/** Writes `n` articles of 300 to 700 words into `dir` (in folders of 1,000), returning their total bytes. */
export function writeCorpus(dir, n, seed = 1) {
  const rng = random(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const folder = path.join(dir, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const text = article(rng, 300 + Math.floor(rng() * 400));
    writeFileSync(path.join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
