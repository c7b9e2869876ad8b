// Fighters named by a people or sect the lexicon does not list as a state's demonym: "Kurdish fighters", "Shia
// militiamen", "Druze militias". Like "Turkish troops" (institutionCandidates, for the lexicon's demonyms), the
// phrase names an armed group; the word before the head alone is MISC.
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";

/** Head nouns of such groups. "Forces" and "rebels" are left out: "Kurdish rebels" is as often a description. */
const FIGHTER_HEADS: ReadonlySet<string> = new Set(["fighters", "militiamen", "militia", "militias"]);

export function fighterGroupCandidates(words: readonly Token[], base: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of base) {
    // A MISC name that is no actor: a people, sect or nationality the tagger found.
    if (c.coarse !== "MISC" || c.kind !== null) continue;
    const head = words[c.end];
    if (!head || !FIGHTER_HEADS.has(head.text)) continue;
    out.push({ first: c.first, end: c.end + 1, kind: "armed_group", coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}
