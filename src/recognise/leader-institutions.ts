// Institutions named after the person who leads them: "the Assad regime", "the Obama administration", "Haftar
// forces", "Assad's forces". The person's name with the head after it is one organisation (or armed group), not the
// person.
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";

const HEADS: Readonly<Record<string, "organization" | "armed_group">> = {
  regime: "organization",
  administration: "organization",
  government: "organization",
  forces: "armed_group",
  loyalists: "armed_group",
};

/**
 * After a possessive, only the heads of a ruler's own power: "Assad's forces", "Assad's brutal regime". "Netanyahu's
 * government" is as often the cabinet a person leads, which news text names by the person.
 */
const POSSESSED_HEADS: Readonly<Record<string, "organization" | "armed_group">> = {
  regime: "organization",
  forces: "armed_group",
  loyalists: "armed_group",
  militia: "armed_group",
  militias: "armed_group",
};
/** The possessive as the tokeniser splits it off: "'s", or "'" after a name ending in s. */
const POSSESSIVE = /^['’]s?$/;

/** "Assad's forces", "Assad's brutal regime": one past the head after the person's possessive and its kind, or null. */
function possessedHead(words: readonly Token[], end: number): { end: number; kind: "organization" | "armed_group" } | null {
  let k = end;
  if (!POSSESSIVE.test(words[k]?.text ?? "")) return null;
  k++;
  // One adjective may come between: "brutal", "loyal".
  const word = words[k]?.text ?? "";
  if (!Object.hasOwn(POSSESSED_HEADS, word) && /^\p{Ll}+$/u.test(word) && words[k]?.pos === "ADJ") k++;
  const head = words[k]?.text ?? "";
  return Object.hasOwn(POSSESSED_HEADS, head) ? { end: k + 1, kind: POSSESSED_HEADS[head] as "organization" | "armed_group" } : null;
}

export function leaderInstitutionCandidates(words: readonly Token[], base: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of base) {
    if (c.kind !== "person") continue;
    const possessed = possessedHead(words, c.end);
    if (possessed) {
      out.push({ first: c.first, end: possessed.end, kind: possessed.kind, coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
      continue;
    }
    const head = words[c.end];
    // Written in lower case: "the Assad Government" is more often a name of its own, which the tagger reads whole.
    const kind = head && head.text === head.text.toLowerCase() ? HEADS[head.text] : undefined;
    if (!kind) continue;
    out.push({ first: c.first, end: c.end + 1, kind, coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}
