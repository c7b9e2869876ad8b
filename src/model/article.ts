// The article as loaded: `text` is the decoded original and every offset in the output points into it.

/** A [start, end) range of UTF-16 offsets into an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Article {
  /** Stable id: the record id for JSONL/JSON, else the path relative to the input root. */
  id: string;
  title: string;
  /** The publishing outlet when the article states it ("Source: Al Jazeera"), else null. */
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) when known, else null. */
  date: string | null;
  url: string | null;
  /** The decoded original text, never rewritten. */
  text: string;
}

/** Why an input was not read. Stable names: users grep for them. */
export type SkipReason =
  | "empty"
  | "binary"
  | "unreadable"
  | "too-large"
  | "malformed-json"
  | "unsupported-type"
  | "no-text"
  | "duplicate";

export interface SkippedInput {
  /** Path of the file (and `:LINE` for a JSONL record). */
  source: string;
  reason: SkipReason;
  /** What went wrong and what to do about it. */
  message: string;
}
