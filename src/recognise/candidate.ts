// A candidate name span from one recogniser, and the rule that picks non-overlapping winners among them.
import type { CoarseType, EntityKind } from "../model/ontology.ts";
import type { MentionSource } from "../model/mention.ts";

export interface Candidate {
  /** Token indices within the sentence, `end` exclusive. */
  first: number;
  end: number;
  /** null: a name that is not an actor (kept only for evaluation output). */
  kind: EntityKind | null;
  coarse: CoarseType;
  demonym: boolean;
  source: MentionSource;
  lexiconId?: string;
  /** Higher wins among overlapping candidates of equal length. */
  priority: number;
}

/** Priorities: a pattern that names an institution beats the demonym inside it; the lexicon beats the model, and a name found only after a title fills gaps. */
export const PRIORITY = { titled: 0, model: 1, lexicon: 3, institution: 4 } as const;

/**
 * Picks non-overlapping candidates: longer spans first, then higher priority, then leftmost.
 * A lexicon match that overlaps a longer model span wins unless the model span strictly contains it
 * and the lexicon match is a demonym or place ("Russian Ministry of Defence", "Moscow State University").
 */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => effective(b, candidates) - effective(a, candidates) || a.first - b.first || a.end - b.end,
  );
  const taken: Candidate[] = [];
  for (const c of ranked) {
    if (taken.some((t) => c.first < t.end && t.first < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.first - b.first);
}

function overlapping(c: Candidate, all: readonly Candidate[]): Candidate[] {
  return all.filter((o) => o.source === "lexicon" && o.first < c.end && c.first < o.end);
}

function effective(c: Candidate, all: readonly Candidate[]): number {
  const length = c.end - c.first;
  if (c.source !== "model") return c.priority * 1000 + length;
  // A model span that only swallows a demonym or place name may outrank it; otherwise the lexicon decides.
  const inner = all.filter((o) => o !== c && o.source === "lexicon" && o.first >= c.first && o.end <= c.end);
  const overlapsLexicon = all.some((o) => o.source === "lexicon" && o.first < c.end && c.first < o.end);
  if (!overlapsLexicon) return c.priority * 1000 + length;
  // "Recept Tayyip Erdogan" around the lexicon's "Tayyip Erdogan": the longer name is what the text says.
  const extendsName =
    inner.length === 1 &&
    overlapping(c, all).length === 1 &&
    (inner[0] as Candidate).coarse === c.coarse &&
    !(inner[0] as Candidate).demonym &&
    (inner[0] as Candidate).end - (inner[0] as Candidate).first < length;
  if (extendsName) return PRIORITY.institution * 1000 + length;
  const swallowsOnlyModifiers =
    inner.length > 0 &&
    inner.length === all.filter((o) => o.source === "lexicon" && o.first < c.end && c.first < o.end).length &&
    inner.every((o) => o.demonym || o.kind === "place" || o.kind === "country") &&
    inner.every((o) => o.end - o.first < length) &&
    c.coarse === "ORG";
  return swallowsOnlyModifiers ? PRIORITY.institution * 1000 + length : 0;
}
