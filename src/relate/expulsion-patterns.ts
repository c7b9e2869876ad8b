// Sides driven from ground: "Kenyan forces drove al-Shabaab out of Kismayo", "the army pushed the rebels' fighters
// back". The verb's particle stands after its object, so the adjacent phrases of the verb lexicon do not reach them.
import type { Relation } from "../model/relation.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { isPrepositionalObject, type SentenceView, type Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Verbs that drive a side from ground when a particle follows their object. */
const DRIVING_VERBS: ReadonlySet<string> = new Set([
  "drove", "drive", "drives", "driving", "driven", "pushed", "push", "pushes", "pushing", "forced", "force", "forces",
  "forcing", "chased", "chase", "chases", "chasing", "kicked", "flushed", "beat", "beaten",
]);
/** Particles after the object: "out", "back". */
const PARTICLES: ReadonlySet<string> = new Set(["out", "back"]);
/** Words that end the reach from a verb back to its subject. */
const BREAKS: ReadonlySet<string> = new Set([",", ".", ";", ":", "but", "while", "who", "which", "that", "and"]);
/** Lower-case nouns that may follow the side's name in the object: "al-Shabaab fighters". */
const FIGHTER_NOUNS: ReadonlySet<string> = new Set(["fighters", "militants", "forces", "troops", "insurgents", "rebels", "units", "positions"]);
/** How far the subject may stand before the verb: "X have since" + verb. */
const DEFAULT_SUBJECT_REACH = 4;

/**
 * Whether the particle at p drives from ground: "back" but not "back to" somewhere, "out" at the end of the phrase,
 * or "out of" a place. "Out of office", "out of the top spot" or "out of the party" are no battle.
 */
function fromGround(view: SentenceView, p: number): boolean {
  const { lower, units } = view;
  // "drove Ruto back to Nairobi" is a lift, not a battle.
  if (lower[p] === "back") return !/^(?:to|home|into|onto|in)$/.test(lower[p + 1] ?? "");
  if (lower[p + 1] !== "of") return /^(?:,|\.|;|from|after|in|on|last|this)$/.test(lower[p + 1] ?? ".");
  const k = lower[p + 2] === "the" ? p + 3 : p + 2;
  return units.some((u) => u.first === k && (u.head.kind === "place" || u.head.kind === "country"));
}

export function expulsionRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let v = 1; v + 2 < lower.length; v++) {
    if (DRIVING_VERBS.has(lower[v] as string)) expulsionAt(view, ctx, emit, v);
  }
}

/** The side driven by the verb at word v, and who drives it; apart from the scan, as the other patterns keep theirs. */
function expulsionAt(view: SentenceView, ctx: RelationContext, emit: Emit, v: number): void {
  const { lower, units } = view;
  const object = units.find((u) => (u.first === v + 1 || (u.first === v + 2 && lower[v + 1] === "the")) && u.head.kind !== "place");
  if (!object) return;
  // "drove al-Shabaab fighters out": the side's name may stand before a noun for its fighters.
  const after = FIGHTER_NOUNS.has(lower[object.end] ?? "") ? object.end + 1 : object.end;
  if (!PARTICLES.has(lower[after] ?? "") || !fromGround(view, after)) return;
  const subject = [...units].reverse().find((u) => u.end <= v && u.end >= v - DEFAULT_SUBJECT_REACH && !u.modifierOnly && !isPrepositionalObject(view, u)) as Unit | undefined;
  if (!subject || lower.slice(subject.end, v).some((w) => BREAKS.has(w))) return;
  const modality = modalityBetween(lower, subject.end, v);
  if (modality.kind !== "asserted") return;
  emit(makeRelation(ctx, "fights", subject.head, object.head, { cue: `${lower[v]} ... ${lower[after]}`, ...(modality.hedge ? { hedge: modality.hedge } : {}) }));
}
