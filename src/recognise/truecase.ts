// Truecasing of Title Case lines ("Russia, Turkey Agree To Take Decisive Measures"): a word the same article writes
// in lower case elsewhere is an ordinary word, so the tagger sees it lower-cased. Offsets are untouched: only the
// words handed to the recognisers change.
import type { SegmentedDocument, Sentence, Token } from "../model/document.ts";
import { CAPITALISED, HAS_LOWER, letterCase, WORD } from "./letter-case.ts";

/** Share of capitalised words above which a sentence is Title Case. */
const DEFAULT_TITLE_CASE_SHARE = 0.7;
const MIN_TITLE_WORDS = 4;

const isWord = (t: Token): boolean => /^\p{L}[\p{L}'’-]*$/u.test(t.text);
const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);
const isAllCaps = (text: string): boolean => !/\p{Ll}/u.test(text);

export function isTitleCase(words: readonly Token[]): boolean {
  // One pass over the words: how many are alphabetic, how many of those are capitalised, and whether all are caps.
  let alpha = 0;
  let capitalised = 0;
  let allCaps = true;
  for (const t of words) {
    const flags = letterCase(t.text);
    if ((flags & WORD) === 0) continue;
    alpha++;
    if ((flags & HAS_LOWER) !== 0) allCaps = false;
    if ((flags & CAPITALISED) !== 0) capitalised++;
  }
  if (alpha < MIN_TITLE_WORDS || allCaps) return false;
  return capitalised / alpha >= DEFAULT_TITLE_CASE_SHARE;
}

/** Per lower-cased word: how often the article writes it in lower case, outside Title Case lines. */
export function lowerCaseCounts(doc: SegmentedDocument, titleCase: ReadonlySet<number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of doc.sentences) {
    if (titleCase.has(sentence.index)) continue;
    for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
      const t = doc.tokens[i] as Token;
      if (isWord(t) && /^\p{Ll}/u.test(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    }
  }
  return counts;
}

export function truecaseWords(sentence: Sentence, words: readonly Token[], lower: ReadonlyMap<string, number>): string[] {
  return words.map((t, i) => {
    if (i === 0 && sentence.firstToken === 0) return t.text;
    const l = t.text.toLowerCase();
    return isCapitalised(t.text) && !isAllCaps(t.text) && (lower.get(l) ?? 0) > 0 ? l : t.text;
  });
}
