// Acronyms defined in the text: "Syrian Democratic Forces (SDF)". The acronym becomes an alias of the long name,
// and its later bare uses in the same corpus become mentions of the same entity.
import type { Token } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";

/** Words acronyms usually skip: "Organisation for the Prohibition of Chemical Weapons" is OPCW. */
const SKIPPED = new Set(["of", "the", "for", "and", "al", "el", "de", "du", "la", "le", "on", "in", "to", "a", "an", "&"]);

export function isAcronymToken(text: string): boolean {
  return /^[\p{Lu}][\p{Lu}\d]{1,7}$/u.test(text);
}

/** Whether the acronym's letters are the initials (in order) of the name's words and their hyphen parts. */
export function acronymFits(acronym: string, name: string): boolean {
  const words = name.split(/[\s\-’']+/).filter((w) => w.length > 0);
  const initials = words.map((w) => w[0]?.toLowerCase() ?? "");
  const significant = words.filter((w) => !SKIPPED.has(w.toLowerCase())).map((w) => w[0]?.toLowerCase() ?? "");
  const letters = acronym.toLowerCase().replace(/\d/g, "");
  if (letters === significant.join("")) return true;
  if (prefixAcronym(letters, words.map((w) => w.toLowerCase()))) return true;
  // Letters may also skip some words, but must start at the first word and use each initial at most once.
  if (letters[0] !== initials[0]) return false;
  let j = 0;
  for (const initial of initials) if (j < letters.length && initial === letters[j]) j++;
  return j === letters.length && letters.length >= Math.min(2, significant.length) && letters.length >= significant.length - 1;
}

export interface AcronymDefinition {
  acronym: string;
  /** The mention the acronym abbreviates. */
  mention: Mention;
}

/** Finds "LONG NAME (ACRO)" and "LONG NAME's (ACRO)" in one document. */
export function findAcronymDefinitions(tokens: readonly Token[], mentions: readonly Mention[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of mentions) {
    if (m.demonym) continue;
    // "Norvanian Maritime Forces Southern Command 's ( MARSOUTH )": the possessive may come first.
    const at = /^(?:'s|’s)$/.test(tokens[m.endToken]?.text ?? "") ? m.endToken + 1 : m.endToken;
    const open = tokens[at];
    const acro = tokens[at + 1];
    const close = tokens[at + 2];
    if (open?.text !== "(" || close?.text !== ")" || !acro || !isAcronymToken(acro.text)) continue;
    if (acronymFits(acro.text, m.surface)) out.push({ acronym: acro.text, mention: m });
  }
  return out;
}

/**
 * Acronyms built from word beginnings rather than initials: "MARSOUTH" is MARitime ... SOUTHern, "Interpol" is
 * INTERnational POLice. Letters are matched in order against prefixes of the words, and at least two words must
 * contribute.
 */
function prefixAcronym(letters: string, words: readonly string[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (i: number, w: number, used: number): boolean => {
    if (i === letters.length) return used >= 2;
    if (w >= words.length) return false;
    const key = `${i}:${w}:${Math.min(used, 2)}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[w] as string;
    let ok = false;
    for (let k = 1; !ok && k <= word.length && i + k <= letters.length && word[k - 1] === letters[i + k - 1]; k++) {
      ok = go(i + k, w + 1, used + 1);
    }
    // Any word may be left out ("Maritime Forces Southern Command" is MARSOUTH): the letters must still be used
    // up in order, by at least two words.
    if (!ok) ok = go(i, w + 1, used);
    memo.set(key, ok);
    return ok;
  };
  return letters.length >= 3 && go(0, 0, 0);
}
