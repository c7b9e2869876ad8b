// Attacks told from the side attacked: "X came under fire from Y", "X kept receiving heavy mortar fire
// from Y", "X faced shelling from Y". The one firing fights the one fired on.
import type { Relation } from "../model/relation.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { isPrepositionalObject, type SentenceView, type Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Nouns for an attack that come "from" the attacker. */
const ATTACK_NOUNS: ReadonlySet<string> = new Set(["fire", "gunfire", "attack", "attacks", "shelling", "bombardment", "shellfire", "rockets", "strikes", "airstrikes", "assault"]);
/** Words that make the subject the one attacked: "came under", "received", "faced". */
const RECEIVING: ReadonlySet<string> = new Set(["under", "receive", "received", "receives", "receiving", "faced", "faces", "facing", "sustained", "endured"]);
/** Words that end the phrase between the receiving word and the attack noun. */
const BREAKS: ReadonlySet<string> = new Set([",", ".", ";", ":", "but", "while", "who", "which", "that"]);
/** How far the receiving word may stand before the attack noun: "receive heavy and constant mortar ... fire". */
const DEFAULT_NOUN_REACH = 12;
/** How far the subject may stand before the receiving word: "X went on to receive". */
const DEFAULT_SUBJECT_REACH = 5;

/** "after Tovian troops went on to receive ...": words that open a clause as well as a prepositional phrase. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["after", "before", "since", "until", "as", "once"]);

function opensClause(view: SentenceView, u: Unit): boolean {
  const k = view.lower[u.first - 1] === "the" ? u.first - 2 : u.first - 1;
  return CLAUSE_OPENERS.has(view.lower[k] ?? "");
}

export function incomingFireRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let f = 1; f + 1 < lower.length; f++) {
    if (lower[f] === "from" && ATTACK_NOUNS.has(lower[f - 1] as string)) incomingAt(view, ctx, emit, f);
  }
}

/** The attack noun before "from" at word f; apart from the scan, as the other patterns keep theirs. */
function incomingAt(view: SentenceView, ctx: RelationContext, emit: Emit, f: number): void {
  const { lower, units } = view;
  let r = f - 2;
  while (r >= 0 && f - r <= DEFAULT_NOUN_REACH && !RECEIVING.has(lower[r] as string)) {
    if (BREAKS.has(lower[r] as string)) return;
    r--;
  }
  if (r < 0 || !RECEIVING.has(lower[r] as string)) return;
  const attacker = units.find((u) => (u.first === f + 1 || (u.first === f + 2 && lower[f + 1] === "the")) && !u.modifierOnly);
  const target = [...units].reverse().find((u) => u.end <= r && u.end >= r - DEFAULT_SUBJECT_REACH && !u.modifierOnly && (!isPrepositionalObject(view, u) || opensClause(view, u)));
  if (!attacker || !target || lower.slice(target.end, r).some((w) => BREAKS.has(w))) return;
  const modality = modalityBetween(lower, target.end, f);
  if (modality.kind !== "asserted") return;
  emit(makeRelation(ctx, "fights", attacker.head, target.head, { cue: `${lower[f - 1]} from`, ...(modality.hedge ? { hedge: modality.hedge } : {}) }));
}
