// Gives a statistical span its fine kind from its words and the word after it.
import type { Token } from "../model/document.ts";
import type { CoarseType, EntityKind } from "../model/ontology.ts";
import { ARMED_GROUP_CONTEXT, ARMED_GROUP_HEADS, PROCESS_HEADS } from "./cues.ts";

/** Heads of civilian bodies: "Fire Brigades Union" and "First Division Association" are no armed groups. */
const CIVIL_HEADS: ReadonlySet<string> = new Set([
  "union", "unions", "association", "federation", "society", "club", "institute", "foundation",
]);

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
      if (inner.some((w) => ARMED_GROUP_HEADS.has(w)) || ARMED_GROUP_CONTEXT.has(after)) return "armed_group";
      return "organization";
    }
    case "MISC": {
      const head = words[end - 1]?.text.toLowerCase() ?? "";
      return PROCESS_HEADS.has(head) ? "process" : null;
    }
  }
}
