// A state's territory named by its demonym is a place of that state: "Syrian territory", "Lebanese airspace", "the
// Turkish border". The phrase is a mention of the country (its lexicon entry), typed as a location, where the
// demonym alone would be MISC.
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";

/** Nouns for a state's land, air, sea and edges. */
const TERRITORY_HEADS: ReadonlySet<string> = new Set(["territory", "airspace", "border", "frontier", "soil", "waters"]);

export function territoryCandidates(words: readonly Token[], lexicon: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of lexicon) {
    if (!c.demonym || c.kind !== "country" || !TERRITORY_HEADS.has(words[c.end]?.text ?? "")) continue;
    const candidate: Candidate = { first: c.first, end: c.end + 1, kind: "country", coarse: "LOC", demonym: false, source: "pattern", priority: PRIORITY.institution };
    if (c.lexiconId) candidate.lexiconId = c.lexiconId;
    out.push(candidate);
  }
  return out;
}
