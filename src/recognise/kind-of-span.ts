// Gives a statistical span its fine kind from its words and the word after it.
import type { Token } from "../model/document.ts";
import type { CoarseType, EntityKind } from "../model/ontology.ts";
import { ARMED_GROUP_CONTEXT, ARMED_GROUP_HEADS, PROCESS_HEADS } from "./cues.ts";

/** Heads of civilian bodies: "Kelby Dockers' Brigade Union" and "Tovian Army Veterans Association" are no armed
 * groups. */
const CIVIL_HEADS: ReadonlySet<string> = new Set([
  "union", "unions", "association", "federation", "society", "club", "institute", "foundation",
]);

/**
 * Heads that civilian bodies share with armed ones ("Kelby Fraud Unit", "Voters' Coalition", "Tax Appeals
 * Division"): they make an armed group only with a military word in the name ("Quds Force", "People's Protection
 * Units", "US-led coalition", "Republican Guard").
 */
const WEAK_ARMED_HEADS: ReadonlySet<string> = new Set(["force", "guard", "guards", "unit", "units", "division", "coalition"]);
const ARMED_CUES: ReadonlySet<string> = new Set([
  "protection", "mobilization", "mobilisation", "republican", "revolutionary", "presidential", "defence", "defense",
  "special", "rapid", "border", "coast", "popular", "armed", "military", "air", "naval", "marine", "army", "quds",
  "tactical", "infantry", "armoured", "armored", "airborne", "mechanised", "mechanized",
]);

/** A military word in a name with a weak head; "National" counts only before a guard ("National Guard"). */
function hasArmedCue(inner: readonly string[]): boolean {
  if (inner.some((w) => ARMED_CUES.has(w) || /-(?:led|backed)$/.test(w))) return true;
  return inner.includes("national") && (inner.includes("guard") || inner.includes("guards"));
}

export function kindOfSpan(words: readonly Token[], first: number, end: number, coarse: CoarseType): EntityKind | null {
  switch (coarse) {
    case "PER":
      return "person";
    case "LOC":
      return "place";
    case "ORG": {
      const inner = words.slice(first, end).map((t) => t.text.toLowerCase());
      const after = words[end]?.text.toLowerCase() ?? "";
      if (CIVIL_HEADS.has(inner[inner.length - 1] ?? "")) return "organization";
      const strongHead = inner.some((w) => ARMED_GROUP_HEADS.has(w) && !WEAK_ARMED_HEADS.has(w));
      if (strongHead || ARMED_GROUP_CONTEXT.has(after)) return "armed_group";
      return inner.some((w) => WEAK_ARMED_HEADS.has(w)) && hasArmedCue(inner) ? "armed_group" : "organization";
    }
    case "MISC": {
      const head = words[end - 1]?.text.toLowerCase() ?? "";
      return PROCESS_HEADS.has(head) ? "process" : null;
    }
  }
}
