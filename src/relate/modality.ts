// Negation, hedging and attribution around a trigger: a denied or hypothetical relation is never asserted,
// and the hedge and the source of a claim travel on its citation.

const NEGATIONS = new Set([
  "not", "n't", "never", "no", "neither", "nor", "without", "denied", "denies", "deny", "denying", "refused",
  "refuses", "refuse", "failed", "fails", "rejected", "ruled", "cannot", "unlikely", "hardly",
  // "X was acquitted of killing Y": a court found it did not happen.
  "acquitted", "exonerated",
]);
const HYPOTHETICAL = new Set([
  "could", "might", "may", "if", "unless", "whether", "should", "hypothetically", "possibly", "perhaps", "considering",
  "considers", "mulling", "floated", "would",
  // Plans and hopes are not events yet: "X is scheduled to meet Y", "X hopes to sign with Y".
  "scheduled", "plans", "planned", "planning", "intends", "intended", "hopes", "hoped", "expected",
  // So are aims: "X is preparing to oust Y", "X seeks talks with Y".
  "preparing", "prepares", "poised", "seeking", "seeks", "aims", "aiming", "wants", "hope", "invited",
]);
// "X was accused of helping to topple Y": an accusation is a claim, kept as a hedge on the citation.
const HEDGES = new Set(["reportedly", "allegedly", "apparently", "purportedly", "seemingly", "reported", "alleged", "rumoured", "rumored", "suspected", "believed", "likely", "accused"]);
const SAYING = new Set(["said", "says", "say", "told", "stated", "added", "announced", "claimed", "claims", "insisted", "noted", "argued", "warned", "according"]);

export type Modality = { kind: "asserted"; hedge?: string } | { kind: "denied" | "hypothetical"; cue: string };

/** Looks at the words between a subject and the end of its trigger. */
export function modalityOf(words: readonly string[]): Modality {
  return modalityBetween(words.map((w) => w.toLowerCase()), 0, words.length);
}

/**
 * modalityOf for the words lower[from, to) of a sentence already lower-cased: read in place, because the patterns
 * ask at nearly every word and a copy per question was most of their cost.
 */
export function modalityBetween(lower: readonly string[], from: number, to: number): Modality {
  let hedge: string | undefined;
  const end = Math.min(to, lower.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const lw = lower[i] as string;
    if (NEGATIONS.has(lw)) return { kind: "denied", cue: lw };
    if (HYPOTHETICAL.has(lw)) return { kind: "hypothetical", cue: lw };
    // "X is set to join Y", "X has been waiting to join Y": still to come.
    if ((lw === "set" || lw === "waiting") && i + 1 < end && lower[i + 1] === "to") return { kind: "hypothetical", cue: `${lw} to` };
    if (!hedge && HEDGES.has(lw)) hedge = lw;
  }
  return hedge ? { kind: "asserted", hedge } : { kind: "asserted" };
}

/** Index of a saying verb in the sentence, if any: who said it is attributed in relate-document. */
export function isSayingWord(word: string): boolean {
  return SAYING.has(word.toLowerCase());
}
