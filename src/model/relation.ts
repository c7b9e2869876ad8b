// A typed relation between two entities, with the sentence that states it.
import type { Predicate, Quad, RelationFamily } from "./ontology.ts";

/** The receipt of a claim: `quote === article.text.slice(start, end)` and is the whole sentence. */
export interface Citation {
  article: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  /** Offsets of the subject and object mentions, inside the article text. */
  subject?: [number, number];
  object?: [number, number];
  /** Who the claim is attributed to ("said", "according to"), when found. */
  attributedTo?: string;
  /** Hedge cue ("reportedly", "could") when found. */
  hedge?: string;
}

export interface Relation {
  subject: string;
  object: string;
  predicate: Predicate;
  family: RelationFamily;
  quad?: Quad;
  /** For holds_role_in: the role title ("Defence Minister"). */
  role?: string;
  /** The cue that triggered the relation (verb lemma or pattern name). */
  cue: string;
  citation: Citation;
}
