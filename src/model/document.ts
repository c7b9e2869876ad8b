// The segmented article: sentences and tokens with offsets into the original text, and the boilerplate to skip.
import type { Article, Span } from "./article.ts";

export interface Token extends Span {
  /** The token's text as it appears in `article.text` (same length as the span). */
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ...). */
  pos: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first token of the sentence in `SegmentedDocument.tokens`. */
  firstToken: number;
  /** One past the index of the last token. */
  endToken: number;
  /** A photo caption: its names may confirm a spelling of an actor found elsewhere, but it adds no actor and no claim. */
  caption: boolean;
}

/** The output of `clean`: the article plus the ranges that are boilerplate (kept in `text`, skipped by extraction). */
export interface CleanedArticle {
  article: Article;
  boilerplate: Span[];
  /** Photo captions: read for names, never for relations. */
  captions: Span[];
}

export interface SegmentedDocument extends CleanedArticle {
  /** Sentences outside boilerplate only. */
  sentences: Sentence[];
  tokens: Token[];
}
