// The kind that the words around one name give it, whatever the tagger guessed from the name's shape: "carmaker
// Fiat", "Halver Bourse, the Norvanian stock exchange", "shares in Nokia", "Pernod said its", "the film Silver
// Harbour", "Christmas". Pure: reads the document's tokens only.
import type { Token } from "../model/document.ts";
import type { CoarseType, EntityKind } from "../model/ontology.ts";
import {
  LIST_HEADS, MARKET_PHRASES, NON_PERSON_FOLLOWERS, ORGANISATION_ATTRIBUTES, ORGANISATION_DESCRIPTORS, ORGANISATION_HEADS,
  NON_ORGANISATION_COMPOUNDS, POSSESSED_ATTRIBUTES,
} from "./organisation-cues.ts";
import { AGE_BEFORE, PERSON_NOUNS } from "./person-cues.ts";
import { OCCUPATION_WORDS } from "./cues.ts";
import {
  AWARD_CONTEXT_AFTER, AWARD_CONTEXT_BEFORE, AWARD_HEADS, AWARD_NAMES, HOLIDAY_CORES, HOLIDAY_PHRASES, HOLIDAY_WORDS, PARTY_NICKNAMES, WORK_NOUNS,
} from "./non-actor-cues.ts";

export interface KindCue {
  /** null: a name that is no actor (a holiday, an award, a work). */
  kind: EntityKind | null;
  coarse: CoarseType;
  /** The tagger's coarse types this cue overrules; a lexicon match is never overruled. */
  overrules: ReadonlySet<CoarseType>;
  /**
   * The tagger's coarse types whose vote, in the entity's kind, goes to this cue's kind without the mention being
   * overruled: "Boeing's board" does not make one mention of a name the tagger reads as a place an organisation, but
   * it counts for the organisation across the corpus.
   */
  sways: ReadonlySet<CoarseType>;
  /** Which cue it was, for tests and diagnostics. */
  cue: "holiday" | "award" | "work" | "quoted" | "party" | "company-head" | "descriptor" | "apposition" | "list" | "market" | "attribute" | "not-person" | "person";
}

const ANY: ReadonlySet<CoarseType> = new Set(["PER", "LOC", "ORG"]);
const NOT_PERSON: ReadonlySet<CoarseType> = new Set(["LOC", "ORG", "MISC"]);
const PERSON_OR_PLACE: ReadonlySet<CoarseType> = new Set(["PER", "LOC"]);
/** The tagger's MISC names too: it reads "US aircraft firm Boeing" as a product. */
const NOT_ORGANISATION: ReadonlySet<CoarseType> = new Set(["PER", "LOC", "MISC"]);
const PERSON: ReadonlySet<CoarseType> = new Set(["PER"]);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that"]);
/** Possessive determiners: "its 90-year-old Keller", a thing's age. */
const OWNERS: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our", "my", "your"]);
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", "’s", "'", "’"]);
const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', "“", "‘"]);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', "”", "’"]);
/** Words that end the noun phrase of an apposition: its head comes before them. */
const APPOSITION_STOPS: ReadonlySet<string> = new Set([
  "of", "which", "who", "that", "in", "and", "to", "for", "with", "behind", "based", "owned", "whose", "from", "at", "on", "by",
]);
const APPOSITION_WINDOW = 8;
/** Parts of speech that start a clause, not a noun phrase: "Brightdisc, have been courting small record labels". */
const CLAUSE_POS: ReadonlySet<string> = new Set(["VERB", "AUX", "PRON", "ADP", "SCONJ", "CCONJ"]);
const LIST_WINDOW = 16;
const COLLECTIVES: ReadonlySet<string> = new Set(["company", "group", "chain", "band", "network", "team", "side", "unit", "consortium", "partnership"]);
const COLLECTIVE_OWNERS: ReadonlySet<string> = new Set(["parent", "holding"]);
const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "or", "&", "-", "'s", "’s"]);

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
  if (!AWARD_NAMES.has(name) && !(words.length > 1 && AWARD_HEADS.has(head))) return false;
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
  const compound = hyphen ? `${lower(w, i - 2)}-${token.text}` : `${lower(w, i - 1)} ${token.text}`;
  return { word: token.text, compound, determined: DETERMINERS.has(lower(w, hyphen ? i - 3 : i - 1)) };
}

/**
 * "Halvorsen Bourse, the Norvanian stock exchange", "Tessaro, Norvania's biggest private employer", "X, parent company
 * of Y": the head of the noun phrase after the comma, the word before a stop, is a descriptor.
 */
function appositionCue(w: Window, end: number): boolean {
  if (lower(w, end) !== ",") return false;
  let i = end + 1;
  if (DETERMINERS.has(lower(w, i))) i++;
  else if (POSSESSIVES.has(lower(w, i + 1))) i += 2;
  else if ((w.tokens[i] as Token | undefined)?.pos === "VERB" || lower(w, i) !== (w.tokens[i] as Token | undefined)?.text) return false;
  for (let n = 0; n < APPOSITION_WINDOW && i < w.hi; n++, i++) {
    const word = lower(w, i);
    if (APPOSITION_STOPS.has(word) || (!isWord(w, i) && word !== "-") || CLAUSE_POS.has((w.tokens[i] as Token).pos)) return false;
    // "Hoddle, coaching the side for ...": a second article starts another phrase; the apposition was a clause.
    if (n > 0 && DETERMINERS.has(word)) return false;
    const next = lower(w, i + 1);
    const head = i + 1 >= w.hi || APPOSITION_STOPS.has(next) || (!isWord(w, i + 1) && next !== "-");
    // "a company of the Mountain Rangers", "a group of islands": a collective noun, unless it is "parent company of".
    const collective = next === "of" && COLLECTIVES.has(word) && !COLLECTIVE_OWNERS.has(lower(w, i - 1));
    if (head && !collective && ORGANISATION_DESCRIPTORS.has(word) && !NON_ORGANISATION_COMPOUNDS.has(`${lower(w, i - 2)}-${word}`)) return true;
  }
  return false;
}

/**
 * "firms including Suma", "companies such as Veltra, Orbix, Suma and Tamo", "labels, Red Harbor": a name in a list
 * led by a plural descriptor and "including", "such as", "like" or a comma.
 */
function listCue(w: Window, first: number): boolean {
  for (let i = first - 1, n = 0; i >= w.lo && n < LIST_WINDOW; i--, n++) {
    const word = lower(w, i);
    const introducer = word === "including" || word === "like" || (word === "as" && lower(w, i - 1) === "such");
    if (introducer) {
      let j = word === "as" ? i - 2 : i - 1;
      if (lower(w, j) === ",") j--;
      return LIST_HEADS.has(lower(w, j));
    }
    // "one of jazz's most respected labels, Red Harbor": the list follows its head noun and a comma.
    if (word === "," && LIST_HEADS.has(lower(w, i - 1))) return true;
    const token = w.tokens[i] as Token;
    const inList = LIST_JOINERS.has(word) || /^\p{Lu}/u.test(token.text) || /^\d/.test(token.text);
    if (!inList) return false;
  }
  return false;
}

/** "Veltra and other favoured companies", "Suma, Orbix and other firms": a name in a list closed by "other" firms. */
function trailingListCue(w: Window, end: number): boolean {
  for (let i = end, n = 0; i < w.hi && n < LIST_WINDOW; i++, n++) {
    const word = lower(w, i);
    if (word === "other") {
      // One adjective may come between: "other favoured companies".
      return LIST_HEADS.has(lower(w, i + 1)) || (isWord(w, i + 1) && LIST_HEADS.has(lower(w, i + 2)));
    }
    const token = w.tokens[i] as Token;
    if (!LIST_JOINERS.has(word) && !/^\p{Lu}/u.test(token.text)) return false;
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

/**
 * "14-year-old Karim", "one young girl, Hala, said", "author al-Mardini": an age, a noun for a person in apposition
 * (the name closed by a comma or the sentence's end), or an occupation right before a one-word name.
 */
function personCue(w: Window, first: number, end: number, words: readonly string[]): boolean {
  const previous = lower(w, first - 1);
  // "20-year-old Norwich striker X": the age is the noun phrase's, and the name only a modifier in it.
  const next = end < w.hi ? (w.tokens[end] as Token) : undefined;
  const endsPhrase = !next || (next.pos !== "NOUN" && next.pos !== "PROPN" && !/^\p{Lu}/u.test(next.text));
  // "the 233-year-old Barings", "a 10-year-old Mercedes": after an article the age is a thing's; a person's name
  // takes none.
  const ageAt = AGE_BEFORE.test(previous) ? first - 1 : previous === "old" && lower(w, first - 2) === "-" && lower(w, first - 3) === "year" ? first - 5 : -1;
  // The tokeniser may split the hyphens: "14 - year - old" (the age starts four tokens before "old").
  if (ageAt >= 0 && endsPhrase && !DETERMINERS.has(lower(w, ageAt - 1)) && !OWNERS.has(lower(w, ageAt - 1))) return true;
  if (previous === "," && PERSON_NOUNS.has(lower(w, first - 2)) && (lower(w, end) === "," || end >= w.hi)) return true;
  const before = nounBefore(w, first);
  // One word, hyphens and all ("al-Mardini"): before a longer name an occupation may belong to a firm ("analyst
  // Merrill Lynch").
  let oneWord = true;
  for (let i = first + 1; i < end; i++) if ((w.tokens[i] as Token).start !== (w.tokens[i - 1] as Token).end) oneWord = false;
  return oneWord && before !== null && OCCUPATION_WORDS.has(before.word);
}

/** Cues in the name and the noun phrase around it: strong enough to overrule a place. */
function organisationNameCue(w: Window, first: number, end: number, words: readonly string[]): KindCue["cue"] | null {
  if (words.length > 1 && (ORGANISATION_HEADS.has(words[words.length - 1] as string) || words.includes("&"))) return "company-head";
  const before = nounBefore(w, first);
  if (before && ORGANISATION_DESCRIPTORS.has(before.word) && !NON_ORGANISATION_COMPOUNDS.has(before.compound)) {
    // "the company Bill Gates founded": after a determiner, a full personal name is more likely a relative clause.
    if (!(before.determined && words.length > 1)) return "descriptor";
  }
  if (appositionCue(w, end)) return "apposition";
  if (listCue(w, first) || trailingListCue(w, end)) return "list";
  // "shares in Tervanto": the tagger reads a name after "in" as a place; a known place is a lexicon match, never overruled.
  if (MARKET_PHRASES.has(`${lower(w, first - 2)} ${lower(w, first - 1)}`)) return "market";
  return null;
}

/**
 * Cues in how the name is used: "X shares", "X's board". A place or an event is used so too ("Tokyo shares",
 * "Chicago's school board", "the Olympic squad"), so these overrule only a person.
 */
function organisationUseCue(w: Window, end: number): KindCue["cue"] | null {
  return ORGANISATION_ATTRIBUTES.has(lower(w, end)) || possessedCue(w, end) ? "attribute" : null;
}

/**
 * The cue, if any, that the words of the name [first, end) and those around it in the sentence [lo, hi) give.
 * Token indices are the document's.
 */
export function kindCue(tokens: readonly Token[], first: number, end: number, lo: number, hi: number): KindCue | null {
  const w: Window = { tokens, lo, hi };
  const words = tokens.slice(first, end).map((t) => t.text.toLowerCase());
  if (holidayCue(words)) return { kind: null, coarse: "MISC", overrules: ANY, sways: ANY, cue: "holiday" };
  if (awardCue(w, first, end, words)) return { kind: null, coarse: "MISC", overrules: ANY, sways: ANY, cue: "award" };
  if (words.length === 1 && PARTY_NICKNAMES.has(words[0] as string)) return { kind: "organization", coarse: "MISC", overrules: ANY, sways: ANY, cue: "party" };
  const before = nounBefore(w, first);
  if (before && WORK_NOUNS.has(before.word)) return { kind: null, coarse: "MISC", overrules: PERSON_OR_PLACE, sways: PERSON_OR_PLACE, cue: "work" };
  if (OPEN_QUOTES.has(lower(w, first - 1)) && CLOSE_QUOTES.has(lower(w, end))) return { kind: null, coarse: "MISC", overrules: PERSON, sways: PERSON, cue: "quoted" };
  if (personCue(w, first, end, words)) return { kind: "person", coarse: "PER", overrules: NOT_PERSON, sways: NOT_PERSON, cue: "person" };
  const named = organisationNameCue(w, first, end, words);
  if (named) return { kind: "organization", coarse: "ORG", overrules: NOT_ORGANISATION, sways: NOT_ORGANISATION, cue: named };
  const used = organisationUseCue(w, end);
  if (used) return { kind: "organization", coarse: "ORG", overrules: PERSON, sways: NOT_ORGANISATION, cue: used };
  // "Umbro, which", "Pernod said its": a person named in full is more often the start of a clause about something
  // else ("Anton Varga, which was the spark"), so only a one-word name is read so.
  const follower = lower(w, end) === "," ? `, ${lower(w, end + 1)}` : `${lower(w, end)} ${lower(w, end + 1)}`;
  // "a nephew of President Marlow, which plans": after a title or a preposition the clause is about the larger phrase.
  const previous = first > lo ? (tokens[first - 1] as Token) : undefined;
  const inPhrase = previous !== undefined && (previous.pos === "ADP" || /^\p{Lu}/u.test(previous.text));
  if (words.length === 1 && !inPhrase && NON_PERSON_FOLLOWERS.has(follower)) return { kind: "organization", coarse: "ORG", overrules: PERSON, sways: PERSON, cue: "not-person" };
  return null;
}
