// The NLP library behind tokens, sentences, part-of-speech tags and lemmas (wink-nlp, loaded once).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import allowed from 'wink-nlp/src/allowed.js';

export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: string;
}

export interface RawSentence {
  /** Token index range [first, last). */
  readonly first: number;
  readonly last: number;
}

/** A word of letters only, and one with a letter beyond Latin-1. */
const LETTERS = /^[\p{L}\p{M}]+$/u;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;
let newDocument = (): void => undefined;

function engine(): Wink {
  if (!nlp) {
    nlp = winkNLP(model, ['sbd', 'pos']);
    newDocument = isolateDocuments(nlp);
  }
  newDocument();
  return nlp;
}

/** The part of the library's lexicon cache that parley reaches into. */
interface LexiconCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

/**
 * The library adds every word it has not seen to its lexicon, and consults that lexicon when it splits
 * tokens: once it has met "Rojas's" whole in one article, it no longer splits "Rojas's" in the next. So an
 * article's tokens would depend on the articles read before it (and on --jobs). This makes each article
 * read as if by a fresh library: words learned from earlier articles are not found until this article
 * meets them itself. Returns the function that starts a new article.
 */
function isolateDocuments(w: Wink): () => void {
  const grab = (_index: number, rdd: { cache: LexiconCache }): LexiconCache => rdd.cache;
  allowed.its4tokens.add(grab);
  const cache = (w.readDoc('a').tokens().out(grab as never) as unknown as LexiconCache[])[0]!;
  allowed.its4tokens.delete(grab);
  const intrinsic = cache.intrinsicSize();
  const lookup = cache.lookup.bind(cache);
  const add = cache.add.bind(cache);
  let met = new Set<number>();
  let adding = false; // the library looks words up while it adds one: those lookups see everything
  cache.lookup = (text) => {
    const found = lookup(text);
    return !adding && found && found.length === 1 && found[0]! >= intrinsic && !met.has(found[0]!) ? null : found;
  };
  cache.add = (text, category) => {
    adding = true;
    let index: number;
    try { index = add(text, category); } finally { adding = false; }
    met.add(index);
    const normal = lookup(text.toLowerCase());
    if (normal?.length === 1) met.add(normal[0]!);
    return index;
  };
  return () => { met = new Set(); };
}

/** Abbreviated titles written before a name ("Sens. Ana Rojas and Tomas Lindqvist"). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm', 'Maj', 'Mrs', 'Prof', 'Rev', 'Hon', 'Amb', 'Atty', 'Supt', 'Insp', 'Pres', 'Messrs']);

/**
 * Tokens with character offsets, sentence boundaries as token ranges, and each token's lemma on request:
 * few words ever need theirs (the content words of a proposal or a claim), so none is worked out in advance.
 */
export function analyse(text: string): { tokens: RawToken[]; sentences: RawSentence[]; lemma: (token: number) => string } {
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: RawToken[] = [];
  // Kept token -> the library's token it came from (-1 for words glued back together).
  const source: number[] = [];
  // Library token index -> index of the first kept token at or after it (whitespace tokens are dropped).
  const kept = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    kept[i] = tokens.length;
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    if (at < 0 || value.trim() === '') continue; // the library never alters token text; skip defensively if it ever does
    cursor = at + value.length;
    // The library cuts words at letters beyond Latin-1 ("Dąbrowska" as D, ą, browska): glue them back.
    const previous = tokens.at(-1);
    if (previous && previous.end === at && LETTERS.test(value) && LETTERS.test(previous.text) && (BEYOND_LATIN1.test(value) || BEYOND_LATIN1.test(previous.text))) {
      const word = previous.text + value;
      tokens[tokens.length - 1] = { start: previous.start, end: cursor, text: word, pos: /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN' };
      source[tokens.length - 1] = -1;
      kept[i] = tokens.length - 1;
      continue;
    }
    tokens.push({ start: at, end: cursor, text: value, pos: pos[i] ?? 'X' });
    source.push(i);
  }
  kept[values.length] = tokens.length;
  const sentences: RawSentence[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    const range = { first: kept[first]!, last: kept[last + 1]! };
    if (range.last <= range.first) return;
    // "spokesperson Ma. Teresita Daza": a sentence cut after a one- or two-letter capitalized
    // abbreviation, on the same line, before a capitalized word, goes on.
    const previous = sentences.at(-1);
    const end = previous ? tokens[previous.last - 1] : undefined;
    const word = previous ? tokens[previous.last - 2] : undefined;
    const next = tokens[range.first];
    if (previous && end?.text === '.' && word && (/^\p{Lu}\p{Ll}?$/u.test(word.text) || TITLE_ABBREVIATIONS.has(word.text)) && word.end === end.start
      && next && /^\p{Lu}/u.test(next.text) && !/[\r\n]/.test(text.slice(end.end, next.start))) {
      sentences[sentences.length - 1] = { first: previous.first, last: range.last };
      return;
    }
    // "Sen. Ana Rojas (D-Ore.) said", "Rep. Tomas Lindqvist (R-N.Y.), ...": a cut after an abbreviation's
    // full stop, on the same line, before a closing parenthesis, a comma or a lower-case word, goes on.
    if (previous && end && /^[.)]$/.test(end.text) && next && /^([),;]|\p{Ll})/u.test(next.text)
      && (end.text === '.' || tokens[previous.last - 2]?.text === '.') && !/[\r\n]/.test(text.slice(end.end, next.start))) {
      sentences[sentences.length - 1] = { first: previous.first, last: range.last };
      return;
    }
    // "... rules.'' The council said": a closing mark glued to the sentence before, split off it, goes back.
    const glued = tokens[range.first]!;
    if (previous && /^['"”’)]$/.test(glued.text) && tokens[range.first - 1]?.end === glued.start && tokens[range.first + 1] && tokens[range.first + 1]!.start > glued.end
      && previous.last === range.first) {
      sentences[sentences.length - 1] = { first: previous.first, last: range.first + 1 };
      if (range.last > range.first + 1) sentences.push({ first: range.first + 1, last: range.last });
      return;
    }
    sentences.push(range);
  });
  let all: ReturnType<typeof doc.tokens> | undefined;
  const lemma = (k: number): string => {
    const from = source[k]!;
    const value = from < 0 ? undefined : (all ??= doc.tokens()).itemAt(from).out(its.lemma as never) as unknown as string | undefined;
    return (value ?? tokens[k]!.text).toLowerCase();
  };
  return { tokens, sentences, lemma };
}
