// Allies named beside the side they are allied with: "government forces and their Hezbollah allies", "the army and
// allied militias", "X and its Western partners Y". The ally supports the side it is listed with.
import type { Relation } from "../model/relation.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

const POSSESSIVES = new Set(["its", "their", "his", "her"]);
/** Nouns that make the name before them an ally of the possessor: "their Hezbollah allies". */
const ALLY_NOUNS = new Set(["ally", "allies", "partner", "partners", "backers", "proxies", "proxy"]);
/** Adjectives that make the name after them an ally of the side before "and": "and allied militias". */
const ALLIED = new Set(["allied", "affiliated"]);

/** The unit starting at word i, if any, that is a name of its own rather than a modifier. */
function unitAt(view: SentenceView, i: number): Unit | undefined {
  return view.units.find((u) => u.first === i);
}

export function allianceRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, units } = view;
  for (const side of units) {
    if (side.modifierOnly || lower[side.end] !== "and") continue;
    let k = side.end + 1;
    // "X and their Hezbollah allies": the ally's name stands between the possessive and the noun for allies.
    if (POSSESSIVES.has(lower[k] ?? "")) {
      const ally = unitAt(view, k + 1);
      // "Gibson and his Icon Productions partner Bruce Davey": a name after the noun is the partner.
      const named = view.units.some((u) => u.first === (ally?.end ?? 0) + 1);
      if (ally && ALLY_NOUNS.has(lower[ally.end] ?? "") && !named) emit(makeRelation(ctx, "supports", ally.head, side.head, { cue: `their ${lower[ally.end]}` }));
      continue;
    }
    // "X and allied Shia militias", "X and the allied Y".
    if (lower[k] === "the") k++;
    if (!ALLIED.has(lower[k] ?? "")) continue;
    const ally = unitAt(view, k + 1);
    if (ally) emit(makeRelation(ctx, "supports", ally.head, side.head, { cue: `and ${lower[k]}` }));
  }
}
