// Where a tagged person's name really starts: the remit of an office glued before it ("Minister of Finance Karl
// Osterberg" tagged "Finance Karl Osterberg") is no part of a name, and a span made only of such words ("Human
// Rights") names no person at all.
import { PORTFOLIO_WORDS } from "./cues.ts";

/** The first word of the person's name in [first, end), or null when every word is a field of public work. */
export function withoutPortfolio(texts: readonly string[], first: number, end: number): number | null {
  let k = first;
  while (k < end && PORTFOLIO_WORDS.has((texts[k] ?? "").toLowerCase())) k++;
  return k < end ? k : null;
}
