// Corrections of a tagged span's type from its own words and the words around it: the head noun of an organised
// body, a name made only of religions and peoples, a locative context, and titles that lead a person's name. Each
// reads the words as the recognisers see them (truecased in Title Case lines) and returns what it decided; the last
// widens a span to the whole words its ends lie in.
import type { Token } from "../model/document.ts";
import {
  BODY_HEADS, COMMON_ACRONYMS, GEOGRAPHIC_AFTER, IDENTITY_WORDS, LEADING_QUANTIFIERS, LOCATIVE_BEFORE, LOCATIVE_OF, OCCUPATION_WORDS, OFFICE_HEADS,
  LEGAL_TEXT_HEADS, PARTY_WORDS, PORTFOLIO_WORDS, RANK_TITLES, ROLE_WORDS, SEAT_WORDS, SETTLEMENT_NOUNS, THING_OCCUPATION_WORDS, WORK_WORDS,
} from "./cues.ts";

const at = (texts: readonly string[], i: number): string => (texts[i] ?? "").toLowerCase();

/** The first index from k on, before end, whose word is in none of `sets`. */
function skipWords(texts: readonly string[], k: number, end: number, ...sets: readonly ReadonlySet<string>[]): number {
  while (k < end && sets.some((set) => set.has(at(texts, k)))) k++;
  return k;
}

/** "Karsan Liberation Group", "the 5th Fleet", "Coalition": the name's last word heads an organised body. */
export function isBodyName(texts: readonly string[], first: number, end: number): boolean {
  return BODY_HEADS.has(at(texts, end - 1));
}

/**
 * "Sunni Arabs", "Many Arab": the first word of a name made only of religions and peoples (after a quantifier the
 * tagger glued on), or null when the span names something else.
 */
export function identityStart(texts: readonly string[], first: number, end: number): number | null {
  let k = first;
  while (k < end - 1 && LEADING_QUANTIFIERS.has(at(texts, k))) k++;
  for (let i = k; i < end; i++) if (!IDENTITY_WORDS.has(at(texts, i))) return null;
  return k;
}

/**
 * A name the text places on a map: "near Qarsa", "north of Aleppo", "the village of Dabir", "the Varro
 * depression". Only for spans tagged as people, which are the tagger's usual mistake with unfamiliar place names.
 */
export function inPlaceContext(texts: readonly string[], first: number, end: number): boolean {
  if (LOCATIVE_BEFORE.has(at(texts, first - 1))) return true;
  if (texts[first - 1] === "of" && LOCATIVE_OF.has(at(texts, first - 2))) return true;
  const after = texts[end] ?? "";
  return (after === after.toLowerCase() && GEOGRAPHIC_AFTER.has(after)) || describedAsPlace(texts, end);
}

/** Endings of adjectives of peoples and regions: "the Kurdish town", "the Arctic town", "a Moslem village". */
const ADJECTIVE_ENDING = /(?:an|ese|ish|ic|i|em)$/i;

/**
 * "the Al Qaim region", "the Hauran plain": a name the tagger reads as neither person, place nor organisation, right
 * before a lower-case geographic noun, names the place. An adjective there ("the Kurdish town") does not: the name
 * must not end as adjectives of peoples and regions do.
 */
export function beforeGeographicNoun(texts: readonly string[], end: number): boolean {
  const after = texts[end] ?? "";
  if (after !== after.toLowerCase() || !GEOGRAPHIC_AFTER.has(after)) return false;
  return !ADJECTIVE_ENDING.test(texts[end - 1] ?? "");
}

/** Words that may follow the noun of a place's description: "Zahra, an area outside Damascus". */
const AFTER_PLACE_NOUN = new Set(["in", "of", "near", "outside", "on", "north", "south", "east", "west", "about", "some", "where", ",", ".", ";"]);

/** ", an area outside Damascus", ", a small town in Anbar": an apposition that describes a place. */
function describedAsPlace(texts: readonly string[], end: number): boolean {
  if (texts[end] !== "," || !/^(?:a|an|the)$/i.test(texts[end + 1] ?? "")) return false;
  for (let k = end + 2; k <= end + 4; k++) {
    if (SETTLEMENT_NOUNS.has(texts[k] ?? "")) return AFTER_PLACE_NOUN.has(texts[k + 1] ?? ".");
  }
  return false;
}

/** Heads of a party's events, which no person's name holds. */
const EVENT_HEADS: ReadonlySet<string> = new Set(["conference", "convention", "congress", "rally", "conventions", "conferences"]);

/** The most words a name after a party may have: "Liberal Democrat Ann Marie Varga". */
const DEFAULT_NAME_AFTER_PARTY = 3;

/**
 * "Liberal Democrat Ann Varga", "Tory Piet Dorn": where a full name starts after the party before it, or `first`.
 * The name is two or three capitalised words, none of them a remit ("Labour Foreign Affairs") or the head of a body
 * or an event ("Liberal Party Congress").
 */
function afterParty(texts: readonly string[], first: number, end: number): number {
  const k = skipWords(texts, first, end, PARTY_WORDS);
  if (k === first || end - k < 2 || end - k > DEFAULT_NAME_AFTER_PARTY) return first;
  for (let i = k; i < end; i++) {
    const w = at(texts, i);
    if (!/^\p{Lu}\p{Ll}/u.test(texts[i] ?? "")) return first;
    if (PORTFOLIO_WORDS.has(w) || BODY_HEADS.has(w) || OFFICE_HEADS.has(w) || EVENT_HEADS.has(w)) return first;
  }
  return k;
}

/**
 * Where the name starts in a span led by titles ("Staff Major Hadi Sarraf", "Brig. Gen. Coe"), or null when the
 * span does not start with a title, is only titles, or ends in the head of an office or body ("Minister of Defence").
 */
export function afterTitles(texts: readonly string[], first: number, end: number): number | null {
  // "Tory MP Piet Dorn", "Lib Dem MP Ann Varga": a party before a seat is part of the title.
  let k = skipWords(texts, first, end, PARTY_WORDS);
  if (!SEAT_WORDS.has(at(texts, k))) k = first;
  k = skipWords(texts, k, end, RANK_TITLES, SEAT_WORDS);
  if (k === first) k = afterParty(texts, first, end);
  if (k === first || k === end) return null;
  const head = at(texts, end - 1);
  if (OFFICE_HEADS.has(head) || BODY_HEADS.has(head)) return null;
  // "Secretary General", "Minister of State": more of the title, no name.
  for (let i = k; i < end; i++) if (ROLE_WORDS.has(at(texts, i))) return null;
  return k;
}

/** Abbreviated titles, which never end a name or stand inside one: "Gov.", "Sen.", "Gen.", "Dr.". */
const ABBREVIATED_TITLE = /^(?:gov|sen|rep|gen|lt|col|capt|sgt|adm|maj|cpl|pvt|spc|rev|insp|supt|mr|mrs|ms|dr|prof|brig)\.$/i;

/**
 * Where the name starts in a person's span with an abbreviated title inside it ("Ohio Gov. Ruth Calder",
 * "Brig. Gen. Coe"), or null when there is none past the first word: what stands before the title is a place or
 * another title, not part of the name.
 */
export function afterInnerTitle(texts: readonly string[], first: number, end: number): number | null {
  for (let k = end - 2; k > first; k--) {
    if (ABBREVIATED_TITLE.test(texts[k] ?? "")) return k + 1;
    // The tokeniser may split the full stop off: "Gov" ".".
    if (texts[k] === "." && k - 1 > first && ABBREVIATED_TITLE.test(`${texts[k - 1] ?? ""}.`)) return k + 1;
  }
  return null;
}

/** The first word of a person's name after occupations written before it ("Sprinter Dana Whitlow"), or null when
 * nothing but occupations is left. */
export function withoutOccupation(texts: readonly string[], first: number, end: number): number | null {
  const k = skipWords(texts, first, end, OCCUPATION_WORDS, THING_OCCUPATION_WORDS);
  return k < end ? k : null;
}

/**
 * "Varn Party MP Ann Varga": where a seat word stands inside a span, between a party's name and a member's full name
 * (two or three capitalised words), or null.
 */
export function seatInside(texts: readonly string[], first: number, end: number): number | null {
  for (let k = first + 1; k < end - 2; k++) {
    if (!SEAT_WORDS.has(at(texts, k)) || end - k - 1 > DEFAULT_NAME_AFTER_PARTY) continue;
    if (texts.slice(k + 1, end).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return k;
  }
  return null;
}

/**
 * The first word of a person's name after a party or seat written before it ("Tory Piet Dorn", "MP Ann Varga"), or
 * null when the span is nothing but a party ("Lib Dem").
 */
export function withoutAffiliation(texts: readonly string[], first: number, end: number): number | null {
  const k = skipWords(texts, first, end, PARTY_WORDS, SEAT_WORDS);
  return k < end ? k : null;
}

/**
 * "Labour Minister Ivo Stel", "Finance Secretary X": a remit before a capitalised office is the office's, not a
 * party or a place, whatever the tagger read.
 */
export function isRemitOfOffice(texts: readonly string[], first: number, end: number): boolean {
  if (texts[end] !== "Minister" && texts[end] !== "Secretary") return false;
  for (let i = first; i < end; i++) if (!PORTFOLIO_WORDS.has(at(texts, i))) return false;
  return true;
}

/** "a VBIED", "IEDs", "on DVD", "the PM": a span made only of acronyms of things names no actor. */
export function isCommonAcronym(texts: readonly string[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (!COMMON_ACRONYMS.has(at(texts, i))) return false;
  return true;
}

/** "Greenwich Mean Time", "Eastern Standard Time": a time zone, never a person. */
export function isTimeZone(texts: readonly string[], first: number, end: number): boolean {
  return end - first > 1 && at(texts, end - 1) === "time" && /^\p{Lu}/u.test(texts[end - 1] ?? "");
}

/**
 * "Minister for the Caribbean Gareth Pellow": where the holder's name starts in a span that begins with the remit
 * of an office, when the remit is a known place (`remitEnd`, one past it) and two words or more follow it. Null when
 * no office title with "for" or "of" stands before the span.
 */
export function afterPlaceRemit(texts: readonly string[], first: number, end: number, remitEnd: number): number | null {
  if (end - remitEnd < 2) return null;
  let k = first - 1;
  if (at(texts, k) === "the") k--;
  if (at(texts, k) !== "for" && at(texts, k) !== "of") return null;
  const title = at(texts, k - 1);
  if (!ROLE_WORDS.has(title) || title === "the" || title === "of" || title === "for" || title === "and") return null;
  for (let i = remitEnd; i < end; i++) if (!/^\p{Lu}/u.test(texts[i] ?? "")) return null;
  // "commander for the Nineveh Operational Command": the rest is a body, not a holder.
  const head = at(texts, end - 1);
  return BODY_HEADS.has(head) || OFFICE_HEADS.has(head) ? null : remitEnd;
}

/** "the Book of Revelation", "the Ostrani Grey Book": a written work, MISC as in CoNLL-2003. */
export function isWorkTitle(texts: readonly string[], first: number, end: number): boolean {
  return end - first > 1 && (WORK_WORDS.has(at(texts, first)) || WORK_WORDS.has(at(texts, end - 1)));
}

/** Services that may stand before a rank: "Army Lt. Gen.", "Navy Capt.". */
const SERVICES: ReadonlySet<string> = new Set(["army", "navy", "marine", "marines", "air", "force"]);

/**
 * Abbreviated ranks as written before a name, with or without the full stop the tokeniser may split off: "Maj",
 * "Spc.". Only in that case: "SPC" in capitals is a company's acronym. Full ranks are left out, since some are
 * surnames ("Major").
 */
const RANK_ABBREVIATION = /^(?:Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cpl|Pvt|Spc|Brig|Cmdr|Cdr|Sfc|Ssgt)\.?$/;

/**
 * "Army Lt.", "Maj", "Spc": a span made only of a service and ranks names nobody; the name comes after it
 * ("Army Lt. Gen. Jon Harrow"). The tagger reads a capitalised abbreviation before a name as part of one.
 */
export function isRankOnly(texts: readonly string[], first: number, end: number): boolean {
  let rank = false;
  for (let i = first; i < end; i++) {
    const word = texts[i] ?? "";
    if (RANK_ABBREVIATION.test(word)) rank = true;
    else if (!SERVICES.has(word.toLowerCase()) && word !== ".") return false;
  }
  return rank;
}

/**
 * Abbreviated months and weekdays, in tables and datelines ("Jul 12", "Dec 10", "Fri"). Not "Sat", "Sun", and not
 * in capitals: "DEC" is an acronym.
 */
const CALENDAR_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri)\.?$/;

/**
 * "Jul 12", "10 Dec.": an abbreviated month or weekday next to a number is a date, no name. Alone it may be one
 * ("the Dec" is how some outlets write the Disasters Emergency Committee).
 */
export function isCalendarAbbreviation(texts: readonly string[], first: number, end: number): boolean {
  return end - first === 1 && CALENDAR_ABBREVIATION.test(texts[first] ?? "") && (/^\d/.test(texts[first - 1] ?? "") || /^\d/.test(texts[end] ?? ""));
}

/** A personal pronoun with or without its contracted verb: "I", "I'm", "We've", "It's". Not in capitals: "IT". */
const PRONOUN = /^(?:I|We|You|He|She|They|It)(?:['’](?:m|re|ve|ll|d|s))?$/;
const CONTRACTION = /^['’](?:m|re|ve|ll|d|s)$/i;

/** "I'm thinking": a pronoun the tagger read as a name because it is capitalised, and no name at all. */
export function isPronounSpan(texts: readonly string[], first: number, end: number): boolean {
  if (!PRONOUN.test(texts[first] ?? "")) return false;
  for (let i = first + 1; i < end; i++) if (!CONTRACTION.test(texts[i] ?? "")) return false;
  return true;
}

/** A subject pronoun after a comma: "..., we", "..., they". */
const SUBJECT_AFTER_COMMA = /^(?:we|they|he|she|it|you|I)$/;

/**
 * "United, we will prevail", "Together, they ...": the sentence's one opening word set off by a comma before the
 * subject is an adverbial, however the tagger reads its capital.
 */
export function isOpeningAdverbial(texts: readonly string[], first: number, end: number): boolean {
  return first === 0 && end === 1 && texts[1] === "," && SUBJECT_AFTER_COMMA.test(texts[2] ?? "");
}

/** Participles that open a sentence with where someone or something is from: "Born in Kelby, X ...". */
const OPENING_PARTICIPLES: ReadonlySet<string> = new Set([
  "born", "based", "raised", "educated", "trained", "founded", "located", "headquartered", "stationed", "situated",
]);

/** "Born in Kelby, X moved ...", "Based in Kelby, the firm ...": a sentence-opening participle is no name. */
export function isOpeningParticiple(texts: readonly string[], first: number, end: number): boolean {
  return first === 0 && end === 1 && OPENING_PARTICIPLES.has(at(texts, 0)) && /^(?:in|at|on|near)$/.test(texts[1] ?? "");
}

/**
 * "the Law of Armed Conflict", "the UN Security Council Resolutions", "the Patriot Act": a law or other legal text,
 * MISC as in CoNLL-2003. "Law" alone may be a surname ("Denis Law"), so it counts only before "of".
 */
export function isLegalText(texts: readonly string[], first: number, end: number): boolean {
  if (end - first < 2) return false;
  const head = texts[end - 1] ?? "";
  if (/^\p{Lu}/u.test(head) && LEGAL_TEXT_HEADS.has(head.toLowerCase())) return true;
  return texts[first] === "Law" && texts[first + 1] === "of";
}

/** Languages a term is given in, in brackets: "(Kitêba Zêrîn in Kurdish)". */
const LANGUAGES: ReadonlySet<string> = new Set([
  "arabic", "kurdish", "persian", "farsi", "turkish", "hebrew", "urdu", "pashto", "dari", "aramaic", "syriac",
  "russian", "french", "german", "spanish", "latin", "greek", "chinese",
]);

/**
 * "(Kiteba Rash in Kurdish)": a term in brackets given in a language is the bracketed thing's name in that language,
 * not a person the tagger took it for.
 */
export function isForeignTerm(texts: readonly string[], first: number, end: number): boolean {
  return texts[first - 1] === "(" && texts[end] === "in" && LANGUAGES.has((texts[end + 1] ?? "").toLowerCase());
}

/** Posts that only a company or other organisation has, not a place: "Varco spokesman Ann Pell". */
const COMPANY_POSTS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "ceo", "boss", "analyst", "economist",
]);

/**
 * "Varco spokesman Ann Pell said": a name the tagger read as a place, right before a company's post and a
 * capitalised name, is the company. Places have governors and mayors, not spokesmen and chairmen.
 */
export function isCompanyBeforePost(texts: readonly string[], end: number): boolean {
  return COMPANY_POSTS.has((texts[end] ?? "").toLowerCase()) && /^\p{Lu}/u.test(texts[end + 1] ?? "");
}

/** The span widened to the whole words its ends lie in: letters glued to its first or last token belong to it. */
export function wholeWords(words: readonly Token[], first: number, end: number): [number, number] {
  const glued = (a: Token | undefined, b: Token | undefined): boolean =>
    !!a && !!b && a.end === b.start && /\p{L}$/u.test(a.text) && /^\p{L}/u.test(b.text);
  while (first > 0 && glued(words[first - 1], words[first])) first--;
  while (end < words.length && glued(words[end - 1], words[end])) end++;
  return [first, end];
}
