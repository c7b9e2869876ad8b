// Strikes counted in a military report: "Allied forces carried out 9 strikes using drones and bomber aircraft
// against militia targets", "the alliance's three airstrikes dropped 12 bombs against rebel targets". The strike
// noun and its target stand apart, with the weapons or the count between them, so the verb lexicon's adjacent
// "strikes against" does not reach them.
import type { Relation } from "../model/relation.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Nouns of armed strikes. */
const STRIKE_NOUNS: ReadonlySet<string> = new Set(["strikes", "airstrikes", "air-strikes", "raids", "sorties", "bombardments"]);
/** Verbs that make their subject the one who strikes: "X conducted 15 strikes". */
const STRIKE_VERBS: ReadonlySet<string> = new Set(["conducted", "conducts", "launched", "launches", "carried", "carries", "flew", "flown", "mounted"]);
/** Words that end the reach from a strike noun to its target. */
const BARRIERS: ReadonlySet<string> = new Set([".", ";", ":", "which", "that", "who", "while", "but", "after", "before", "and"]);

/** How far a target may stand after the strike noun, and the noun after its striker's verb. */
const DEFAULT_TARGET_REACH = 14;
const DEFAULT_VERB_REACH = 4;

export function strikeRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 0; t < lower.length; t++) {
    if (STRIKE_NOUNS.has(lower[t] ?? "")) strikeAt(view, ctx, emit, t);
  }
}

/** The striker and target of the strike noun at t, apart from the scan so its closures do not capture t there. */
function strikeAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, units } = view;
  const striker = strikerOf(view, t);
  if (!striker) return;
  let against = -1;
  for (let k = t + 1; k < lower.length && k - t <= DEFAULT_TARGET_REACH; k++) {
    const w = lower[k] as string;
    if (BARRIERS.has(w) && !(w === "and" && k > t + 1 && lower[k - 1] !== ",")) break;
    if (w === "against" || w === "on") {
      against = k;
      break;
    }
  }
  if (against < 0) return;
  const target = units.find((u) => u.first > against && u.first <= against + 2 && !u.head.demonym && u.head.kind !== "place");
  if (!target || target.head.entity === striker.head.entity) return;
  if (modalityBetween(lower, striker.end, t).kind !== "asserted") return;
  emit(makeRelation(ctx, "fights", striker.head, target.head, { cue: `${lower[t]} ... ${lower[against]}` }));
}

/** "X conducted 15 strikes", "X's four airstrikes": who strikes, or undefined. */
function strikerOf(view: SentenceView, t: number): Unit | undefined {
  const { lower, units } = view;
  // "the Norvanian-led alliance's three airstrikes": a possessor a few words before the noun.
  for (let k = t - 1; k >= 0 && t - k <= 3; k--) {
    if (lower[k] !== "'s" && lower[k] !== "’s") continue;
    return units.find((u) => u.end === k && !u.head.demonym);
  }
  for (let v = t - 1; v >= 0 && t - v <= DEFAULT_VERB_REACH; v--) {
    if (!STRIKE_VERBS.has(lower[v] ?? "")) continue;
    // The verb's subject: the last name before it, with only auxiliaries or adverbs between.
    const subject = [...units].reverse().find((u) => u.end <= v && !u.modifierOnly);
    if (!subject || v - subject.end > 2 || lower.slice(subject.end, v).some((w) => w === "," || w === "and")) return undefined;
    return subject;
  }
  return undefined;
}
