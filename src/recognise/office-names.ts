// Names of offices and bodies built as "X for/of/on Y": "UN High Commissioner for Refugees", "Ministry of
// Defence", "Committee on Foreign Relations". The tagger learnt from text where a title before "of" is followed by
// a person ("Minister of Finance Bill Birch"), so it splits such names at the preposition and types the remit on its
// own, often as a person ("Human Rights"). Read as one pattern, the whole name is one organisation.
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";
import { CAPITALISED, HAS_LOWER, letterCase } from "./letter-case.ts";
import { ARMED_GROUP_HEADS, CALENDAR_WORDS, LEADING_PREPOSITIONS, OFFICE_HEADS, OFFICE_LINKS, PERSON_TITLES, REMIT_CONNECTORS } from "./cues.ts";

/** How many capitalised words may stand before the head: "UN High Commissioner", "US Federal Reserve Board". */
const DEFAULT_LEFT_WORDS = 4;
/** How many words the remit may have: "Coordination of Humanitarian Affairs", "Health and Human Services". */
const DEFAULT_REMIT_WORDS = 8;

/** Words that start a sentence or a phrase in capitals but are no part of a name before them. */
const NOT_NAME_WORDS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"]);

/** Parts of speech of the words of a name before its head: "UN High Commissioner", "US Federal Reserve Board". */
const NAME_POS = new Set(["PROPN", "ADJ", "NOUN"]);

const isCapitalised = (w: string | undefined): boolean => !!w && (letterCase(w) & CAPITALISED) !== 0;
/** Capitalised with lower-case letters: a word of a name, not of a line written in capitals ("MINISTRY OF DEFENCE SAYS"). */
const isNameWord = (w: string | undefined): boolean => !!w && (letterCase(w) & (CAPITALISED | HAS_LOWER)) === (CAPITALISED | HAS_LOWER);

/**
 * Office names around each "for", "of" or "on" that follows a capitalised office head. `texts` are the words as the
 * recognisers read them (truecased in Title Case lines); `base` holds the lexicon's and the tagger's names.
 */
export function officeCandidates(texts: readonly string[], words: readonly Token[], base: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let link = 1; link + 1 < texts.length; link++) {
    const head = texts[link - 1];
    if (!OFFICE_LINKS.has(texts[link] as string) || !isNameWord(head) || !OFFICE_HEADS.has((head as string).toLowerCase())) continue;
    const first = nameStart(texts, words, link, base);
    const end = remitEnd(texts, link + 1, base);
    if (end === null) continue;
    // The lexicon knows this body by a name of its own ("British Ministry of Defence"), or the tagger already read
    // the whole of it ("Supreme Council for the Islamic Revolution in Iraq"): their span is better than a pattern's.
    const known = base.some(
      (c) => c.first <= link - 1 && link - 1 < c.end && (c.source === "lexicon" || (c.coarse === "ORG" && c.first <= first && c.end >= end)),
    );
    if (known) continue;
    const kind = ARMED_GROUP_HEADS.has((head as string).toLowerCase()) ? "armed_group" : "organization";
    out.push({ first, end, kind, coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}

/** The first word of the name whose head stands right before `link`: "UN High Commissioner", "Ministry". */
function nameStart(texts: readonly string[], words: readonly Token[], link: number, base: readonly Candidate[]): number {
  let first = link - 1;
  while (first > 0 && link - first < DEFAULT_LEFT_WORDS + 1) {
    const w = texts[first - 1] as string;
    const lw = w.toLowerCase();
    // "Nine Bank of America ...": a number or a verb that opens the sentence is no modifier of the name.
    if (!isCapitalised(w) || NOT_NAME_WORDS.has(lw) || LEADING_PREPOSITIONS.has(lw) || !NAME_POS.has(words[first - 1]?.pos ?? "")) break;
    // A person before the office is its holder or speaker, not part of its name.
    if (base.some((c) => c.kind === "person" && c.first <= first - 1 && first - 1 < c.end)) break;
    first--;
  }
  return first;
}

/**
 * One past the last word of the remit that starts at `from` ("the Coordination of Humanitarian Affairs"); null when
 * there is none, or when the remit is a person ("the Office of Amal Haddad").
 */
function remitEnd(texts: readonly string[], from: number, base: readonly Candidate[]): number | null {
  let k = from;
  if (texts[k]?.toLowerCase() === "the") k++;
  const start = k;
  let end = start;
  while (k < texts.length && k - start < DEFAULT_REMIT_WORDS) {
    const w = texts[k] as string;
    // A name the tagger reads as a person ends the remit ("for Refugees Amina Hadid"); one word alone is more likely
    // a remit word it misread ("Commission on Presidential Debates").
    const person = base.find((c) => c.kind === "person" && c.first === k && (c.source !== "model" || c.end - c.first > 1));
    if (person) {
      if (k === start) return null;
      break;
    }
    if (isNameWord(w)) {
      // "Bank of Norvania Governor Erik Dahl": a title before a name ends the remit.
      if (PERSON_TITLES.has(w.toLowerCase()) && isCapitalised(texts[k + 1])) break;
      if (CALENDAR_WORDS.has(w.toLowerCase().replace(/s$/, ""))) break;
      end = ++k;
      continue;
    }
    if (!REMIT_CONNECTORS.has(w.toLowerCase()) || end === start) break;
    if (w.toLowerCase() === "and" && startsSecondBody(texts, k + 1)) break;
    k++;
  }
  return end > start ? end : null;
}

/**
 * "the Ministry of Transport and the Harbour Safety Commission": "and the" before a name with an office
 * head of its own joins a second body; "for Norvania and the Outer Isles" goes on with the remit.
 */
function startsSecondBody(texts: readonly string[], from: number): boolean {
  if (texts[from]?.toLowerCase() !== "the") return false;
  for (let k = from + 1; k < texts.length && k - from <= DEFAULT_REMIT_WORDS; k++) {
    const w = texts[k] as string;
    if (OFFICE_HEADS.has(w.toLowerCase()) && isNameWord(w)) return true;
    if (!isNameWord(w) && w !== "and") return false;
  }
  return false;
}
