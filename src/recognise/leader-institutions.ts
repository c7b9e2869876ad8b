// Institutions named after the person who leads them: "the Assad regime", "the Obama administration", "Haftar
// forces". The person's name with the head after it is one organisation (or armed group), not the person.
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";

const HEADS: Readonly<Record<string, "organization" | "armed_group">> = {
  regime: "organization",
  administration: "organization",
  government: "organization",
  forces: "armed_group",
  loyalists: "armed_group",
};

export function leaderInstitutionCandidates(words: readonly Token[], base: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of base) {
    if (c.kind !== "person") continue;
    const head = words[c.end];
    // Written in lower case: "the Assad Government" is more often a name of its own, which the tagger reads whole.
    const kind = head && head.text === head.text.toLowerCase() ? HEADS[head.text] : undefined;
    if (!kind) continue;
    out.push({ first: c.first, end: c.end + 1, kind, coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}
