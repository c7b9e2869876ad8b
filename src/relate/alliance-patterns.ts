// Allies named beside the side they are allied with: "government troops and their Karsan allies", "the army and
// allied militias", "X and its Western partners Y". The ally supports the side it is listed with. Sides said to be
// allies of each other ("A and B are close allies") support each other.
import type { Relation } from "../model/relation.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { modalityBetween } from "./modality.ts";
import { coordination, type SentenceView, type Unit } from "./sentence-view.ts";
import { pairwise } from "./structural-patterns.ts";

type Emit = (r: Relation | null) => void;

const POSSESSIVES = new Set(["its", "their", "his", "her"]);
/** Nouns that make the name before them an ally of the possessor: "their Karsan allies". */
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
    // "X and their Karsan allies": the ally's name stands between the possessive and the noun for allies.
    if (POSSESSIVES.has(lower[k] ?? "")) {
      const ally = unitAt(view, k + 1);
      // "Harlow and his Bluefen Pictures partner Tom Adeyemi": a name after the noun is the partner.
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

/** Verbs that say what the sides listed before them are: "A and B are close allies". */
const BEING = new Set(["are", "were", "remain", "remained", "became", "become"]);
/** Nouns for sides allied with each other. */
const MUTUAL_ALLY_NOUNS = new Set(["allies", "partners"]);

/** "A and B are close allies", "A and B have long been partners": each side supports the other. */
export function mutualAllianceRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, units } = view;
  for (let k = 2; k < lower.length; k++) {
    if (!MUTUAL_ALLY_NOUNS.has(lower[k] as string)) continue;
    // "are close allies", "were key strategic partners": up to two adjectives between the verb and the noun.
    let v = k - 1;
    while (v > k - 3 && view.words[v]?.pos === "ADJ" && /^\p{Ll}/u.test(view.words[v]?.text ?? "")) v--;
    if (lower[v] === "been" && /^(?:have|had|has)$/.test(lower[v - 1] ?? "")) v--;
    else if (!BEING.has(lower[v] as string)) continue;
    // "allies in the fight", "partners." : the noun is not the head of a longer phrase ("allies of X" is read apart).
    if (lower[k + 1] === "of" || lower[k + 1] === "'s" || lower[k + 1] === "’s") continue;
    const last = [...units].reverse().find((u) => u.end <= v && u.end >= v - 2 && !u.modifierOnly);
    if (!last) continue;
    const sides = coordination(view, units.indexOf(last));
    const listed = sides.length >= 2 && lower.slice((sides[0] as Unit).end, last.first).includes("and");
    if (!listed || modalityBetween(lower, last.end, k).kind !== "asserted") continue;
    const cue = `are ${lower[k]}`;
    pairwise(sides, (a, b) => {
      emit(makeRelation(ctx, "supports", a.head, b.head, { cue }));
      emit(makeRelation(ctx, "supports", b.head, a.head, { cue }));
    });
  }
}
