// A map keyed by sentences that treats two sentences as one key exactly when sentenceKey would: same text, same
// token places and parts of speech (and here the same caller's variant). It compares those directly instead of
// building the key string, which for every sentence of a corpus means millions of number-to-text conversions only
// to find that the sentence is new.
import type { Sentence, Token } from "../model/document.ts";

interface Row<T> {
  variant: number;
  start: number;
  words: readonly Token[];
  value: T;
}

function sameLayout(a: readonly Token[], aStart: number, b: readonly Token[], bStart: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Token;
    const y = b[i] as Token;
    if (x.start - aStart !== y.start - bStart || x.end - aStart !== y.end - bStart || x.pos !== y.pos) return false;
  }
  return true;
}

export class SentenceTable<T> {
  /** Rows by sentence text; almost every text has one row. */
  private readonly rows = new Map<string, Row<T>[]>();

  /** The value stored for this sentence and variant, or `make()`'s, stored first. */
  getOrAdd(text: string, sentence: Sentence, words: readonly Token[], variant: number, make: () => T): T {
    const key = text.slice(sentence.start, sentence.end);
    let rows = this.rows.get(key);
    if (rows) {
      for (const row of rows) {
        if (row.variant === variant && sameLayout(row.words, row.start, words, sentence.start)) return row.value;
      }
    } else {
      rows = [];
      this.rows.set(key, rows);
    }
    const value = make();
    rows.push({ variant, start: sentence.start, words, value });
    return value;
  }
}
