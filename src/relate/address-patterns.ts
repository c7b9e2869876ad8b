// Where people and organisations are, read from the shapes news gives addresses: datelines ("KELBY, Norvania
// (AP)"), descriptions in apposition ("X, a Kelby shipping firm", "Y, a Republican from Chicago"),
// "headquarters in", "his home in", and the state after a city ("of Miami, Fla.").
import type { Relation } from "../model/relation.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceMention, SentenceView } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

const WHERE = new Set(["place", "country"]);
const HOLDERS = new Set(["person", "organization", "armed_group"]);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;
/** Words a dateline may carry between its places and the agency: "Feb 2", "March 5", "29 Apr". */
const isDateWord = (w: string): boolean => MONTHS.test(w) || /^\d{1,4}$/.test(w) || w === ",";
/** An agency's bracket or "--" ends a dateline: "( AP )", "TASS --". */
const DEFAULT_DATELINE_WORDS = 12;

/** "KELBY , Norvania ( AP )", "( Text ) Orvale , March 3 ( KNA ) --": the agency reports from the places. */
function datelineRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  let t = 0;
  if (lower[0] === "(" && lower[2] === ")") t = 3;
  const places: SentenceMention[] = [];
  for (const m of mentions) {
    if (m.first < t) continue;
    if (m.first !== t || !WHERE.has(m.kind) || m.demonym) break;
    places.push(m);
    t = m.end;
    if (lower[t] === "," && mentions.some((n) => n.first === t + 1 && WHERE.has(n.kind))) t++;
    else break;
  }
  if (places.length === 0) return;
  while (t < lower.length && t < DEFAULT_DATELINE_WORDS && isDateWord(lower[t] as string)) t++;
  const open = lower[t] === "(";
  const agency = mentions.find((m) => m.first === (open ? t + 1 : t) && (m.kind === "organization" || m.kind === "armed_group"));
  if (!agency || (open ? lower[agency.end] !== ")" : lower[agency.end] !== "--")) return;
  for (const p of places) emit(makeRelation(ctx, "located_in", agency, p, { cue: "dateline" }));
}

/**
 * "the U.S. Congress", "Tokyo NIHON KEIZAI SHIMBUN", "Britain 's Sun": a place's name right before an organisation's
 * (or its possessive) places the organisation there.
 */
function placeBeforeOrganisation(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const place = mentions[i] as SentenceMention;
    const org = mentions[i + 1] as SentenceMention;
    if (!WHERE.has(place.kind) || place.demonym || (org.kind !== "organization" && org.kind !== "armed_group")) continue;
    const gap = lower.slice(place.end, org.first);
    if (gap.length === 0 || (gap.length === 1 && (gap[0] === "'s" || gap[0] === "’s"))) {
      emit(makeRelation(ctx, "located_in", org, place, { cue: gap.length === 0 ? "place name" : "possessive" }));
    }
  }
}

/** A lower-case noun of a description: "construction firm", "attorney". */
const isDescriptionNoun = (view: SentenceView, i: number): boolean => {
  const w = view.words[i];
  return !!w && /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && (w.pos === "NOUN" || w.pos === "ADJ" || w.pos === "ADV" || (w.pos === "VERB" && w.text.endsWith("ing")));
};

/**
 * "Tam Wah Holdings, a Kelby shipping firm", "Lena Brask, the Dunmore attorney", "X, a Republican from
 * Chicago": a description in apposition that places the name.
 */
function appositionRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  for (const a of mentions) {
    if ((!HOLDERS.has(a.kind) && !WHERE.has(a.kind)) || a.demonym || lower[a.end] !== "," || !/^(?:a|an|the)$/.test(lower[a.end + 1] ?? "")) continue;
    const start = a.end + 2;
    const place = mentions.find((m) => m.first === start);
    if (place && WHERE.has(place.kind) && !place.demonym) {
      // "a Fort Myers , Fla. , dentist": the address may carry its state.
      let end = place.end;
      const state = lower[end] === "," ? mentions.find((m) => m.first === end + 1 && WHERE.has(m.kind)) : undefined;
      if (state) end = lower[state.end] === "," ? state.end + 1 : state.end;
      let nouns = 0;
      while (nouns < 3 && isDescriptionNoun(view, end + nouns)) nouns++;
      // The description must end the apposition: "a Hong Kong shipping firm ,", "a Netherlands businessman bought".
      const ends = (n: number): boolean => {
        const next = view.words[end + n];
        return !next || next.pos === "PUNCT" || next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADP";
      };
      let length = nouns;
      while (length > 0 && !ends(length)) length--;
      if (length > 0) {
        emit(makeRelation(ctx, "located_in", a, place, { cue: "apposition" }));
        if (state) emit(makeRelation(ctx, "located_in", a, state, { cue: "apposition" }));
      }
      continue;
    }
    // "a town in Y", "an island state in the Southern Ocean": a place described as in another.
    if (a.kind === "place" || a.kind === "country") {
      for (let k = start; k < start + 5 && k < lower.length; k++) {
        const w = view.words[k];
        if (lower[k] === "in" || lower[k] === "off") {
          let at = k + 1;
          while (at < k + 4 && /^(?:the|north|south|east|west|central|northern|southern|eastern|western)$/.test(lower[at] ?? "")) at++;
          const where = mentions.find((m) => m.first === at && WHERE.has(m.kind) && !m.demonym);
          if (where && k > start) emit(makeRelation(ctx, "located_in", a, where, { cue: "apposition" }));
          break;
        }
        if (!w || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) break;
      }
      continue;
    }
    // "a Republican from Chicago", "a lawyer from Ohio".
    for (let k = start; k < start + 3 && k < lower.length; k++) {
      if (lower[k] !== "from") continue;
      const origin = mentions.find((m) => m.first === k + 1 && WHERE.has(m.kind) && !m.demonym);
      if (origin && view.words.slice(start, k).every((w) => w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "ADJ")) {
        emit(makeRelation(ctx, "located_in", a, origin, { cue: "from" }));
      }
      break;
    }
  }
}

/** "the agency's headquarters in Fairview", "ABC's headquarters in Geneva": the organisation is based there. */
function headquartersRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 0; t + 1 < lower.length; t++) {
    if (lower[t] === "headquarters" || lower[t] === "head-quarters") headquartersAt(view, ctx, emit, t);
  }
}

/** The word "headquarters" at t; apart from the scan so that the closures here are made only for it. */
function headquartersAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, mentions } = view;
  const ownerEnd = lower[t - 1] === "'s" || lower[t - 1] === "’s" ? t - 1 : t;
  const owner = mentions.find((m) => m.end === ownerEnd && (m.kind === "organization" || m.kind === "armed_group"));
  if (!owner || (lower[t + 1] !== "in" && lower[t + 1] !== "at")) return;
  let k = t + 2;
  while (k < t + 4 && /^(?:the|nearby|suburban|downtown)$/.test(lower[k] ?? "")) k++;
  const place = mentions.find((m) => m.first === k && WHERE.has(m.kind));
  if (place) emit(makeRelation(ctx, "located_in", owner, place, { cue: "headquarters in" }));
}

/** Cues of an address written after a name: "of", ", of", "from", "in", "headquarters in". */
const ADDRESS_CUE = /^(?:,\s)?(?:of|from|in|at|near|headquarters in)(?: the)?$/;

/**
 * The state after a city: "X of Miami , Fla." places X in Florida too. Only for an address after a name; a
 * birthplace told by a verb ("was born in Dunmore , Mass.") stays the place as written.
 */
function stateAfterCity(view: SentenceView, found: readonly Relation[], ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  for (const r of found) {
    if (r.predicate !== "located_in" || !r.citation.object || !ADDRESS_CUE.test(r.cue)) continue;
    const city = mentions.find((m) => m.start === r.citation.object?.[0] && m.kind === "place");
    const holder = mentions.find((m) => m.start === r.citation.subject?.[0]);
    if (!city || !holder || lower[city.end] !== ",") continue;
    const state = mentions.find((m) => m.first === city.end + 1 && WHERE.has(m.kind) && !m.demonym);
    const after = lower[state ? state.end : 0] ?? "";
    // "Houghton , Townsend , Quinn" is a list of names, not an address.
    const listGoesOn = after === "," && /^\p{Lu}/u.test(view.words[(state?.end ?? 0) + 1]?.text ?? "");
    if (state && !listGoesOn && (after === "" || after === "," || after === "." || after === ")")) {
      emit(makeRelation(ctx, "located_in", holder, state, { cue: "address" }));
    }
  }
}

/** "Cedar Hollow , where X was born": the place of the clause's person. */
const WHERE_CLAUSE = /^(?:was born|were born|lives|lived|grew up|was raised)$/;

function whereClauses(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  for (const place of mentions) {
    if (!WHERE.has(place.kind) || place.demonym || lower[place.end] !== "," || lower[place.end + 1] !== "where") continue;
    const person = mentions.find((m) => m.first === place.end + 2 && m.kind === "person");
    if (!person) continue;
    const verb = lower.slice(person.end, person.end + 2);
    if (WHERE_CLAUSE.test(verb.join(" ")) || WHERE_CLAUSE.test(verb[0] ?? "")) emit(makeRelation(ctx, "located_in", person, place, { cue: "where" }));
  }
}

export function addressRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  datelineRelations(view, ctx, emit);
  appositionRelations(view, ctx, emit);
  headquartersRelations(view, ctx, emit);
  placeBeforeOrganisation(view, ctx, emit);
  whereClauses(view, ctx, emit);
}

export { stateAfterCity };
