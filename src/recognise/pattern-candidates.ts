// Name spans found by patterns around other names: processes ("Astana talks"), institutions named by a demonym
// ("the Syrian government"), and capitalised names after a title ("Spokeswoman Maria Zakharova").
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";
import { CAPITALISED, letterCase } from "./letter-case.ts";
import {
  CALENDAR_WORDS, COMMON_ACRONYMS, INSTITUTION_HEADS, INSTITUTION_MODIFIERS, OCCUPATION_WORDS, PARTY_WORDS, PERSON_TITLES, PORTFOLIO_WORDS,
  PROCESS_HEADS, ROLE_WORDS, SEAT_WORDS, THING_OCCUPATION_WORDS,
} from "./cues.ts";

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");
// A token that starts with an upper-case letter has a letter, so the first test is the whole question.
const isCapitalised = (t: Token | undefined): boolean => !!t && (letterCase(t.text) & CAPITALISED) !== 0;

/** "Astana peace process", "Sochi summit", "September deal": a name (or capitalised month) before a process head. */
export function processCandidates(words: readonly Token[], base: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const starts: Array<{ first: number; end: number }> = base
    .filter((c) => c.kind === "place" || c.kind === "country" || c.kind === null)
    .map((c) => ({ first: c.first, end: c.end }));
  // Capitalised words that are no recognised name at all can still name a process ("Geneva", "September"); the
  // acronym of a thing cannot ("the DVD format").
  for (let i = 0; i < words.length; i++) {
    if (isCapitalised(words[i]) && i > 0 && !COMMON_ACRONYMS.has(lower(words[i])) && !base.some((c) => c.first <= i && i < c.end)) starts.push({ first: i, end: i + 1 });
  }
  for (const s of starts) {
    let j = s.end;
    if (lower(words[j]) === "peace") j++;
    const head = lower(words[j]);
    if (!PROCESS_HEADS.has(head)) continue;
    // The lexicon already knows this process by that name: keep its entry.
    if (base.some((c) => c.kind === "process" && c.first === s.first && c.end === j + 1)) continue;
    // "talks between" is an event noun phrase, not the name of a process; keep only when the head ends the phrase.
    out.push({ first: s.first, end: j + 1, kind: "process", coarse: "MISC", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}

/** "the Syrian government", "the Russian foreign ministry", "the Turkish military". */
export function institutionCandidates(words: readonly Token[], base: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of base) {
    if (!c.demonym) continue;
    let j = c.end;
    while (j < words.length && INSTITUTION_MODIFIERS.has(lower(words[j])) && j - c.end < 2) j++;
    let head = lower(words[j]);
    // "Syrian government forces", "Iraqi army troops": the institution is the last of two heads.
    if (INSTITUTION_HEADS[head] && INSTITUTION_HEADS[lower(words[j + 1])]) head = lower(words[++j]);
    const kind = INSTITUTION_HEADS[head];
    if (!kind) continue;
    // "Iraqi security force personnel", "Russian military personnel"; "British personnel" alone may be any staff.
    if (head === "personnel" && j === c.end) continue;
    // "Turkish military experts": the head is an adjective here, not the institution; a capitalised head right after
    // the demonym is the institution's name whatever follows ("a permanent Iraqi Army presence").
    const next = words[j + 1];
    if (next && (next.pos === "NOUN" || next.pos === "PROPN") && head !== "forces" && !(j === c.end && isCapitalised(words[j]))) continue;
    out.push({ first: c.first, end: j + 1, kind, coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}

/** A run of capitalised words right after a person title: "spokeswoman Maria Zakharova". */
export function titledPersonCandidates(words: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!PERSON_TITLES.has(lower(words[i]))) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 4 && isCapitalised(words[j]) && words[j]?.pos === "PROPN") j++;
    if (j - i >= 2) {
      out.push({ first: i + 1, end: j, kind: "person", coarse: "PER", demonym: false, source: "pattern", priority: PRIORITY.titled });
    }
  }
  return out;
}

/** Honorifics and titles that stand before a name but are not part of it: "Mr Blair" is Blair, "Gov. Ruth
 * Calder" is Ruth Calder, Governor, "Bishop Piet Dorn" is Piet Dorn, "Princess Ilsa" is Ilsa. */
const HONORIFICS = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "messrs", "gov.", "sen.", "rep.",
  "gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "maj.", "cpl.", "pvt.", "spc.", "rev.", "insp.", "supt.",
  "professor", "bishop", "rabbi", "pastor", "reverend", "congressman", "congresswoman", "assemblyman",
  "assemblywoman", "councillor", "councilman", "councilwoman", "alderman", "detective", "det.", "inspector",
  "prosecutor", "princess",
]);

/**
 * Styles of address. Before a one-word name they are how the person is known ("Lord Falconer" is not Falconer,
 * "Sir Alan" not Alan); before a full name they are not part of it ("Sister Ann Varga" is Ann Varga).
 */
const STYLES = new Set(["sir", "dame", "lord", "lady", "baroness", "baron", "father", "fr.", "sister", "brother", "cardinal"]);

/** Words that never start a person's name when they stand before it. */
const NOT_FIRST_NAMES: readonly ReadonlySet<string>[] = [
  PERSON_TITLES, ROLE_WORDS, HONORIFICS, OCCUPATION_WORDS, THING_OCCUPATION_WORDS, PARTY_WORDS, SEAT_WORDS,
  CALENDAR_WORDS, PORTFOLIO_WORDS,
];

/**
 * Extends person names leftwards over capitalised proper nouns the recognisers left out: a misspelt first name
 * ("Recept Tayyip Erdogan") or one the lexicon lacks ("Bashir al-Assad"). The resolver then decides which person
 * the fuller name is.
 */
export function extendPersonNames(words: readonly Token[], selected: readonly Candidate[]): Candidate[] {
  const absorbed = new Set<Candidate>();
  const out = selected.map((c) => {
    if (c.kind !== "person") return c;
    let first = c.first;
    while (first > 0 && c.end - first < 5) {
      const w = words[first - 1] as Token;
      const lw = w.text.toLowerCase();
      // "Minister of Finance Karl Osterberg": the remit before a holder's name is not a first name.
      // "Ohio Gov. Ruth Calder": an abbreviated title is no first name, and what stands before it is not either.
      // "Comedian Ann Varga", "Labour MP Piet Dorn", "Secretary of State Ann Varga": nor is an occupation, a
      // party or a seat, or a word of a title, even when the tagger read it as a name of its own.
      if (NOT_FIRST_NAMES.some((set) => set.has(lw))) break;
      const other = selected.find((o) => o !== c && o.first <= first - 1 && first - 1 < o.end);
      if (STYLES.has(lw)) {
        if (!other && c.end - first === 1 && isCapitalised(w)) first--;
        break;
      }
      // A statistical one-word name glued to a person name is part of it ("Bashir" + "al-Assad").
      if (other && other.source === "model" && other.end === first && other.end - other.first === 1 && isCapitalised(w)) {
        absorbed.add(other);
        first--;
        continue;
      }
      if (other || !isCapitalised(w) || w.pos !== "PROPN") break;
      first--;
    }
    if (first === c.first) return c;
    // The fuller name is no longer the lexicon's spelling: resolution must match it again.
    const { lexiconId: _dropped, ...rest } = c;
    return { ...rest, first, source: "model" as const };
  });
  return out.filter((c) => !absorbed.has(c));
}

const QUOTES = new Set(['"', "“", "”", "``", "''", "'", "‘", "’"]);
/** How many words a nickname in quotes may have: "Hands of Stone". */
const DEFAULT_NICKNAME_WORDS = 4;

/**
 * A nickname in quotes inside a person's name is part of it: 'Roberto " Hands of Stone " Duran', 'John "J.D."
 * Calloway'. The first name or the surname after the closing quote must already be read as a person.
 */
export function joinNicknames(words: readonly Token[], selected: readonly Candidate[]): Candidate[] {
  const absorbed = new Set<Candidate>();
  const out = selected.map((c) => {
    if (absorbed.has(c) || !QUOTES.has(words[c.end]?.text ?? "")) return c;
    let close = c.end + 1;
    while (close < words.length && close - c.end <= DEFAULT_NICKNAME_WORDS && !QUOTES.has(words[close]?.text ?? "")) {
      const w = words[close] as Token;
      if (!isCapitalised(w) && w.text !== "of" && w.text !== "the" && w.text !== ".") return c;
      close++;
    }
    if (close === c.end + 1 || !QUOTES.has(words[close]?.text ?? "") || !isCapitalised(words[close + 1])) return c;
    // The surname, with any candidate that covers it ("Duran" read as a person of its own).
    const surname = selected.find((o) => o !== c && o.first === close + 1);
    // One side must be a person: 'Ruben " The Hammer " Ortega' is read as a person on either side of the quotes.
    if (c.kind !== "person" && surname?.kind !== "person") return c;
    let end = surname ? surname.end : close + 2;
    while (!surname && end < words.length && isCapitalised(words[end]) && words[end]?.pos === "PROPN") end++;
    for (const o of selected) if (o !== c && o.first > c.first && o.end <= end) absorbed.add(o);
    const { lexiconId: _dropped, ...rest } = c;
    return { ...rest, end, kind: "person" as const, coarse: "PER" as const, source: "model" as const };
  });
  return out.filter((c) => !absorbed.has(c));
}

export function withoutHonorifics(words: readonly Token[], selected: readonly Candidate[]): Candidate[] {
  return selected.map((c) =>
    c.kind === "person" && c.end - c.first > 1 && HONORIFICS.has(lower(words[c.first])) ? { ...c, first: c.first + 1 } : c,
  );
}
