// The letter case of a token in one pass over its characters. The recognisers ask these questions of every token,
// and Unicode property regexes are slow for that; ASCII tokens (most of news text) are answered from their
// character codes, and any other token by the regexes that define the answers.

/** Matches /^\p{L}[\p{L}'’-]*$/u: a word of letters, apostrophes and hyphens. */
export const WORD = 1;
/** Matches /^\p{Lu}/u: starts with an upper-case letter. */
export const CAPITALISED = 2;
/** Matches /\p{Ll}/u: has a lower-case letter somewhere. */
export const HAS_LOWER = 4;

const WORD_PATTERN = /^\p{L}[\p{L}'’-]*$/u;
const CAPITALISED_PATTERN = /^\p{Lu}/u;
const LOWER_PATTERN = /\p{Ll}/u;

function unicodeCase(text: string): number {
  return (WORD_PATTERN.test(text) ? WORD : 0) | (CAPITALISED_PATTERN.test(text) ? CAPITALISED : 0) | (LOWER_PATTERN.test(text) ? HAS_LOWER : 0);
}

/** WORD, CAPITALISED and HAS_LOWER flags of `text`. */
export function letterCase(text: string): number {
  if (text.length === 0) return 0;
  let word = true;
  let capitalised = false;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return unicodeCase(text);
    const isUpper = code >= 65 && code <= 90;
    const isLower = code >= 97 && code <= 122;
    if (isLower) lower = true;
    if (i === 0) {
      capitalised = isUpper;
      if (!isUpper && !isLower) word = false;
    } else if (!isUpper && !isLower && code !== 39 && code !== 45) {
      word = false;
    }
  }
  return (word ? WORD : 0) | (capitalised ? CAPITALISED : 0) | (lower ? HAS_LOWER : 0);
}
