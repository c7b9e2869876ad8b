// Killings stated with nouns rather than verbs: "the mayor's assassin, Victor Hale", "the assassination of the
// governor by Anton Varga", "X, convicted of the murder of Y". The killer fights the victim (family conflict).
import type { Relation } from "../model/relation.ts";
import { modalityOf } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Nouns for the one who killed: "Lincoln's assassin". */
const KILLER_NOUNS: ReadonlySet<string> = new Set(["assassin", "killer", "murderer", "slayer"]);
/** Nouns for the killing: "the assassination of Lincoln". */
const KILLING_NOUNS: ReadonlySet<string> = new Set(["assassination", "murder", "killing", "slaying", "shooting"]);
/** Gerunds of killing that take the victim as their object: "convicted of murdering Y". */
const KILLING_GERUNDS: ReadonlySet<string> = new Set(["killing", "murdering", "assassinating", "slaying", "shooting", "stabbing", "strangling"]);
/** Words that tie a person to a killing named after them, said of that person: "X was convicted of the murder of". */
const PASSIVE_CHARGES: ReadonlySet<string> = new Set([
  "convicted", "accused", "suspected", "charged", "arrested", "jailed", "sentenced", "imprisoned", "executed", "tried",
  "indicted",
]);
/** The same, said by the person: "X confessed to the killing of", "X is serving a life sentence for". */
const ACTIVE_CHARGES: ReadonlySet<string> = new Set(["guilty", "serving", "confessed", "admitted"]);
/** A passive charge must be the person's own: "X was arrested", "X, convicted of"; not "X arrested Y for". */
const PASSIVE_MARKERS: ReadonlySet<string> = new Set(["was", "were", "been", "being", "is", "are", ","]);
/** Words that clear the person: "acquitted of the murder of". */
const CLEARED: ReadonlySet<string> = new Set(["acquitted", "cleared", "exonerated", "innocent", "pardoned"]);
/** Charges that are allegations: kept as a hedge on the citation. */
const ALLEGATIONS: ReadonlySet<string> = new Set(["accused", "suspected", "charged", "arrested", "indicted", "tried"]);
/** How far a charge word may stand from the person it concerns, and a name from its noun. */
const DEFAULT_CHARGE_WINDOW = 12;
const DEFAULT_NAME_REACH = 4;

const isPossessive = (w: string | undefined): boolean => w === "'s" || w === "’s";
/** Words that may stand between a killing noun and its victim or agent: "the Rev.", "young nationalist". */
const personWithin = (view: SentenceView, from: number, reach: number): Unit | undefined =>
  view.units.find(
    (u) => u.first >= from && u.first <= from + reach && u.head.kind === "person" && !view.lower.slice(from, u.first).some((w) => w === "," || w === "." || w === "and"),
  );

/** "the Corwen assassin Victor Hale": the person a name-plus-killer-noun compound is about, if any. */
/**
 * The person a gerund of killing takes as object: "murdering reporter Y", and in "murdering Phoenix newspaper reporter
 * Y" not the name that only modifies the noun after it.
 */
const nounFollows = (view: SentenceView, i: number): boolean => view.words[i]?.pos === "NOUN" && /^\p{Ll}/u.test(view.words[i]?.text ?? "");

function gerundObject(view: SentenceView, from: number): Unit | undefined {
  return view.units.find(
    (u) =>
      u.first >= from && u.first <= from + DEFAULT_NAME_REACH && u.head.kind === "person" && !nounFollows(view, u.end) &&
      !view.lower.slice(from, u.first).some((w) => w === "," || w === "." || w === "and"),
  );
}

export function killerAfter(view: SentenceView, unit: Unit): Unit | undefined {
  if (!KILLER_NOUNS.has(view.lower[unit.end] ?? "")) return undefined;
  return view.units.find((u) => u.first === unit.end + 1 && u.head.kind === "person");
}

export function killingRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  // The scan only finds the nouns: what each one says is read apart, so the word index is not captured by the
  // closures there, which would cost an allocation at every word.
  for (let t = 0; t < lower.length; t++) {
    const word = lower[t] as string;
    if (KILLER_NOUNS.has(word) || word === "gunman") {
      killerNounAt(view, ctx, emit, t, word);
      namedKillerAt(view, ctx, emit, t, word);
    }
    else if (KILLING_NOUNS.has(word) || (KILLING_GERUNDS.has(word) && lower[t - 1] === "of")) killingNounAt(view, ctx, emit, t, word);
  }
}

/** "Y's assassin, X", "Y's killer X", "the Y assassin X": the killer noun `word` at t. */
function killerNounAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number, word: string): void {
  const { lower, units } = view;
  const victimEnd = isPossessive(lower[t - 1]) ? t - 1 : t;
  const victim = units.find((u) => u.end === victimEnd && u.head.kind === "person");
  const killer = units.find((u) => (u.first === t + 1 || (u.first === t + 2 && lower[t + 1] === ",")) && u.head.kind === "person");
  if (victim && killer) emit(makeRelation(ctx, "fights", killer.head, victim.head, { cue: word }));
}

/** Words that say a person is the killer: "X was the lone assassin", "X , identified as the gunman". */
const IS_KILLER = /^(?:(?:was|is|were|became) |, )(?:(?:identified|named|found) as )?the(?: (?:lone|only|sole))?$/;

/**
 * "the assassination of President Corwen ... that Victor Hale was the lone assassin": a person said to be the
 * killer, in a sentence that names the killing and its victim. "whether X was the only gunman" is not asserted.
 */
function namedKillerAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number, word: string): void {
  const { lower, units } = view;
  const killer = [...units].reverse().find((u) => u.end < t && u.end >= t - 6 && u.head.kind === "person" && IS_KILLER.test(lower.slice(u.end, t).join(" ")));
  if (!killer) return;
  let victim: Unit | undefined;
  for (let k = 0; k < lower.length && !victim; k++) {
    if (!KILLING_NOUNS.has(lower[k] as string)) continue;
    if (isPossessive(lower[k - 1])) victim = units.find((u) => u.end === k - 1 && u.head.kind === "person");
    else if (lower[k + 1] === "of") victim = personWithin(view, k + 2, DEFAULT_NAME_REACH);
  }
  if (!victim || victim === killer) return;
  const from = Math.min(victim.end, killer.first);
  if (modalityOf(view.lower.slice(from, t)).kind !== "asserted") return;
  emit(makeRelation(ctx, "fights", killer.head, victim.head, { cue: `the ${word}` }));
}

/** "the assassination (in 1914) of Y by X", "Y's killing": the killing noun `word` at t. */
function killingNounAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number, word: string): void {
  const { lower, units } = view;
  let victim: Unit | undefined;
  if (isPossessive(lower[t - 1])) victim = units.find((u) => u.end === t - 1 && u.head.kind === "person");
  else {
    const of = lower.slice(t + 1, t + 4).indexOf("of");
    if (of >= 0) victim = personWithin(view, t + 2 + of, DEFAULT_NAME_REACH);
    // "X, convicted of murdering reporter Y": the gerund's object is the victim.
    else if (lower[t - 1] === "of" && KILLING_GERUNDS.has(word)) victim = gerundObject(view, t + 1);
  }
  if (!victim) return;
  const by = lower.slice(victim.end, victim.end + 6).indexOf("by");
  if (by >= 0) {
    const killer = personWithin(view, victim.end + by + 1, DEFAULT_NAME_REACH);
    if (killer) emit(makeRelation(ctx, "fights", killer.head, victim.head, { cue: `${word} by` }));
    return;
  }
  chargedKiller(view, ctx, emit, t, victim);
}

/** "X, 60, is serving 99 years for the murder of Y", "X was convicted of Y's killing": the person charged. */
function chargedKiller(view: SentenceView, ctx: RelationContext, emit: Emit, noun: number, victim: Unit): void {
  const { lower, units } = view;
  const start = Math.max(0, noun - DEFAULT_CHARGE_WINDOW);
  let charge = -1;
  for (let i = noun - 1; i >= start; i--) {
    const w = lower[i] as string;
    if (w === ";" || w === ":" || w === "but" || CLEARED.has(w)) return;
    if (ACTIVE_CHARGES.has(w) || (PASSIVE_CHARGES.has(w) && PASSIVE_MARKERS.has(lower[i - 1] ?? ""))) {
      charge = i;
      break;
    }
  }
  if (charge < 0) return;
  const killer = [...units].reverse().find((u) => u.end <= charge && u.end >= charge - DEFAULT_CHARGE_WINDOW && u.head.kind === "person" && !u.modifierOnly);
  if (!killer || killer === victim) return;
  const between = view.words.slice(killer.end, noun).map((w) => w.text);
  const modality = modalityOf(between);
  if (modality.kind !== "asserted") return;
  const alleged = ALLEGATIONS.has(lower[charge] as string) ? (lower[charge] as string) : modality.hedge;
  emit(makeRelation(ctx, "fights", killer.head, victim.head, { cue: `${lower[charge]} ... ${lower[noun]}`, ...(alleged ? { hedge: alleged } : {}) }));
}
