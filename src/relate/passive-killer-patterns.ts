// Passive killings whose killer is named after the time and place: "X was stabbed to death May 3, 1962, at the gate
// of his villa by Y". The structural passive reads only a "by" right after the participle.
import type { Relation } from "../model/relation.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Participles of killing and wounding that a victim is the subject of. */
const KILLED: ReadonlySet<string> = new Set(["killed", "shot", "murdered", "assassinated", "stabbed", "slain", "gunned"]);
const AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "been", "being", "is", "are"]);
/** Words after which the clause, and so the participle's reach, has ended. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([".", ";", ":", "and", "but", "who", "which", "that", "while", "after", "before", "when", "because", "--"]);
/** How far after the participle its "by" may stand. */
const DEFAULT_KILLER_REACH = 20;

export function passiveKillerRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 1; t < lower.length; t++) {
    if (KILLED.has(lower[t] as string) && AUXILIARIES.has(lower[t - 1] as string)) passiveKillerAt(view, ctx, emit, t);
  }
}

/** The killing participle at t; apart from the scan, as the other patterns keep theirs. */
function passiveKillerAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, units, words } = view;
  // Only a gap the structural passive does not read: "shot by X" is read there.
  if (lower[t + 1] === "by") return;
  let by = -1;
  for (let k = t + 1; k < lower.length && k <= t + DEFAULT_KILLER_REACH; k++) {
    const w = lower[k] as string;
    if (CLAUSE_ENDS.has(w)) return;
    // Another verb starts another event: "shot dead, police said, by ...".
    if ((words[k]?.pos === "VERB" || words[k]?.pos === "AUX") && !units.some((u) => u.first <= k && k < u.end)) return;
    if (w === "by") {
      by = k;
      break;
    }
  }
  if (by < 0) return;
  const killer = units.find((u) => (u.first === by + 1 || (u.first === by + 2 && /^(?:a|an|the)$/.test(lower[by + 1] ?? ""))) && !u.modifierOnly);
  // Only people are shot or killed, whatever kind the tagger gave the name: any actor but a place or country.
  const victim = [...units].reverse().find((u) => u.end <= t - 1 && u.end >= t - 6 && !u.modifierOnly && u.head.kind !== "place" && u.head.kind !== "country");
  if (!killer || !victim || (killer.head.kind !== "person" && killer.head.kind !== "armed_group")) return;
  if (modalityBetween(lower, victim.end, by).kind !== "asserted" || !plainGap(view, victim, t)) return;
  emit(makeRelation(ctx, "fights", killer.head, victim.head, { cue: `${lower[t]} ... by` }));
}

/** "Lennon was shot", "Lennon , 40 , was shot": nothing but an age between the victim and the auxiliary. */
function plainGap(view: SentenceView, victim: Unit, t: number): boolean {
  return view.lower.slice(victim.end, t - 1).every((w) => w === "," || /^\d{1,3}$/.test(w));
}
