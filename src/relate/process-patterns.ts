// Actors named before a process as taking part in it: "Russia, Turkey and Iran met under the Astana process",
// "talks ... within the Geneva track". A denial drops the relation; a modal stays on the citation as a hedge.
import type { Relation } from "../model/relation.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { coordination, isPrepositionalObject, type SentenceView } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Words between actors and a process that say they take part in it: "talks ... under the Astana peace track". */
const PARTICIPATION_CUES = new Set([
  "in", "under", "within", "at", "to", "join", "joined", "joins", "participate", "participated", "participates",
  "attend", "attended", "attends", "hold", "held", "discuss", "discussed", "guarantors", "guarantor", "part",
  "through", "via", "sponsor", "sponsors", "backed", "signed", "sign",
]);

/** Verbs whose object is a conflict to be ended: "talks to end the Tovian war" say nothing of who took part in it. */
const ENDING_VERBS = new Set(["end", "ends", "ended", "ending", "resolve", "resolves", "resolved", "resolving", "settle", "halt", "stop"]);

export function processRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { units, lower } = view;
  units.forEach((p, index) => {
    if (p.head.kind !== "process") return;
    const before = [...units.slice(0, index)].reverse().find((u) => !u.modifierOnly && u.head.kind !== "process" && u.head.kind !== "place" && !isPrepositionalObject(view, u));
    if (!before) return;
    const gap = lower.slice(before.end, p.first);
    if (gap.length > 20 || !gap.some((w) => PARTICIPATION_CUES.has(w))) return;
    if (ENDING_VERBS.has(gap[gap.length - 1] === "the" ? (gap[gap.length - 2] ?? "") : (gap[gap.length - 1] ?? ""))) return;
    const modality = modalityBetween(lower, before.end, p.first);
    if (modality.kind === "denied") return;
    // A modal here qualifies the occasion, not the membership: keep it as a hedge on the citation.
    const hedge = modality.kind === "asserted" ? modality.hedge : modality.cue;
    for (const actor of coordination(view, units.indexOf(before))) {
      emit(makeRelation(ctx, "participates_in", actor.head, p.head, { cue: "process", ...(hedge ? { hedge } : {}) }));
    }
  });
}
