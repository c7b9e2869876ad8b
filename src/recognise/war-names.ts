// Names of wars are events, MISC as in CoNLL-2003, not the places that name them: "the 1991 Gulf War", "the
// Iran-Iraq War", "World War Two", "the War of Spanish Succession". Read as one name, they outrank the lexicon's
// "Gulf" or "Iran" inside them.
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";

const WAR = new Set(["War", "Wars"]);
/** Numbers written after "World War". */
const WAR_NUMBERS = new Set(["I", "II", "One", "Two", "1", "2"]);
/** How many capitalised words may name the war before "War" or after "War of". */
const MAX_WORDS = 3;

const isNameWord = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && /\p{Ll}|^[A-Z]\.?$|\./u.test(t.text);
/** A hyphen glued to the words on both sides: "Iran-Iraq". */
const isGluedHyphen = (words: readonly Token[], i: number): boolean =>
  words[i]?.text === "-" && (words[i - 1] as Token | undefined)?.end === words[i]?.start && words[i + 1]?.start === words[i]?.end;

/** `texts` are the words as the recognisers read them: a Title Case line's "War" is "war" when the article writes it so. */
export function warNameCandidates(words: readonly Token[], texts: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (let w = 0; w < words.length; w++) {
    if (!WAR.has(texts[w] ?? "")) continue;
    let first = w;
    let named = 0;
    while (first > 0 && named < MAX_WORDS) {
      if (isNameWord(words[first - 1])) {
        first--;
        named++;
      } else if (isGluedHyphen(words, first - 1) && isNameWord(words[first - 2])) {
        first -= 2;
        named++;
      } else break;
    }
    let end = w + 1;
    if (WAR_NUMBERS.has(words[end]?.text ?? "")) end++;
    else if (words[end]?.text === "of") {
      let k = end + 1;
      if (words[k]?.text === "the") k++;
      const start = k;
      while (k < words.length && k - start < MAX_WORDS && isNameWord(words[k])) k++;
      if (k > start) end = k;
    }
    // "Civil War Conservation Corps": a longer name goes on after "War", and is the tagger's to read.
    if (end === w + 1 && isNameWord(words[end])) continue;
    if (first === w && end === w + 1) continue;
    out.push({ first, end, kind: null, coarse: "MISC", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}
