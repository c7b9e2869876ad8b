// A recognised name in one article, before resolution.
import type { Span } from "./article.ts";
import type { CoarseType, EntityKind } from "./ontology.ts";

/**
 * How a mention was found: recorded so a user can see why a node exists. A "gloss" is a translation or
 * transliteration the text gives in brackets after a name: an alias, but not the name the article uses.
 */
export type MentionSource = "lexicon" | "model" | "acronym" | "pattern" | "gloss";

export interface Mention extends Span {
  /** `${articleId}#${start}`: unique and stable. */
  id: string;
  article: string;
  sentence: number;
  /** Index range of the mention's tokens in the document. */
  firstToken: number;
  endToken: number;
  /** The text as written: `article.text.slice(start, end)`. */
  surface: string;
  kind: EntityKind;
  /** Coarse type for evaluation: a demonym of a country is MISC, as in CoNLL-2003. */
  coarse: CoarseType;
  /** True when the mention is a demonym ("Russian") that refers to its country. */
  demonym: boolean;
  source: MentionSource;
  /** Lexicon entry id when the mention matched one. */
  lexiconId?: string;
}

/** A name that is not an actor of the graph (an event, a nationality with no country, a product), kept for
 * evaluation output. */
export interface OtherName extends Span {
  sentence: number;
  surface: string;
  coarse: CoarseType;
}

export interface RecognisedDocument {
  article: string;
  mentions: Mention[];
  others: OtherName[];
}
