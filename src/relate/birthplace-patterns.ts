// Where a person is from, stated around a date or by a place named as the person's home: "X was born on Jan. 9,
// 1931, in Dunmore", "Tyler, Texas, Halvey's hometown", "with Ohio being Marlow's home state".
import type { Relation } from "../model/relation.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;
/** Words of a date between "born" and its "in": "on Feb. 5 , 1907 ,". */
const isDateWord = (w: string): boolean => w === "on" || w === "," || MONTH.test(w) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(w);
/** Nouns for a person's home place after a possessive: "Richardson 's hometown". */
const HOME_NOUNS: ReadonlySet<string> = new Set(["hometown", "birthplace", "homeland"]);
/** Two-word home nouns: "home state", "native city". */
const HOME_PAIRS: ReadonlySet<string> = new Set(["home town", "home state", "home city", "home country", "native city", "native town", "native state", "native country"]);
const LINKS: ReadonlySet<string> = new Set([",", "is", "was", "being", "became", "remains"]);

const isWhere = (u: Unit): boolean => u.head.kind === "place" || u.head.kind === "country";

export function birthplaceRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 0; t < lower.length; t++) {
    if (lower[t] === "born") bornAt(view, ctx, emit, t);
    else if (lower[t] === "'s" || lower[t] === "’s") homeAt(view, ctx, emit, t);
  }
}

/** "X was born on Jan. 9 , 1931 , in Dunmore": "born" at t, a date, then "in" and the place. */
function bornAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, units } = view;
  let k = t + 1;
  // "born in Portland" is read by the verb lexicon; here a date must come first.
  while (k < lower.length && k - t <= 8 && (isDateWord(lower[k] as string) || (lower[k] === "in" && /^\d{4}$/.test(lower[k + 1] ?? "")))) k += lower[k] === "in" ? 2 : 1;
  if (k === t + 1 || lower[k] !== "in") return;
  const place = units.find((u) => u.first === k + 1 && isWhere(u) && !u.modifierOnly);
  const person = [...units].reverse().find((u) => u.end <= t && u.end >= t - 5 && u.head.kind === "person");
  if (!place || !person) return;
  // Only "was", "is" or an age between: "X , 42 , was born".
  if (!lower.slice(person.end, t).every((w) => w === "was" || w === "is" || w === "," || /^\d{1,3}$/.test(w))) return;
  emit(makeRelation(ctx, "located_in", person.head, place.head, { cue: "born ... in" }));
}

/** "Tyler , Texas , Halvey 's hometown": the possessive at t after a person, and the place before. */
function homeAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, units } = view;
  const home = HOME_NOUNS.has(lower[t + 1] ?? "") || HOME_PAIRS.has(`${lower[t + 1]} ${lower[t + 2]}`);
  if (!home) return;
  const person = units.find((u) => u.end === t && u.head.kind === "person");
  if (!person) return;
  // The place, and an address's state after it, right before the link: "Tyler , Texas , X 's hometown".
  let k = person.first;
  while (k > 0 && LINKS.has(lower[k - 1] as string)) k--;
  if (k === person.first) return;
  const place = [...units].reverse().find((u) => u.end === k && isWhere(u));
  if (!place || modalityBetween(lower, place.end, t).kind !== "asserted") return;
  let first = place;
  const previous = units[units.indexOf(place) - 1];
  if (previous && isWhere(previous) && previous.end === place.first - 1 && lower[previous.end] === ",") first = previous;
  emit(makeRelation(ctx, "located_in", person.head, first.head, { cue: "hometown" }));
}
