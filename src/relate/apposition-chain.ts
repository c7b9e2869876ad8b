// A second role in an apposition after "and": "Marek Dolan, leader of the Valley Farmers and deputy chairman of the
// Union of Norvanian Poets", "X, a lecturer at Eastbridge College and honorary head of the Harbour Rowing League".
// The first role is read by the proximity patterns; this reads the one after "and".
import type { Relation } from "../model/relation.ts";
import { ROLE_WORDS } from "../recognise/cues.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Head nouns of a post. */
const POSTS: ReadonlySet<string> = new Set([
  "president", "vice-president", "leader", "member", "director", "chairman", "chairwoman", "chair", "head", "chief",
  "secretary", "founder", "co-founder", "spokesman", "spokeswoman", "treasurer", "editor", "commander", "professor",
  "governor", "executive", "officer", "trustee", "partner", "adviser", "advisor", "coordinator", "manager",
]);
const LINKS: ReadonlySet<string> = new Set(["of", "at", "for"]);
/** How far the second role's organisation may stand from the person. */
const DEFAULT_CHAIN_WORDS = 30;
const GROUPS: ReadonlySet<string> = new Set(["organization", "armed_group", "country"]);

export function appositionChainRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (const person of view.units) {
    if (person.head.kind !== "person" || lower[person.end] !== ",") continue;
    chainAfter(view, ctx, emit, person);
  }
}

/** The roles after "and" in the apposition that opens after `person`. */
function chainAfter(view: SentenceView, ctx: RelationContext, emit: Emit, person: Unit): void {
  const { lower, words } = view;
  let k = person.end + 1;
  // The apposition must start with a role: "leader of", "a professor of".
  if (/^(?:a|an|the)$/.test(lower[k] ?? "")) k++;
  if (!isRoleWord(view, k)) return;
  for (; k < lower.length && k <= person.end + DEFAULT_CHAIN_WORDS; k++) {
    const w = lower[k] as string;
    if (w === "." || w === ";" || w === ":" || w === "who" || w === "which" || w === "," || words[k]?.pos === "VERB" || words[k]?.pos === "AUX") return;
    if (w !== "and") continue;
    let r = k + 1;
    if (/^(?:a|an|the)$/.test(lower[r] ?? "")) r++;
    const start = r;
    while (r < k + 6 && isRoleWord(view, r) && !LINKS.has(lower[r] as string)) r++;
    if (r === start || !POSTS.has(lower[r - 1] as string) || !LINKS.has(lower[r] ?? "")) continue;
    let at = r + 1;
    if (lower[at] === "the") at++;
    const organisation = view.units.find((u) => u.first === at && !u.modifierOnly && GROUPS.has(u.head.kind));
    if (!organisation) continue;
    const role = words.slice(start, r).map((t) => t.text).join(" ");
    emit(makeRelation(ctx, "holds_role_in", person.head, organisation.head, { cue: "apposition and", role }));
  }
}

/** A word of a post: a title word or a lower-case word ("honorary", "vice-president"). */
function isRoleWord(view: SentenceView, i: number): boolean {
  const w = view.words[i];
  if (!w) return false;
  const lower = view.lower[i] as string;
  return ROLE_WORDS.has(lower) || POSTS.has(lower) || (/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && (w.pos === "ADJ" || w.pos === "NOUN"));
}
