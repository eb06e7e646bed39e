// The typed core every stage reads and extends: one article, its spans and what was found in it.

/** A half-open range [start, end) of UTF-16 code units into Document.text (code points only at output). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  /** Universal part-of-speech tag from the NLP library (PROPN, VERB, PUNCT, ...). */
  readonly pos: string;
  readonly lemma: string;
  readonly sentence: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last. */
  readonly first: number;
  readonly last: number;
  readonly paragraph: number;
  /** Header material (headline, dateline, metadata line, photo caption): never a statement. */
  readonly header: boolean;
}

/** A passage inside quote marks; `pieces` are the inner spans (a quote can run over paragraphs). */
export interface Quote extends Span {
  readonly inner: Span;
  /** True when the opening mark had no matching closing mark in its paragraph. */
  readonly unclosed: boolean;
}

export type ActorType = 'Person' | 'Organization' | 'Country' | 'Group';

export type MentionKind =
  | 'name'        // a proper name: "Jane Doe", "Reuters", "Chile"
  | 'alias'       // a surname or short form of a name seen before: "Doe"
  | 'metonym'     // a capital or seat standing for a government: "Beijing", "the Kremlin"
  | 'title'       // a role without a name: "the spokesperson", "the president's foreign minister"
  | 'description' // an unnamed member speaking for a body: "a Chilean official", "analysts"
  | 'pronoun';    // he, she, they, it, we

export interface Mention extends Span {
  readonly kind: MentionKind;
  readonly text: string;
  /** Index into Document.actors once resolved. */
  readonly actor?: number;
  /** Role words attached to this mention ("Foreign Minister"). */
  readonly role?: string;
  /** The full noun phrase around the mention, with titles and determiners ("the Chilean Foreign Ministry spokesperson Ana Rojas"). */
  readonly phrase?: Span;
  /** The type the mention suggests, where it does. */
  readonly type?: ActorType;
  /** Canonical name from a lexicon, or the name as written. */
  readonly canonical?: string;
  /** Canonical name of the country or body the mention belongs to ("Russian Foreign Minister" -> Russia). */
  readonly affiliation?: string;
  /** Index of the mention naming the possessor ("Doe's foreign minister" -> Doe). */
  readonly possessor?: number;
  /** A news outlet or agency. */
  readonly media?: boolean;
  /** Plural (collectives, "they"). */
  readonly plural?: boolean;
  /** The mention stands next to a reporting verb, as its speaker. */
  readonly speaking?: boolean;
}

export interface Actor {
  readonly type: ActorType;
  /** Canonical name, the rdfs:label. */
  readonly label: string;
  /** Every other name the article uses. */
  readonly aliases: readonly string[];
  readonly role?: string;
  /** Country or body the actor belongs to or speaks for (index into Document.actors). */
  readonly affiliation?: number;
  /** A news outlet or agency. */
  readonly media?: boolean;
}

export interface Statement {
  /** One or more pieces of content, in text order (a quote split by its attribution has two). */
  readonly content: readonly Span[];
  readonly direct: boolean;
  readonly cue?: Span;
  readonly speaker?: number;
  readonly speakerSpan?: Span;
  readonly reportedBy?: number;
  readonly addressee?: number;
  /** xsd:date, resolved against the publication date. */
  readonly date?: string;
  readonly confidence: number;
}

export type ProposalKind = 'plan' | 'offer' | 'demand' | 'deal' | 'resolution' | 'invitation' | 'proposal';

export interface Proposal {
  readonly content: Span;
  readonly kind: ProposalKind;
  readonly proposer?: number;
  readonly addressee?: number;
  readonly condition?: Span;
  readonly confidence: number;
}

export type Stance = 'supports' | 'opposes' | 'neutral';

export type Target =
  | { readonly kind: 'proposal'; readonly proposal: number }
  | { readonly kind: 'topic'; readonly label: string; readonly span?: Span };

export interface Position {
  readonly holder: number;
  readonly stance: Stance;
  readonly target: Target;
  readonly evidence: Span;
  /** Statements (indices) the position is read from. */
  readonly statements: readonly number[];
  readonly confidence: number;
}

export interface Meta {
  /** Publication date (xsd:date), from the text or from the caller. */
  readonly datePublished?: string;
  /** News agency named in a dateline ("LIMA, March 3 (Andina) --"): the publisher. */
  readonly publisher?: string;
  /** Where the body starts, after the header lines. */
  readonly bodyStart: number;
  /** Header lines and datelines: never part of a statement. */
  readonly header: readonly Span[];
}

/** One article as it moves through the pipeline; each stage fills in more of it. */
export interface Document {
  /** The file stem, used in IRIs and output names. */
  readonly id: string;
  readonly text: string;
  readonly meta?: Meta;
  readonly tokens?: readonly Token[];
  readonly sentences?: readonly Sentence[];
  readonly quotes?: readonly Quote[];
  readonly mentions?: readonly Mention[];
  readonly actors?: readonly Actor[];
  readonly statements?: readonly Statement[];
  readonly proposals?: readonly Proposal[];
  readonly positions?: readonly Position[];
}

export type DocumentField = Exclude<keyof Document, 'id' | 'text'>;

/** A stage that requires the fields in `requires` and assigns those in `assigns`. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly DocumentField[];
  readonly assigns: readonly DocumentField[];
  run(doc: Document, options: AnnotateOptions): Document;
}

export interface AnnotateOptions {
  /** Publication date to use when the article carries none (YYYY-MM-DD). */
  readonly date?: string;
  /** The article's publisher, when known (its speech is not relayed through an intermediary). */
  readonly publisher?: string;
}

