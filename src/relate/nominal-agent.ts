// "welcomed the decision by the EU", "condemned the attack by X", "praised the rescue by Y": a verb of support or
// opposition acts on the one whose deed it names, when the deed's agent follows "by".
import type { SentenceView, Unit } from "./sentence-view.ts";

/** How many words the deed may take: "the re - taking", "the recent cross-border attack". */
const DEFAULT_DEED_WORDS = 5;

/** Nouns for a statement about a deed, not the deed: "welcomed the report by X" is about what X wrote. */
const NOT_DEEDS: ReadonlySet<string> = new Set(["report", "reports", "statement", "statements", "claim", "claims", "article", "book", "study", "remarks", "comments", "interview"]);

/**
 * The agent of the deed a verb ending before word tEnd acts on, when the words up to `unit` are "the <deed> by", or
 * "the <deed> of" with "by <agent>" after `unit`: the deed is lower-case words, the last a noun or a gerund.
 */
export function nominalAgent(view: SentenceView, tEnd: number, unit: Unit): Unit | undefined {
  const { lower } = view;
  const gap = lower.slice(tEnd, unit.first);
  // "welcomed the recapture of Gao by Malian troops": what the deed was done to comes first, then its agent.
  if (gap[gap.length - 1] === "of" && lower[unit.end] === "by") {
    const agent = view.units.find((u) => u.first === unit.end + 1 || (u.first === unit.end + 2 && lower[unit.end + 1] === "the"));
    return agent && !agent.modifierOnly && isDeed(view, tEnd, unit.first) ? agent : undefined;
  }
  if (gap[gap.length - 1] !== "by") return undefined;
  return isDeed(view, tEnd, unit.first) && !unit.modifierOnly ? unit : undefined;
}

/** Whether the words from tEnd up to `before` are "the <deed> by" or "the <deed> of". */
function isDeed(view: SentenceView, tEnd: number, before: number): boolean {
  const { lower, words } = view;
  const gap = lower.slice(tEnd, before);
  if (gap[0] !== "the" || gap.length < 3 || gap.length > DEFAULT_DEED_WORDS + 2) return false;
  const deed = words.slice(tEnd + 1, before - 1);
  if (!deed.every((w) => /^(?:\p{Ll}[\p{Ll}-]*|-)$/u.test(w.text) && w.pos !== "AUX" && w.pos !== "ADP")) return false;
  const noun = deed[deed.length - 1];
  return !!noun && (noun.pos === "NOUN" || noun.text.endsWith("ing")) && !NOT_DEEDS.has(noun.text);
}
