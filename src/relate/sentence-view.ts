// One sentence as the relation patterns see it: its words, and its entity mentions grouped into units
// ("Russian Defence Minister Sergei Shoigu" is one unit headed by Shoigu) and coordinations ("Russia, Turkey and Iran").
import type { Token } from "../model/document.ts";
import type { EntityKind } from "../model/ontology.ts";
import { ROLE_WORDS } from "../recognise/cues.ts";

export interface SentenceMention {
  entity: string;
  kind: EntityKind;
  demonym: boolean;
  /** Token indices within the sentence. */
  first: number;
  end: number;
  start: number;
  endChar: number;
  label: string;
}

/**
 * Every sentence mention is made here, with its fields always in this order: objects of one shape keep the
 * compiled patterns from being thrown away and recompiled each time a differently built mention reaches them.
 */
export function sentenceMention(m: SentenceMention): SentenceMention {
  return { entity: m.entity, kind: m.kind, demonym: m.demonym, label: m.label, first: m.first, end: m.end, start: m.start, endChar: m.endChar };
}

/** A mention with its title chain: `modifiers` are the demonym or country before the role words. */
export interface Unit {
  head: SentenceMention;
  first: number;
  end: number;
  /** The country or organisation in a title chain, and the role words. */
  of?: SentenceMention;
  role?: string;
  /** A demonym used as an adjective of an ordinary noun ("Russian support"): not a participant. */
  modifierOnly: boolean;
}

/** Prepositions whose object is not the subject of a clause, and does not take a verb's object role across them. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "on", "at", "of", "for", "from", "about", "over", "into", "during", "after", "before", "since", "under", "across",
  "between", "through", "near", "by", "as", "than", "among", "amid", "within", "without", "toward", "towards", "per",
]);

/** Whether a unit stands after a preposition ("as reported by RIA Novosti", "the situation in Syria"). */
export function isPrepositionalObject(view: SentenceView, unit: Unit): boolean {
  const before = view.lower[unit.first - 1] ?? "";
  const before2 = view.lower[unit.first - 2] ?? "";
  return PREPOSITIONS.has(before) || ((before === "the" || before === "'s" || before === "’s") && PREPOSITIONS.has(before2));
}

export interface SentenceView {
  words: readonly Token[];
  lower: readonly string[];
  mentions: SentenceMention[];
  units: Unit[];
}

const lowerWord = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");

function isRoleWord(w: string): boolean {
  return ROLE_WORDS.has(w) || w === "'s" || w === "’s";
}

/**
 * Whether the words between a name and a person end in a title and a comma, with the person's name closed by a comma
 * or the end of the sentence: "Norvanian Foreign Minister , Karim al-Haddad ,". A list ("Norvania , Haddad and X") has
 * no title before its comma.
 */
function setOffTitle(between: readonly string[], after: Token | undefined): boolean {
  if (between.length < 2 || between[between.length - 1] !== ",") return false;
  const last = between[between.length - 2] as string;
  if (!ROLE_WORDS.has(last) || last === "of" || last === "the" || last === "and" || last === "for") return false;
  return !after || after.text === "," || after.text === "." || after.text === ")";
}

/** Role words that only join a title's parts: "Deputy and X" or "Y for X" hold no title. */
const TITLE_LINKS: ReadonlySet<string> = new Set(["of", "the", "and", "for"]);

/** Nouns for a state's own forces and officials: "Israeli jets", "Iraqi troops", "a Russian military spokesman". */
const STATE_FORCES: ReadonlySet<string> = new Set([
  "forces", "troops", "soldiers", "army", "military", "navy", "jets", "warplanes", "aircraft", "planes", "drones",
  "warships", "gunboats", "artillery", "officials", "official", "spokesman", "spokeswoman", "spokesperson",
  "authorities", "government", "police", "diplomats", "diplomat", "ministry", "envoy", "commanders", "regime",
]);
/** Words that may stand between a nationality and the noun for its forces: "Iraqi security forces", "Russian military spokesman". */
const FORCE_MODIFIERS: ReadonlySet<string> = new Set([
  "military", "government", "security", "armed", "naval", "air", "special", "defence", "defense", "foreign", "senior",
  "top", "state", "federal", "regular", "ground", "border", "riot", "elite", "pro-government",
]);

/**
 * Whether the words from i name a state's forces or officials: at most two modifiers, then such a noun. A description of a
 * person named beside it is that person, not the state: "Tim X, the Danish envoy who leads ...", "..., the Danish
 * envoy, said".
 */
function stateForcesAfter(words: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 3; k++) {
    const w = lowerWord(words[k]);
    const next = lowerWord(words[k + 1]);
    if (STATE_FORCES.has(w) && !FORCE_MODIFIERS.has(next)) return next !== "who" && next !== "whose" && next !== ",";
    if (!FORCE_MODIFIERS.has(w)) return false;
  }
  return false;
}

/** Builds units: a person preceded by [country or demonym] + role words forms one unit headed by the person. */
export function buildUnits(words: readonly Token[], mentions: readonly SentenceMention[]): Unit[] {
  const units: Unit[] = [];
  let lastRole: string | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as SentenceMention;
    const next = mentions[i + 1];
    if (next && next.kind === "person" && m.kind !== "person" && m.end < next.first) {
      const between = words.slice(m.end, next.first).map(lowerWord);
      // "the Norvanian Foreign Minister, Karim al-Haddad, said": the title set off by a comma before the name.
      const set = setOffTitle(between, words[next.end]);
      const title = set ? between.slice(0, -1) : between;
      if (title.length <= 6 && title.every(isRoleWord) && title.some((w) => ROLE_WORDS.has(w) && !TITLE_LINKS.has(w))) {
        const roleWords = words.slice(m.end, next.first - (set ? 1 : 0)).map((t) => t.text).filter((w) => w !== "'s" && w !== "’s");
        let role = roleWords.join(" ").replace(/^(?:the|of)\s+|\s+(?:the|of)$/gi, "");
        if (/^counterpart$/i.test(role) && lastRole) role = lastRole;
        else lastRole = role;
        units.push({ head: next, first: m.first, end: next.end, of: m, role, modifierOnly: false });
        i++;
        continue;
      }
    }
    // A demonym directly before a lower-case noun is an adjective ("Russian support"), not an actor.
    const after = words[m.end];
    // So is a name between an article or adjective and a noun: "a senior Belarus politician".
    const before = words[m.first - 1];
    const nounAfter = !!after && /^\p{Ll}/u.test(after.text) && after.pos === "NOUN";
    // "their Clinton counterparts": a possessive before a name and a noun makes the name a modifier too.
    const attributive = !!before && /^\p{Ll}/u.test(before.text) && (before.pos === "DET" || before.pos === "ADJ" || /^(?:his|her|their|its|our|my|your)$/.test(before.text)) && !/^(?:the|this|that|these|those)$/.test(before.text);
    // "Israeli jets struck", "a Russian army spokesman warned": the state's own forces and officials act for the state.
    const modifierOnly = ((m.demonym && !!after && /^\p{Ll}/u.test(after.text) && (after.pos === "NOUN" || after.pos === "ADJ")) || (nounAfter && attributive)) && !(m.demonym && m.kind === "country" && stateForcesAfter(words, m.end));
    // "Kelby fans", "Varn Party supporters": the people behind a name are not the body that bears it.
    const following = !!after && FOLLOWERS.has(after.text);
    // "received 3,140 US patents": so is a name between a number and a noun, unless they are the state's people
    // ("three US soldiers").
    const counted = nounAfter && before?.pos === "NUM" && /^\d/.test(before.text) && !(m.kind === "country" && stateForcesAfter(words, m.end));
    // "the Syrian Arab Coalition": a nationality right before a group's name is part of that name.
    const beforeGroup = m.demonym && !!next && next.first === m.end && (next.kind === "organization" || next.kind === "armed_group");
    // Every unit has the same fields, for the same reason as sentenceMention.
    units.push({ head: m, first: m.first, end: m.end, of: undefined, role: undefined, modifierOnly: modifierOnly || counted || following || beforeGroup });
  }
  return units;
}

/** People who follow, back or buy from a body without acting for it: "Kelby fans", "Orvale customers". */
const FOLLOWERS: ReadonlySet<string> = new Set([
  "fan", "fans", "supporter", "supporters", "follower", "followers", "voter", "voters", "viewer", "viewers", "reader",
  "readers", "listener", "listeners", "customer", "customers", "user", "users", "subscriber", "subscribers",
]);

/** Adjectives after "and" that list an ally beside a side: "X and allied Y". */
const ALLIED_WORDS: ReadonlySet<string> = new Set(["allied", "affiliated"]);

const COORDINATORS = new Set([",", "and", "&", "as", "well", "both", "his", "her", "their", "its", "the", "also"]);

/** Whether the words between two units coordinate them: ", ", " and ", ", as well as ". */
function joined(view: SentenceView, a: Unit, b: Unit): boolean {
  const gap = view.lower.slice(a.end, b.first);
  // "the UK, the wider Coalition and Iraq": an adjective after the article belongs to the next name.
  const adjective = (k: number): boolean => gap[k - 1] === "the" && view.words[a.end + k]?.pos === "ADJ" && /^\p{Ll}+$/u.test(gap[k] ?? "");
  // "Tovian troops and allied militias": the ally is listed beside the side it is allied with.
  const allied = (k: number): boolean => (gap[k - 1] === "and" || gap[k - 1] === "the") && ALLIED_WORDS.has(gap[k] ?? "");
  return (
    gap.length > 0 &&
    gap.length <= 4 &&
    gap.every((w, k) => COORDINATORS.has(w) || adjective(k) || allied(k)) &&
    (gap.includes(",") || gap.includes("and") || gap.includes("&"))
  );
}

/**
 * Whether a unit closes a phrase that opens the sentence with a preposition: "In Lebanon", "As a long-time Ally".
 */
function inFrontedPhrase(view: SentenceView, unit: Unit): boolean {
  if (isPrepositionalObject(view, unit)) return true;
  const { lower } = view;
  // The phrase opens the sentence or follows a comma: "In the north, with the help of the X Alliance, the militia ...".
  let k = unit.first;
  while (k > 0 && lower[k - 1] !== "," && lower[k - 1] !== ";") k--;
  return k < unit.first && (PREPOSITIONS.has(lower[k] ?? "") || FRONTING_WORDS.has(lower[k] ?? ""));
}

/** Words besides the prepositions that open a phrase before the subject: "With its partner X, Y ...". */
const FRONTING_WORDS: ReadonlySet<string> = new Set(["with", "like", "unlike", "despite", "alongside", "beside"]);

/** The maximal coordination of units that contains units[index]: "Russia, Turkey and Iran". */
export function coordination(view: SentenceView, index: number, role: "subject" | "object" = "subject"): Unit[] {
  const { units, lower } = view;
  let lo = index;
  let hi = index;
  while (lo > 0 && joined(view, units[lo - 1] as Unit, units[lo] as Unit) && !(units[lo - 1] as Unit).modifierOnly) lo--;
  while (hi + 1 < units.length && joined(view, units[hi] as Unit, units[hi + 1] as Unit) && !(units[hi + 1] as Unit).modifierOnly) hi++;
  const group = units.slice(lo, hi + 1);
  // Headlines list subjects with commas alone ("Russia, Turkey agree"), but after a verb a comma often ends the
  // clause ("attacks the SDF, Russia will respond"): an object list needs a conjunction.
  if (role === "object" && group.length > 1) {
    const gaps = group.slice(1).map((u, k) => lower.slice((group[k] as Unit).end, u.first));
    if (!gaps.some((g) => g.includes("and") || g.includes("&"))) return [units[index] as Unit];
    // ", and" with no list before it ends the clause: "who killed X, and Y and Z were also clients".
    if (gaps[0]?.join(" ") === ", and") return group.slice(0, 1);
  }
  // "In Lebanon, Thames will meet ...": a fronted place and the subject after its comma are no list.
  // A list has an "and" somewhere ("between Russia, Turkey and Iran"); a comma alone after a fronted phrase does not.
  const listed = group.length > 1 && lower.slice((group[0] as Unit).end, (group[group.length - 1] as Unit).first).some((w) => w === "and" || w === "&");
  if (role === "subject" && group.length > 1 && !listed && inFrontedPhrase(view, group[0] as Unit) && lower[(group[0] as Unit).end] === ",") {
    return lo === index ? [units[index] as Unit] : group.slice(1);
  }
  return group;
}
