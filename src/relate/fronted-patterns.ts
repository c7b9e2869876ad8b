// Relations stated by a phrase set before the clause it belongs to: "In support of the Iraqi army, Coalition aircraft
// struck ...", "Farther north in the drive against the Front, the militia began ...". The clause's subject is the actor.
import type { Predicate } from "../model/ontology.ts";
import type { Relation } from "../model/relation.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { coordination, type SentenceView, type Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Sentence adverbs that may come before the fronted phrase. */
const OPENERS = new Set(["elsewhere", "meanwhile", "also", "additionally", "separately", "and", "but", "today", "now"]);
/** Nouns for a fight: "in the campaign against X", "in the fight to defeat X". */
const FIGHT_NOUNS = new Set(["campaign", "fight", "war", "battle", "offensive", "struggle"]);

/** The predicate and the number of words of a fronted phrase starting with "in" at word i, or undefined. */
function frontedPhrase(lower: readonly string[], i: number): { predicate: Predicate; words: number } | undefined {
  if (lower[i] !== "in") return undefined;
  if (lower[i + 1] === "support" && lower[i + 2] === "of") return { predicate: "supports", words: 3 };
  if (lower[i + 1] !== "the" || !FIGHT_NOUNS.has(lower[i + 2] ?? "")) return undefined;
  if (lower[i + 3] === "against") return { predicate: "fights", words: 4 };
  if (lower[i + 3] === "to" && (lower[i + 4] === "defeat" || lower[i + 4] === "destroy")) return { predicate: "fights", words: 5 };
  return undefined;
}

export function frontedRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, units } = view;
  let i = 0;
  while (i < 2 && (OPENERS.has(lower[i] ?? "") || lower[i] === ",")) i++;
  const phrase = frontedPhrase(lower, i);
  if (!phrase) return;
  const at = i + phrase.words + (lower[i + phrase.words] === "the" ? 1 : 0);
  const target = units.find((u) => u.first === at && !u.modifierOnly);
  if (!target) return;
  const targets = coordination(view, units.indexOf(target), "object");
  const last = targets[targets.length - 1] as Unit;
  // The phrase must close right after its name, and the clause's subject open right after the comma.
  if (lower[last.end] !== ",") return;
  const subject = units.find((u) => (u.first === last.end + 1 || (u.first === last.end + 2 && lower[last.end + 1] === "the")) && !u.modifierOnly);
  if (!subject) return;
  // "In the campaign against X, Y has not ...": the clause's own verb may deny it.
  const modality = modalityBetween(lower, subject.end, Math.min(lower.length, subject.end + 4));
  if (modality.kind !== "asserted") return;
  const cue = lower.slice(i, i + phrase.words).join(" ");
  for (const s of coordination(view, units.indexOf(subject))) {
    for (const o of targets) emit(makeRelation(ctx, phrase.predicate, s.head, o.head, { cue, ...(modality.hedge ? { hedge: modality.hedge } : {}) }));
  }
}
