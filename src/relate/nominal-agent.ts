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
    return agent && !agent.modifierOnly && isDeed(view, tEnd, unit.first - 1) ? agent : undefined;
  }
  if (gap[gap.length - 1] !== "by") return undefined;
  // "condemned the attack claimed by X", "the bombing carried out by X": the participle names the agent as well.
  const participle = DEED_PARTICIPLES.find((p) => p.every((w, k) => gap[gap.length - 1 - p.length + k] === w));
  return isDeed(view, tEnd, unit.first - 1 - (participle?.length ?? 0)) && !unit.modifierOnly ? unit : undefined;
}

/** Participles between a deed and its agent: "claimed by", "carried out by". */
const DEED_PARTICIPLES: readonly (readonly string[])[] = [
  ["claimed"], ["carried", "out"], ["committed"], ["perpetrated"], ["launched"], ["conducted"], ["staged"], ["mounted"],
];

/** Whether the words from tEnd up to `deedEnd` are "the <deed>". */
function isDeed(view: SentenceView, tEnd: number, deedEnd: number): boolean {
  const { lower, words } = view;
  if (lower[tEnd] !== "the" || deedEnd - tEnd < 2 || deedEnd - tEnd > DEFAULT_DEED_WORDS + 1) return false;
  const deed = words.slice(tEnd + 1, deedEnd);
  if (!deed.every((w) => /^(?:\p{Ll}[\p{Ll}-]*|-)$/u.test(w.text) && w.pos !== "AUX" && w.pos !== "ADP")) return false;
  const noun = deed[deed.length - 1];
  return !!noun && (noun.pos === "NOUN" || noun.text.endsWith("ing")) && !NOT_DEEDS.has(noun.text);
}
