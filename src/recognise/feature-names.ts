// Places named "<feature> of <name>": "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal", "Isle of Man". The
// feature and the name after "of" are one place, though the lexicon knows "Gulf" and "Aden" apart and the tagger
// may read "Bay of Biscay" as an office "X of Y".
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";
import { CAPITALISED, letterCase } from "./letter-case.ts";

/** Geographic features written before "of" and the name. */
const FEATURES: ReadonlySet<string> = new Set([
  "gulf", "bay", "sea", "strait", "straits", "isle", "isles", "cape", "lake", "mount", "horn", "shatt",
]);

/** How many capitalised words may follow "of": "Cape of Good Hope". */
const MAX_NAME_WORDS = 3;

const isCapitalised = (t: Token | undefined): boolean => !!t && (letterCase(t.text) & CAPITALISED) !== 0;

export function featureNameCandidates(words: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const feature = words[i] as Token;
    if (!isCapitalised(feature) || !FEATURES.has(feature.text.toLowerCase()) || words[i + 1]?.text !== "of") continue;
    let j = i + 2;
    if (words[j]?.text === "the") j++;
    const start = j;
    while (j < words.length && j - start < MAX_NAME_WORDS && isCapitalised(words[j])) j++;
    if (j === start) continue;
    out.push({ first: i, end: j, kind: "place", coarse: "LOC", demonym: false, source: "pattern", priority: PRIORITY.feature });
  }
  return out;
}
