// "met the President of Chad", "held talks with the foreign ministers of Chad, Niger and Mali": a verb of talks or
// support acts on the state or body whose office holder the object names, when that holder is not named.
import { ROLE_WORDS } from "../recognise/cues.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

/** Nouns for an office whose holder stands for the body it is "of". */
const OFFICES: ReadonlySet<string> = new Set([
  "president", "minister", "ministers", "king", "queen", "emir", "ambassador", "ambassadors", "envoy", "envoys", "leader",
  "leaders", "head", "heads", "chancellor", "premier", "secretary", "governor", "representative", "representatives",
]);

/** How many words an office may take before its "of": "the Minister of", "the deputy foreign ministers of". */
const DEFAULT_OFFICE_WORDS = 5;

/**
 * The body a verb ending before word tEnd acts on through its office holder ("the President of Chad"), or undefined
 * when the words up to `unit` are not "the <office> of". "the Minister of Foreign Affairs of Chad" is Chad's.
 */
export function officeOf(view: SentenceView, tEnd: number, unit: Unit): Unit | undefined {
  const { lower, units } = view;
  const gap = lower.slice(tEnd, unit.first);
  if (gap.length < 2 || gap.length > DEFAULT_OFFICE_WORDS || !gap.every((w) => ROLE_WORDS.has(w))) return undefined;
  const of = gap.lastIndexOf("of");
  if (of < 1 || of < gap.length - 2 || (of === gap.length - 2 && gap[of + 1] !== "the")) return undefined;
  if (!OFFICES.has(gap[of - 1] ?? "")) return undefined;
  // "the Minister of Foreign Affairs of Chad": the ministry names the post; the state after it holds it.
  if (unit.head.kind !== "country" && lower[unit.end] === "of") {
    const state = units.find((u) => u.first === unit.end + 1 && u.head.kind === "country");
    if (state) return state;
  }
  return unit;
}
