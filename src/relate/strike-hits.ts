// A strike named by its striker, then what it hit: "a Tovian air strike killed five Orvale Front fighters",
// "a Tovian drone strike on Monday destroyed three Kelby Brigade trucks". The striker is the name or nationality right before
// the strike noun (the state acts through its strikes), the target the first name after the verb.
import type { Relation } from "../model/relation.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Nouns of armed strikes and attacks. */
const STRIKE_HEADS: ReadonlySet<string> = new Set([
  "strike", "strikes", "airstrike", "airstrikes", "air-strike", "air-strikes", "raid", "raids", "bombing", "bombings",
  "shelling", "attack", "attacks", "ambush", "bombardment", "bombardments", "missile", "missiles", "rocket", "rockets",
]);
/** Words between the striker and the strike noun: "a Tovian air strike", "a U.S. drone strike". */
const STRIKE_MODIFIERS: ReadonlySet<string> = new Set(["air", "drone", "missile", "rocket", "artillery", "suicide", "naval", "precision", "mortar"]);
/** Verbs whose subject, a strike, did harm to their object. */
const HIT_VERBS: ReadonlySet<string> = new Set([
  "hit", "hits", "killed", "kills", "struck", "targeted", "targets", "destroyed", "destroys", "wounded", "wounds",
  "injured", "injures", "pounded", "pounds", "hammered", "eliminated",
]);
/** Words that end the reach from the strike noun to its verb, or from the verb to its object. */
const BARRIERS: ReadonlySet<string> = new Set([".", ";", ":", ",", "which", "that", "who", "and", "but", "while", "after", "before", "as", "when"]);

/** How far the verb may stand after the strike noun ("a drone strike late on Sunday destroyed"), and the target after the verb. */
const DEFAULT_VERB_REACH = 5;
const DEFAULT_TARGET_REACH = 5;

export function strikeHitRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 1; t < lower.length; t++) {
    if (STRIKE_HEADS.has(lower[t] ?? "")) strikeHitAt(view, ctx, emit, t);
  }
}

/** The striker before the strike noun at t and the target after its verb; apart from the scan, so closures do not capture t. */
function strikeHitAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, units } = view;
  const before = STRIKE_MODIFIERS.has(lower[t - 1] ?? "") ? t - 1 : t;
  const striker = units.find((u) => u.end === before && u.head.kind !== "place");
  if (!striker) return;
  const verb = hitVerbAfter(view, t);
  if (verb < 0 || modalityBetween(lower, striker.end, verb + 1).kind !== "asserted") return;
  const target = units.find((u) => u.first > verb && u.first <= verb + DEFAULT_TARGET_REACH);
  if (!target || !plainGap(lower, verb + 1, target.first) || !isTarget(target) || target.head.entity === striker.head.entity) return;
  emit(makeRelation(ctx, "fights", striker.head, target.head, { cue: `${lower[t]} ${lower[verb]}` }));
}

/** The verb of harm after the strike noun, with no name or clause break between; -1 when there is none. */
function hitVerbAfter(view: SentenceView, t: number): number {
  const { lower, units } = view;
  for (let k = t + 1; k < lower.length && k - t <= DEFAULT_VERB_REACH; k++) {
    const w = lower[k] as string;
    if (BARRIERS.has(w) || units.some((u) => u.first === k)) return -1;
    if (HIT_VERBS.has(w)) return k;
  }
  return -1;
}

/** Only counts, articles and adjectives before the target: "two", "at least 20", "a senior". */
function plainGap(lower: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!/^(?:\d[\d,]*|a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|at|least|more|than|senior|top|suspected|of)$/.test(lower[k] ?? "")) return false;
  }
  return true;
}

/** A side that can be fought: not a place where the strike fell, nor a nationality describing its victims. */
function isTarget(unit: Unit): boolean {
  return unit.head.kind !== "place" && !unit.head.demonym;
}
