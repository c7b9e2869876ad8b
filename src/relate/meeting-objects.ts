// "meet" also takes things: "to meet demand", "met the deadline", "met X's cross". Sides that meet a thing do not
// meet each other, and the one met in "met X's envoy" is the envoy, not X.
import type { SentenceView } from "./sentence-view.ts";
import type { Trigger } from "./triggers.ts";

/** Whether the trigger is the bare verb "meet" in one of its forms. */
export function isMeetVerb(trigger: Trigger): boolean {
  return trigger.predicate === "meets" && trigger.words.length === 1 && /^(?:meet|meets|met|meeting)$/.test(trigger.words[0] ?? "");
}

/** Whether a common noun, maybe after an article or adjectives, is the object right after the verb: "meet demand". */
export function meetsAThing(view: SentenceView, tEnd: number): boolean {
  let k = tEnd;
  while (k < tEnd + 3 && (view.words[k]?.pos === "DET" || view.words[k]?.pos === "ADJ")) k++;
  const word = view.words[k];
  return !!word && word.pos === "NOUN" && /^\p{Ll}/u.test(word.text);
}
