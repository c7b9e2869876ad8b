// Relations stated by the shape of a phrase rather than a verb: titles ("Russian Defence Minister Sergei Shoigu"),
// compounds ("Russian-backed", "al-Qaeda-linked"), passives ("taken over by HTS"), places ("Syria's Idlib",
// "the Russian city of Sochi"), and "talks between A and B".
import type { Predicate } from "../model/ontology.ts";
import type { Relation } from "../model/relation.ts";
import { wordTable } from "../shared/word-table.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { coordination, isPrepositionalObject, type SentenceMention, type SentenceView, type Unit } from "./sentence-view.ts";
import { COMPOUND_TRIGGERS, PASSIVE_TRIGGERS } from "./triggers.ts";
import { CALENDAR_WORDS } from "../recognise/cues.ts";

type Emit = (r: Relation | null) => void;

export function titleRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const unit of view.units) {
    if (!unit.of || !unit.role) continue;
    // A city or state is no organisation to hold a role in: "New Jersey Gov. Ruth Calder" is where Calder serves.
    const predicate = unit.of.kind === "place" ? "located_in" : "holds_role_in";
    emit(makeRelation(ctx, predicate, unit.head, unit.of, { cue: "title", role: unit.role }));
  }
}

const unitStartingAt = (view: SentenceView, from: number, within: number): Unit | undefined =>
  view.units.find((u) => u.first >= from && u.first <= from + within && !u.modifierOnly);

/** "the Iran-Iraq War", "Turkey-PKK conflict": two names joined by a hyphen before a word for war. */
const WAR_NOUNS = new Set(["war", "wars", "conflict", "clashes", "fighting", "hostilities", "dispute"]);

export function compoundRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (const m of view.mentions) {
    if (lower[m.end] !== "-") continue;
    const other = view.mentions.find((o) => o.first === m.end + 1);
    if (other && WAR_NOUNS.has(lower[other.end] ?? "")) {
      emit(makeRelation(ctx, "fights", m, other, { cue: `-${lower[other.end]}` }));
      continue;
    }
    const rule = COMPOUND_TRIGGERS[lower[m.end + 1] ?? ""];
    if (!rule) continue;
    const target = unitStartingAt(view, m.end + 2, 3);
    // "Turkey-backed rebels and the Iran-backed Hezbollah": the modifier's noun ends at a common noun or a conjunction.
    if (!target || view.words.slice(m.end + 2, target.first).some((w) => w.pos === "NOUN" || w.pos === "CCONJ" || w.text === ",")) continue;
    const [subject, object] = rule.subjectIsModifier ? [m, target.head] : [target.head, m];
    emit(makeRelation(ctx, rule.predicate, subject, object, { cue: `-${lower[m.end + 1]}` }));
  }
}

/**
 * How many words mark the agent of a passive at `i`: "by", "to death by", "on the orders of", "at the hands of";
 * 0 when none does.
 */
function agentMarker(lower: readonly string[], i: number): number {
  if (lower[i] === "by") return 1;
  if (lower[i] === "to" && lower[i + 1] === "death" && lower[i + 2] === "by") return 3;
  // Joined only after a cheap look at the first word: this runs at every word of every sentence.
  const first = lower[i] ?? "";
  if (first.startsWith("on") || first.startsWith("at")) {
    const four = lower.slice(i, i + 4).join(" ");
    if (four === "on the orders of" || four === "at the hands of") return 4;
  }
  // "killed in a 2008 raid by X", "wounded in an air strike by X".
  if (lower[i] === "in" && /^(?:a|an|the)$/.test(lower[i + 1] ?? "")) {
    for (let k = i + 2; k <= i + 4; k++) {
      if (ASSAULT_NOUNS.has(lower[k] ?? "") && lower[k + 1] === "by") return k + 2 - i;
    }
  }
  return 0;
}

const ASSAULT_NOUNS = new Set(["raid", "attack", "strike", "airstrike", "ambush", "operation", "bombing", "assault", "shooting"]);

export function passiveRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 1; t + 1 < lower.length; t++) {
    const by = agentMarker(lower, t + 1);
    if (by !== 0) passiveAt(view, ctx, emit, t, by);
  }
}

/** Prepositions before where someone is or comes from. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["from", "in", "at", "near", "outside", "inside", "around", "across"]);

/** Whether the name at `first` follows one of PLACE_PREPOSITIONS, with or without "the": "at the Kelby fairground". */
function afterPlacePreposition(lower: readonly string[], first: number): boolean {
  const k = lower[first - 1] === "the" ? first - 2 : first - 1;
  return PLACE_PREPOSITIONS.has(lower[k] ?? "");
}

/** The passive at word t, its agent marked by the `by` words after it; apart from the scan, as in verbRelations. */
function passiveAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number, by: number): void {
  const { lower, units } = view;
  const predicate: Predicate | undefined = PASSIVE_TRIGGERS[lower[t] ?? ""];
  if (!predicate || lower[t - 1] === "-") return;
  let agent = unitStartingAt(view, t + 1 + by, 2);
  // "by al-Qaeda-linked HTS": the agent is the name after the compound modifier.
  if (agent && lower[agent.end] === "-" && COMPOUND_TRIGGERS[lower[agent.end + 1] ?? ""]) agent = unitStartingAt(view, agent.end + 2, 2);
  // "Piet Dorn, from Kelby, has been held by X": where the patient is from or found is not the patient.
  const patient = [...units].reverse().find((u) => u.end <= t && u.end >= t - 8 && !u.modifierOnly && !afterPlacePreposition(lower, u.first));
  // "Syrians have been killed by X": a nationality's people are not its state.
  if (!agent || !patient || patient.head.demonym) return;
  // "X was not backed by Y", "X may have been killed by Y": never asserted.
  if (modalityBetween(lower, patient.end, t).kind !== "asserted") return;
  const apposition = lower[t - 1] === ",";
  // "A, B and C, backed by X, launched ...": an apposition after a list describes every side in it.
  const patients = apposition && patient.end === t - 1 ? coordination(view, units.indexOf(patient)) : [patient];
  for (const a of agentsOf(view, agent, apposition)) {
    for (const p of patients) emit(makeRelation(ctx, predicate, a.head, p.head, { cue: `${lower[t]} by` }));
  }
}

/**
 * The coordinated agents of a passive. In an apposition ("A, led by X, and B") the ", and" after the agent closes
 * the apposition and goes on with the sentence: B is no agent.
 */
function agentsOf(view: SentenceView, agent: Unit, apposition: boolean): Unit[] {
  const all = coordination(view, view.units.indexOf(agent));
  if (!apposition) return all;
  const { lower } = view;
  const closed = all.findIndex((u) => u.first > agent.first && lower[u.first - 1 - (lower[u.first - 1] === "the" ? 1 : 0)] === "and" && lower[u.first - 2 - (lower[u.first - 1] === "the" ? 1 : 0)] === ",");
  return closed < 0 ? all : all.slice(0, closed);
}

/** "Idlib in Syria", "Kassala in eastern Sudan", "X , in Y", "X in the southeastern part of Y", "X , south-east Y". */
const DIRECTION = "(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|upper|lower|far)";
const IN_PLACE = new RegExp(
  `^(?:(?:, )?in(?: the)?(?: ${DIRECTION})?(?: (?:part|region|area|corner|outskirts) of(?: the)?)?|, ${DIRECTION})$`,
);
/** "Tovia must remain part of Norvania", "X belongs to Y", "keep X as a part of Y": a territory part of another. */
const PART_OF = /^(?:is|remains|remain|must remain|became|as) (?:a )?part of(?: the)?$|^(?:belongs|belonged) to(?: the)?$/;
/** "Yerevan, the capital of Armenia", "Kelloway, an island state in the Southern Ocean", "X, a small town in Y". */
const CAPITAL_OF = /^, (?:the|a|an)(?: [a-z-]+){0,2} (?:capital|city|town|village|port|province|region|district|state|island|nation|country|suburb|enclave|resort|area) (?:of|in|on)(?: the)?$/;
/** What may follow "Sochi, Russia" for it to be an address rather than the start of a new clause. */
const PLACE_FOLLOWERS = new Set(["on", "in", "at", "and", "for", "to", "from", "this", "last", "next", "since"]);
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
const PLACE_NOUNS = new Set(["city", "capital", "province", "town", "region", "village", "port", "district", "governorate", "state"]);

const isPlace = (m: SentenceMention): boolean => m.kind === "place" || m.kind === "country";

/** Parts of speech of words that name a thing or an action, which no place's description has between "X's" and it. */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(["NOUN", "VERB", "AUX", "ADP", "PRON"]);

/** A lower-case word that only qualifies what follows: "northern", "new" (which the tagger may read as a name). */
function isModifierWord(word: { text: string; pos: string } | undefined): boolean {
  return !!word && /^\p{Ll}/u.test(word.text) && !NOT_MODIFIERS.has(word.pos);
}

export function locationRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as SentenceMention;
    const b = mentions[i + 1];
    if (!b) continue;
    const gap = lower.slice(a.end, b.first);
    // "Syria's Idlib", "Syria's northwestern province of Idlib".
    // Only a place may stand a few words after the possessive; "Russia's Defence Minister X" is a title, not an origin.
    // The words between say what kind of place it is, and nothing else: "Norway's win in Kelby" is no place of
    // Norway's.
    const possessiveReach = b.kind === "place" ? 4 : 1;
    const placeWords = gap.slice(1).every((w, k) => PLACE_NOUNS.has(w) || w === "of" || w === "the" || w === "," || isModifierWord(view.words[a.end + 1 + k]));
    if ((a.kind === "country" || a.kind === "place") && !a.demonym && !b.demonym && (gap[0] === "'s" || gap[0] === "’s") && gap.length <= possessiveReach && placeWords) {
      emit(makeRelation(ctx, "located_in", b, a, { cue: "possessive" }));
    }
    // "Sochi, Russia"; "Idlib in Syria", "Kassala in eastern Sudan"; "Yerevan, the capital of Armenia".
    const afterB = view.words[b.end];
    // "MILWAUKEE , Wisconsin 1996-08-29", "Sochi , Russia , Oct 22": a dateline's date also closes the address.
    const dated = !!afterB && (/^\d{4}-\d\d-\d\d$/.test(afterB.text) || MONTH.test(afterB.text));
    // "Ardell , Fort Lyle , Keswin and Marlow": a list of places, not an address.
    // "Ban Khlong District in Roi Province , Nong Sai District in Chan Province": each place has its own "in".
    const listed =
      ((afterB?.text === "," || afterB?.text === "and") && mentions.some((m) => m.first === b.end + 1 && isPlace(m))) ||
      (afterB?.text === "in" && gap.length === 1 && gap[0] === "," && mentions.some((m) => (m.first === b.end + 1 || (m.first === b.end + 2 && lower[b.end + 1] === "the")) && isPlace(m))) ||
      (lower[a.first - 1] === "," && mentions.some((m) => m.end === a.first - 1 && isPlace(m))) ||
      // "Orvale , Dunmore , Colombia and Kessel Vista": names listed on both sides, whatever their kinds.
      (lower[a.first - 1] === "," && mentions.some((m) => m.end === a.first - 1) && (afterB?.text === "," || afterB?.text === "and") && mentions.some((m) => m.first === b.end + 1));
    // "Kelby , Norvania 's second-largest city": the possessive describes the first place.
    const described = afterB?.text === "'s" && lower.slice(b.end + 1, b.end + 6).some((w) => PLACE_NOUNS.has(w));
    const closes = (!afterB || afterB.pos === "PUNCT" || PLACE_FOLLOWERS.has(afterB.text.toLowerCase()) || dated || described) && !listed;
    const text = gap.join(" ");
    // A dateline's first name is its city whatever the tagger made of it: "KELBY , Norvania 1996-08-31".
    const dateline = dated && a.first === 0 && text === "," && a.kind !== "person" && (b.kind === "country" || b.kind === "place");
    if (dateline && a.kind !== "place") emit(makeRelation(ctx, "located_in", a, b, { cue: "dateline" }));
    if (a.kind === "place" && !b.demonym && ((closes && text === ",") || IN_PLACE.test(text) || CAPITAL_OF.test(text))) {
      emit(makeRelation(ctx, "located_in", a, b, { cue: text }));
      // "Alder , Birch and Cedar counties in Texas": every place of the list is in it.
      const unit = view.units.findIndex((u) => u.head === a);
      if (IN_PLACE.test(text) && unit >= 0) {
        for (const other of coordination(view, unit)) {
          // "Karvala District in Anbar , Hadrat District in Nineveh": a place with its own "in" is not in the next one.
          if (other.head !== a && other.head.kind === "place" && !isPrepositionalObject(view, other)) emit(makeRelation(ctx, "located_in", other.head, b, { cue: text }));
        }
      }
    }
    if (a.kind === "place" && !b.demonym && (b.kind === "place" || b.kind === "country") && PART_OF.test(text)) {
      emit(makeRelation(ctx, "part_of", a, b, { cue: text }));
    }
    // "the Russian city of Sochi", "the Kazakh capital, Astana".
    if (a.demonym && gap.length >= 1 && gap.length <= 4 && gap.some((w) => PLACE_NOUNS.has(w)) && gap.every((w) => PLACE_NOUNS.has(w) || w === "of" || w === "," || w === "coastal" || w === "northern" || w === "southern" || w === "eastern" || w === "western")) {
      emit(makeRelation(ctx, "located_in", b, a, { cue: "city of" }));
    }
  }
}

const MEETING_NOUNS: Readonly<Record<string, Predicate>> = wordTable({
  talks: "meets", meeting: "meets", meetings: "meets", summit: "meets", negotiations: "meets", call: "meets", talk: "meets",
  deal: "agrees_with", agreement: "agrees_with", accord: "agrees_with", cooperation: "agrees_with", partnership: "agrees_with",
});

/** "talks between A and B", "a deal between Turkey and Russia", "calls from Moscow for Ankara". */
export function betweenRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 0; t + 1 < lower.length; t++) {
    // Looked up only before "between": a property lookup by a freshly lower-cased word is slow, and this runs at
    // every word.
    const noun = lower[t + 1] === "between" ? meetingNounBefore(view, t) : -1;
    const predicate = noun >= 0 ? MEETING_NOUNS[lower[noun] ?? ""] : undefined;
    // "no talks between A and B", "a possible deal between A and B": not asserted.
    if (predicate && modalityBetween(lower, noun - 3, noun).kind === "asserted") meetingBetween(view, ctx, emit, noun, t + 1, predicate);
    if ((lower[t] === "calls" || lower[t] === "call") && lower[t + 1] === "from") callsFrom(view, ctx, emit, t);
  }
}

/** How many words a date or place may take between a meeting noun and "between": "the agreement on 2 December". */
const DEFAULT_NOUN_REACH = 4;

/**
 * The index of the meeting noun whose "between" stands after word `last`: the word itself ("talks between"), or one a
 * few words before it across a date or place ("the deal on 14 March between", "talks in Geneva between").
 * -1 when there is none.
 */
function meetingNounBefore(view: SentenceView, last: number): number {
  const { lower, words } = view;
  for (let k = last; k >= 0 && last - k <= DEFAULT_NOUN_REACH; k--) {
    const name = view.mentions.some((m) => m.first <= k && k < m.end);
    // "the Treaty of Mutual Trade Relations Between": a word of a name is no meeting noun of the sentence.
    if (MEETING_NOUNS[lower[k] ?? ""]) return k === last || !name ? k : -1;
    const w = words[k];
    // Only prepositions, numbers, months and days, and names (a place) may stand in between.
    if (!w || !(/^(?:on|in|at|of|last|this)$/.test(lower[k] ?? "") || /^\d/.test(w.text) || CALENDAR_WORDS.has(lower[k] ?? "") || name)) return -1;
  }
  return -1;
}

/** How far past the first party the second may stand, across an apposition: "A, led by X, and B". */
const DEFAULT_SECOND_PARTY_REACH = 14;

/** "talks between A and B" with the meeting noun at t and "between" at b. Apart from the scan, so its closures do not capture t there. */
function meetingBetween(view: SentenceView, ctx: RelationContext, emit: Emit, t: number, b: number, predicate: Predicate): void {
  const { lower, units } = view;
  const first = unitStartingAt(view, b + 1, 3);
  if (!first) return;
  let group = coordination(view, units.indexOf(first));
  if (group.length < 2) {
    const second = units.find((u) => u.first > first.end && u.first <= first.end + 4 && lower.slice(first.end, u.first).includes("and"));
    if (second) group = [first, second];
    else {
      // "between the Federal Government of Norland, led by Prime Minister X, and the Regional Government of Vesta".
      const and = lower.indexOf("and", first.end);
      const set = lower[first.end] === "," && lower[and - 1] === "," && and - first.end <= DEFAULT_SECOND_PARTY_REACH && !lower.slice(first.end, and).some((w) => w === "." || w === ";");
      const after = set ? units.find((u) => u.first === and + 1 || (u.first === and + 2 && lower[and + 1] === "the")) : undefined;
      if (after && !after.modifierOnly) group = [first, after];
    }
  }
  pairwise(group, (a, b) => emit(makeRelation(ctx, predicate, a.head, b.head, { cue: `${lower[t]} between` })));
}

/** "calls from Moscow for Ankara" with "calls" at t. */
function callsFrom(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower } = view;
  const caller = unitStartingAt(view, t + 2, 1);
  if (!caller || lower[caller.end] !== "for") return;
  const callee = unitStartingAt(view, caller.end + 1, 1);
  if (callee) emit(makeRelation(ctx, "calls_on", caller.head, callee.head, { cue: "calls from ... for" }));
}

export function pairwise(units: readonly Unit[], each: (a: Unit, b: Unit) => void): void {
  for (let i = 0; i < units.length; i++) for (let j = i + 1; j < units.length; j++) each(units[i] as Unit, units[j] as Unit);
}
