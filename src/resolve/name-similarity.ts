// Tells spelling variants of one name apart from different names: transliterations (Shoigu/Shoygu,
// Hay'et/Hayat) share a consonant skeleton; typos (Recept/Recep) are one edit apart in a longer name. sameWords,
// looser, tells whether two long names an acronym stands for spell one name.
import { foldName } from "../lexicon/index.ts";
import { memoByKey } from "../shared/memo.ts";

/** Particles that do not distinguish names: "al-Assad" and "Assad" differ only by one. */
const PARTICLES = new Set(["al", "el", "ad", "as", "ar", "ash", "bin", "ibn", "the", "of", "de", "van", "von"]);

export function nameTokens(name: string): string[] {
  return foldName(name)
    .replace(/'s$/, "")
    .replace(/[^\p{L}\p{N}' ]/gu, " ")
    .split(" ")
    .filter((t) => t.length > 0);
}

/**
 * nameTokens, worked out once per name: both the variant test and partial names split the same names. The same array
 * for the same name, so callers must not change it.
 */
export const foldedNameTokens: (name: string) => readonly string[] = memoByKey(nameTokens);

/** Letters with vowels, y, w, h-after-consonant and apostrophes removed: a transliteration-stable key. */
export const skeleton: (token: string) => string = memoByKey((token) =>
  token
    .replace(/'/g, "")
    .replace(/([bcdfgjklmnpqrstvxz])h/g, "$1")
    .replace(/^([aeiouy])/, "$1")
    .replace(/(?!^)[aeiouyw]/g, "")
    .replace(/(.)\1+/g, "$1"),
);

/**
 * A name's words without particles. Worked out once per name: blocking compares each name with up to a few hundred
 * others, and the callers only read the array.
 */
export const variantTokens: (name: string) => readonly string[] = memoByKey((name) => foldedNameTokens(name).filter((t) => !PARTICLES.has(t)));

/**
 * Rows of the distance table, kept between calls rather than made afresh for each row of each call: the variant
 * test works out distances for many pairs of similar words of a corpus. Grown when a word is longer.
 */
let previousRow = new Int32Array(32);
let currentRow = new Int32Array(32);

/** Levenshtein distance, or `cap + 1` as soon as it must exceed `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = b.length;
  if (previousRow.length <= n) {
    previousRow = new Int32Array(n + 1);
    currentRow = new Int32Array(n + 1);
  }
  let prev = previousRow;
  let row = currentRow;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > cap) return cap + 1;
    const done = prev;
    prev = row;
    row = done;
  }
  return prev[n] as number;
}

export type VariantReason = "normalised" | "transliteration" | "typo";

/**
 * How two tokens of a name relate, or null when they are different words. `inName`: the tokens belong to longer
 * names whose other words agree, which is evidence enough for a looser respelling (Yousef/Yusuf).
 */
function tokenVariant(a: string, b: string, inName: boolean): VariantReason | null {
  if (a === b) return "normalised";
  // Most words have no apostrophe, and without one they are equal only if they are the same word.
  if ((a.includes("'") || b.includes("'")) && a.replace(/'/g, "") === b.replace(/'/g, "")) return "normalised";
  // Both respellings below keep the first letter and need words of four letters or more: tested first, as most
  // words compared here differ there.
  const shortest = Math.min(a.length, b.length);
  if (shortest < 4 || a.charCodeAt(0) !== b.charCodeAt(0)) return null;
  // A shared skeleton alone is too loose (Britain/Britney, China/Cheney): respellings also stay within about one
  // edit in four letters (Shoigu/Shoygu, Bashir/Bashar, Mohammed/Muhammad).
  const sa = skeleton(a);
  const limit = inName && shortest >= 5 ? 2 : Math.max(1, Math.floor(shortest / 4));
  if (sa.length >= 2 && sa === skeleton(b) && editDistance(a, b, limit) <= limit) return "transliteration";
  if (editDistance(a, b, 1) <= 1) return "typo";
  return null;
}

/**
 * Whether two names are spelling variants of one name, and why. Names must have the same significant words;
 * a single-word name may only be a transliteration of at least five letters (typos of short names are too
 * often other names: Iran/Iraq).
 */
export function nameVariant(a: string, b: string): VariantReason | null {
  return tokensVariant(variantTokens(a), variantTokens(b));
}

/** nameVariant for names already split by variantTokens. */
export function tokensVariant(ta: readonly string[], tb: readonly string[]): VariantReason | null {
  if (ta.length === 0 || ta.length !== tb.length) return null;
  let worst: VariantReason = "normalised";
  let exact = 0;
  for (let i = 0; i < ta.length; i++) {
    const v = tokenVariant(ta[i] as string, tb[i] as string, ta.length > 1);
    if (!v) return null;
    if (v === "normalised") exact++;
    else if (v === "typo" || worst === "normalised") worst = v;
  }
  if (ta.length === 1) {
    if (worst === "typo") return null;
    if (worst === "transliteration" && Math.min((ta[0] as string).length, (tb[0] as string).length) < 5) return null;
  } else if (exact === 0) {
    // Every word respelt is more likely a different name than the same one.
    return null;
  }
  return worst;
}

/** Small words that two spellings of one long name may differ by: "Bureau of/for Coastal Surveys". */
const LINK_WORDS: ReadonlySet<string> = new Set(["of", "the", "and", "for", "on", "in"]);

/**
 * Whether two keys (lexicon ids or folded names) spell one long name: at least half the words of the shorter are in
 * the other, a word matching its abbreviation ("Corp", "Corporation"). "Harbour Pilots Association" and
 * "Heritage Preservation Alliance" share none.
 */
export function sameWords(a: string, b: string): boolean {
  // A key is "kind:slug" or "name:folded name": the part before the colon is no word of the name.
  const words = (key: string): string[] => key.slice(key.indexOf(":") + 1).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !LINK_WORDS.has(w));
  const [x, y] = [words(a), words(b)];
  const [few, many] = x.length <= y.length ? [x, y] : [y, x];
  if (few.length === 0) return false;
  const shared = few.filter((w) => many.some((v) => v === w || (Math.min(v.length, w.length) >= 3 && (v.startsWith(w) || w.startsWith(v))))).length;
  return shared * 2 >= few.length;
}
