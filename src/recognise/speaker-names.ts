// The speaker named after a quote: '"We planted the field," says Hala, as she ...'. An unfamiliar given name there
// is left untagged by the tagger, which learnt speakers mostly from full names; after a quote and a verb of saying,
// a capitalised name that ends the clause is the person who spoke. It only fills gaps: a name any recogniser found
// keeps its reading.
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";
import { CALENDAR_WORDS } from "./cues.ts";
import { isRankOnly } from "./span-context.ts";

const SAYING = new Set(["says", "said", "adds", "added", "explains", "explained", "recalls", "recalled", "asks", "asked"]);
const CLOSING = new Set([",", '"', "”", "''", "'", "’"]);
const CLAUSE_END = new Set([",", ".", ";", ":", "!", "?"]);
/** How many words the speaker's name may have. */
const MAX_WORDS = 3;

const isNameWord = (t: Token | undefined): boolean => !!t && /^\p{Lu}\p{Ll}/u.test(t.text) && t.pos === "PROPN";

export function speakerCandidates(words: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    if (!SAYING.has(words[i]?.text ?? "") || !CLOSING.has(words[i - 1]?.text ?? "")) continue;
    let j = i + 1;
    while (j < words.length && j - i <= MAX_WORDS && isNameWord(words[j]) && !CALENDAR_WORDS.has((words[j] as Token).text.toLowerCase())) j++;
    if (j === i + 1 || !CLAUSE_END.has(words[j]?.text ?? ".")) continue;
    // '," said Maj. Gen. Ada Voss': an abbreviated rank, and the name comes after it.
    if (isRankOnly(words.map((w) => w.text), i + 1, j)) continue;
    out.push({ first: i + 1, end: j, kind: "person", coarse: "PER", demonym: false, source: "pattern", priority: PRIORITY.titled });
  }
  return out;
}
