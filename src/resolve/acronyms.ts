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

/** Finds "LONG NAME (ACRO)" in one document. `acronymMention` is the mention covering the acronym, if any. */
export function findAcronymDefinitions(tokens: readonly Token[], mentions: readonly Mention[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of mentions) {
    if (m.demonym) continue;
    const open = tokens[m.endToken];
    const acro = tokens[m.endToken + 1];
    const close = tokens[m.endToken + 2];
    if (open?.text !== "(" || close?.text !== ")" || !acro || !isAcronymToken(acro.text)) continue;
    if (acronymFits(acro.text, m.surface)) out.push({ acronym: acro.text, mention: m });
  }
  return out;
}
