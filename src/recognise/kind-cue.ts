// The kind that the words around one name give it, whatever the tagger guessed from the name's shape: "carmaker
// Fiat", "Deutsche Boerse, the German stock exchange", "shares in Nokia", "Pernod said its", "the film Million Dollar
// Baby", "Christmas". Pure: reads the document's tokens only.
import type { Token } from "../model/document.ts";
import type { CoarseType, EntityKind } from "../model/ontology.ts";
import {
  MARKET_PHRASES, NON_PERSON_FOLLOWERS, ORGANISATION_ATTRIBUTES, ORGANISATION_DESCRIPTORS, ORGANISATION_HEADS,
  PERSON_COMPOUNDS, POSSESSED_ATTRIBUTES,
} from "./organisation-cues.ts";
import {
  AWARD_CONTEXT_AFTER, AWARD_CONTEXT_BEFORE, AWARD_NAMES, HOLIDAY_CORES, HOLIDAY_PHRASES, HOLIDAY_WORDS, PARTY_NICKNAMES, WORK_NOUNS,
} from "./non-actor-cues.ts";

export interface KindCue {
  /** null: a name that is no actor (a holiday, an award, a work). */
  kind: EntityKind | null;
  coarse: CoarseType;
  /** The tagger's coarse types this cue overrules; a lexicon match is never overruled. */
  overrules: ReadonlySet<CoarseType>;
  /** Which cue it was, for tests and diagnostics. */
  cue: "holiday" | "award" | "work" | "quoted" | "party" | "company-head" | "descriptor" | "apposition" | "market" | "attribute" | "not-person";
}

const ANY: ReadonlySet<CoarseType> = new Set(["PER", "LOC", "ORG"]);
const PERSON_OR_PLACE: ReadonlySet<CoarseType> = new Set(["PER", "LOC"]);
const PERSON: ReadonlySet<CoarseType> = new Set(["PER"]);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that"]);
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", "’s", "'", "’"]);
const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', "“", "‘"]);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', "”", "’"]);
/** Words that end the noun phrase of an apposition: its head comes before them. */
const APPOSITION_STOPS: ReadonlySet<string> = new Set([
  "of", "which", "who", "that", "in", "and", "to", "for", "with", "behind", "based", "owned", "whose", "from", "at", "on", "by",
]);
const APPOSITION_WINDOW = 8;

/** Reads tokens of one sentence only: [lo, hi) bounds every look-around. */
interface Window {
  tokens: readonly Token[];
  lo: number;
  hi: number;
}

const lower = (w: Window, i: number): string => (i >= w.lo && i < w.hi ? (w.tokens[i] as Token).text.toLowerCase() : "");
const isWord = (w: Window, i: number): boolean => /\p{L}/u.test(lower(w, i));

function holidayCue(words: readonly string[]): boolean {
  if (HOLIDAY_PHRASES.has(words.join(" ").replace(/ (['’]s)/g, "$1"))) return true;
  return words.every((x) => HOLIDAY_WORDS.has(x)) && words.some((x) => HOLIDAY_CORES.has(x));
}

function awardCue(w: Window, first: number, end: number, words: readonly string[]): boolean {
  const name = words.join(" ");
  const head = words[words.length - 1] ?? "";
  if (!AWARD_NAMES.has(name) && !(words.length > 1 && AWARD_NAMES.has(head))) return false;
  // "Oscar" alone may be a person's first name: only the prize's context makes it the prize.
  return words.length > 1 || AWARD_CONTEXT_BEFORE.has(lower(w, first - 1)) || AWARD_CONTEXT_AFTER.has(lower(w, end));
}

/** The noun right before the name (across "-" compounds), when it is a noun and written in lower case. */
function nounBefore(w: Window, first: number): { word: string; compound: string; determined: boolean } | null {
  const i = first - 1;
  if (i < w.lo) return null;
  const token = w.tokens[i] as Token;
  if (token.pos === "VERB" || token.text !== token.text.toLowerCase() || !isWord(w, i)) return null;
  const hyphen = lower(w, i - 1) === "-";
  const compound = hyphen ? `${lower(w, i - 2)}-${token.text}` : token.text;
  return { word: token.text, compound, determined: DETERMINERS.has(lower(w, hyphen ? i - 3 : i - 1)) };
}

/** "Deutsche Boerse, the German stock exchange", "Fiat, Italy's largest private sector employer". */
function appositionCue(w: Window, end: number): boolean {
  if (lower(w, end) !== ",") return false;
  let i = end + 1;
  if (DETERMINERS.has(lower(w, i))) i++;
  else if (POSSESSIVES.has(lower(w, i + 1))) i += 2;
  else return false;
  for (let n = 0; n < APPOSITION_WINDOW && i < w.hi; n++, i++) {
    const word = lower(w, i);
    if (APPOSITION_STOPS.has(word) || (!isWord(w, i) && word !== "-")) return false;
    if (ORGANISATION_DESCRIPTORS.has(word) && !POSSESSIVES.has(lower(w, i + 1)) && !PERSON_COMPOUNDS.has(`${lower(w, i - 2)}-${word}`)) return true;
  }
  return false;
}

/** "Fiat's board", "Inbev's pre-tax profits": up to two words between the "'s" and the noun. */
function possessedCue(w: Window, end: number): boolean {
  if (!POSSESSIVES.has(lower(w, end))) return false;
  for (let i = end + 1; i <= end + 3 && i < w.hi; i++) {
    const word = lower(w, i);
    if (POSSESSED_ATTRIBUTES.has(word)) return true;
    if (!isWord(w, i) && word !== "-") return false;
  }
  return false;
}

function organisationCue(w: Window, first: number, end: number, words: readonly string[]): KindCue["cue"] | null {
  if (words.length > 1 && (ORGANISATION_HEADS.has(words[words.length - 1] as string) || words.includes("&"))) return "company-head";
  const before = nounBefore(w, first);
  if (before && ORGANISATION_DESCRIPTORS.has(before.word) && !PERSON_COMPOUNDS.has(before.compound)) {
    // "the company Bill Gates founded": after a determiner, a full personal name is more likely a relative clause.
    if (!(before.determined && words.length > 1)) return "descriptor";
  }
  if (appositionCue(w, end)) return "apposition";
  if (MARKET_PHRASES.has(`${lower(w, first - 2)} ${lower(w, first - 1)}`)) return "market";
  if (ORGANISATION_ATTRIBUTES.has(lower(w, end)) || possessedCue(w, end)) return "attribute";
  return null;
}

/**
 * The cue, if any, that the words of the name [first, end) and those around it in the sentence [lo, hi) give.
 * Token indices are the document's.
 */
export function kindCue(tokens: readonly Token[], first: number, end: number, lo: number, hi: number): KindCue | null {
  const w: Window = { tokens, lo, hi };
  const words = tokens.slice(first, end).map((t) => t.text.toLowerCase());
  if (holidayCue(words)) return { kind: null, coarse: "MISC", overrules: ANY, cue: "holiday" };
  if (awardCue(w, first, end, words)) return { kind: null, coarse: "MISC", overrules: ANY, cue: "award" };
  if (words.length === 1 && PARTY_NICKNAMES.has(words[0] as string)) return { kind: "organization", coarse: "MISC", overrules: ANY, cue: "party" };
  const before = nounBefore(w, first);
  if (before && WORK_NOUNS.has(before.word)) return { kind: null, coarse: "MISC", overrules: PERSON_OR_PLACE, cue: "work" };
  if (OPEN_QUOTES.has(lower(w, first - 1)) && CLOSE_QUOTES.has(lower(w, end))) return { kind: null, coarse: "MISC", overrules: PERSON, cue: "quoted" };
  const organisation = organisationCue(w, first, end, words);
  if (organisation) return { kind: "organization", coarse: "ORG", overrules: PERSON_OR_PLACE, cue: organisation };
  const follower = lower(w, end) === "," ? `, ${lower(w, end + 1)}` : `${lower(w, end)} ${lower(w, end + 1)}`;
  if (NON_PERSON_FOLLOWERS.has(follower)) return { kind: "organization", coarse: "ORG", overrules: PERSON, cue: "not-person" };
  return null;
}
