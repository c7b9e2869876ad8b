// Transliterated names are written with and without the apostrophe that marks an Arabic glottal stop or ayn:
// "Da'esh", "Dae'sh" and "Daesh", "Qa'ida" and "Qaida". The lexicon lists some spellings, and its matcher folds
// apostrophe styles but not their absence. A capitalised word with an apostrophe inside it is matched again without
// the apostrophe, where the words as written matched nothing.
import type { LexiconMatch } from "../lexicon/index.ts";

/** A capitalised word with an apostrophe between letters; a glued possessive ("Assad's") is matched already. */
const INNER_APOSTROPHE = /^\p{Lu}.*\p{L}['’]\p{L}/u;
const POSSESSIVE = /['’]s$/i;

const hasVariant = (w: string): boolean => INNER_APOSTROPHE.test(w) && !POSSESSIVE.test(w);

/**
 * The lexicon matches of `words` with inner apostrophes dropped that cover a word so written and overlap none of
 * `found`, the matches of the words as written. `match` is the lexicon matcher.
 */
export function apostropheVariantMatches(
  words: readonly string[], found: readonly LexiconMatch[], match: (words: readonly string[]) => LexiconMatch[],
): LexiconMatch[] {
  if (!words.some(hasVariant)) return [];
  const stripped = words.map((w) => (hasVariant(w) ? w.replace(/(?<=\p{L})['’](?=\p{L})/gu, "") : w));
  const taken = new Set<number>();
  for (const m of found) for (let i = m.first; i < m.end; i++) taken.add(i);
  return match(stripped).filter((m) => {
    let variant = false;
    for (let i = m.first; i < m.end; i++) {
      if (taken.has(i)) return false;
      if (stripped[i] !== words[i]) variant = true;
    }
    return variant;
  });
}
