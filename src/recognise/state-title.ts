// "Secretary of State Ann Varga", "Minister of State Piet Dorn": the title ends in "of State". The tagger, which
// learnt "of" followed by names, may take "State" into the name, and so may the leftward extension of person names.
import { TITLES_BEFORE_NAME } from "./cues.ts";

/** Does the word at k end a title "... of State"? `word(i)` is the text of word i. */
export function endsStateTitle(word: (i: number) => string | undefined, k: number): boolean {
  const lower = (i: number): string => (word(i) ?? "").toLowerCase();
  return word(k) === "State" && lower(k - 1) === "of" && TITLES_BEFORE_NAME.has(lower(k - 2));
}

/** Where the name starts in [first, end): after a title's "State" that leads it, when a name is left. */
export function afterStateTitle(texts: readonly string[], first: number, end: number): number {
  return end - first > 1 && endsStateTitle((i) => texts[i], first) ? first + 1 : first;
}
