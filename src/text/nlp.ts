// The NLP library behind tokens, sentences, part-of-speech tags and lemmas (wink-nlp, loaded once).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: string;
  readonly lemma: string;
}

export interface RawSentence {
  /** Token index range [first, last). */
  readonly first: number;
  readonly last: number;
}

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;

function engine(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Tokens with character offsets, and sentence boundaries as token ranges. */
export function analyse(text: string): { tokens: RawToken[]; sentences: RawSentence[] } {
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const tokens: RawToken[] = [];
  // Library token index -> index of the first kept token at or after it (whitespace tokens are dropped).
  const kept = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    kept[i] = tokens.length;
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    if (at < 0 || value.trim() === '') continue; // the library never alters token text; skip defensively if it ever does
    tokens.push({ start: at, end: at + value.length, text: value, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? value).toLowerCase() });
    cursor = at + value.length;
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
    if (previous && end?.text === '.' && word && /^\p{Lu}\p{Ll}?$/u.test(word.text) && word.end === end.start
      && next && /^\p{Lu}/u.test(next.text) && !/[\r\n]/.test(text.slice(end.end, next.start))) {
      sentences[sentences.length - 1] = { first: previous.first, last: range.last };
      return;
    }
    sentences.push(range);
  });
  return { tokens, sentences };
}
