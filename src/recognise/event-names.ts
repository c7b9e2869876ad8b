// Names of sporting events led by a place are events, MISC as in CoNLL-2003, not the place: "the U.S. Open", "the
// Hong Kong Open", "the Monaco Grand Prix", "the Asian Cup". Read as one name, they outrank the lexicon's place.
import { type Candidate, PRIORITY } from "./candidate.ts";

/** Last words of event names, in lower case; "grand prix" is two words. */
const EVENT_HEADS: ReadonlySet<string> = new Set(["open", "opens", "championship", "championships", "prix", "masters", "cup", "marathon", "games"]);

/** A word of a name written with lower-case letters ("Tennis"), or an event word in a line in capitals ("OPEN"). */
function inEventName(text: string | undefined): boolean {
  if (!text || !/^\p{Lu}/u.test(text)) return false;
  // In a headline in capitals every word is capitalised: "ORVALE BEAT DUNMARSH IN WORLD CUP QUALIFIER".
  const lower = text.toLowerCase();
  return /\p{Ll}/u.test(text) || EVENT_HEADS.has(lower) || lower === "grand";
}

/**
 * Event names made of a place (or demonym) the lexicon or tagger found, any capitalised words after it, and an event
 * head: "U.S. Open", "Kelby Open Tennis Championships", "Monaco Grand Prix". `texts` are the words as the recognisers
 * read them: truecased in Title Case lines, so that "Varnia Open To Talks" has the verb "open". `places` are the
 * candidates found so far.
 */
export function eventNameCandidates(texts: readonly string[], places: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of places) {
    if (p.coarse !== "LOC" && !p.demonym) continue;
    let k = p.end;
    let end = -1;
    while (k < texts.length && k - p.end < 4 && inEventName(texts[k])) {
      if (EVENT_HEADS.has((texts[k] as string).toLowerCase())) end = k + 1;
      k++;
    }
    // "the Kelby Open Tennis Championships": the longest event name; none when no head follows the place.
    if (end < 0) continue;
    out.push({ first: p.first, end, kind: null, coarse: "MISC", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}
