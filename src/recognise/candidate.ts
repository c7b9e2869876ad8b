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
  /**
   * A tagger's name of proper nouns and numbers only, with no other word of the sentence glued on: it may hold a
   * place's or an organisation's name ("Denzel Washington", "Airbus A380"; not "Turkey Agree", "EU-funded").
   */
  properName?: boolean;
}

/**
 * Priorities: a pattern that names an institution beats the demonym inside it; the lexicon beats the model, and a
 * name found only after a title fills gaps. A feature named after a place ("Gulf of Oman") beats the tagger's
 * reading of the same words as an organisation, which may outrank the places inside it like an institution.
 */
export const PRIORITY = { titled: 0, model: 1, lexicon: 3, institution: 4, feature: 5 } as const;

/** Kinds of lexicon names that are also people's names ("Jordan", "Washington", "Wagner"). */
const NAME_PARTS: ReadonlySet<EntityKind> = new Set(["place", "country", "armed_group"]);

/**
 * Picks non-overlapping candidates: longer spans first, then higher priority, then leftmost.
 * A lexicon match that overlaps a longer model span wins unless the model span strictly contains it
 * and the lexicon match is a demonym or place ("Russian Ministry of Defence", "Moscow State University"), a
 * place's or group's name inside a person's ("Denzel Washington"), or an organisation opening a product's name
 * ("Airbus A380").
 */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  // Each candidate's rank is computed once, and overlaps are looked up per token: a run-on "sentence" of a scraped
  // page can hold thousands of candidates, and pairwise comparisons would make it quadratic.
  const lexiconAt = lexiconByToken(candidates);
  const rank = new Map(candidates.map((c) => [c, effective(c, lexiconAt)]));
  const ranked = [...candidates].sort(
    (a, b) => (rank.get(b) as number) - (rank.get(a) as number) || a.first - b.first || a.end - b.end,
  );
  const covered: boolean[] = [];
  const taken: Candidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.first; i < c.end && free; i++) free = !covered[i];
    if (!free) continue;
    for (let i = c.first; i < c.end; i++) covered[i] = true;
    taken.push(c);
  }
  return taken.sort((a, b) => a.first - b.first);
}

/** The lexicon candidates covering each token. */
function lexiconByToken(all: readonly Candidate[]): Map<number, Candidate[]> {
  const at = new Map<number, Candidate[]>();
  for (const o of all) {
    if (o.source !== "lexicon") continue;
    for (let i = o.first; i < o.end; i++) {
      const list = at.get(i);
      if (list) list.push(o);
      else at.set(i, [o]);
    }
  }
  return at;
}

/** The lexicon candidates that overlap `c`, in input order. */
function overlapping(c: Candidate, lexiconAt: ReadonlyMap<number, readonly Candidate[]>): Candidate[] {
  const found = new Set<Candidate>();
  for (let i = c.first; i < c.end; i++) for (const o of lexiconAt.get(i) ?? []) found.add(o);
  return [...found];
}

function effective(c: Candidate, lexiconAt: ReadonlyMap<number, readonly Candidate[]>): number {
  const length = c.end - c.first;
  if (c.source !== "model") return c.priority * 1000 + length;
  // A model span that only swallows a demonym or place name may outrank it; otherwise the lexicon decides.
  const overlaps = overlapping(c, lexiconAt);
  if (overlaps.length === 0) return c.priority * 1000 + length;
  const inner = overlaps.filter((o) => o.first >= c.first && o.end <= c.end);
  // "Recept Tayyip Erdogan" around the lexicon's "Tayyip Erdogan": the longer name is what the text says.
  const extendsName =
    inner.length === 1 &&
    overlaps.length === 1 &&
    (inner[0] as Candidate).coarse === c.coarse &&
    !(inner[0] as Candidate).demonym &&
    (inner[0] as Candidate).end - (inner[0] as Candidate).first < length;
  if (extendsName) return PRIORITY.institution * 1000 + length;
  // "Michael Jordan", "Denzel Washington", "Ann Wagner": a place's or an armed group's name inside a person's name
  // is part of the person's. A company's is not: the tagger reads "Sony Walkman" as a person too.
  const personWithName =
    c.coarse === "PER" &&
    c.properName === true &&
    inner.length === overlaps.length &&
    inner.every((o) => !o.demonym && NAME_PARTS.has(o.kind as EntityKind) && o.end - o.first < length);
  if (personWithName) return PRIORITY.institution * 1000 + length;
  // "Airbus A380", "Nokia Lumia", "the Kelvanto Open": an organisation's name opening a longer name the tagger
  // reads as MISC names a product or an event, not the organisation.
  const namesThing =
    c.coarse === "MISC" &&
    c.properName === true &&
    overlaps.length === 1 &&
    inner.length === 1 &&
    (inner[0] as Candidate).first === c.first &&
    (inner[0] as Candidate).kind === "organization" &&
    (inner[0] as Candidate).end - (inner[0] as Candidate).first < length;
  if (namesThing) return PRIORITY.institution * 1000 + length;
  // "Indian Ocean", "Persian Gulf": a place named with a nationality is one place; a place glued to another ("Miami,
  // Fla.") is two.
  const swallowsOnlyModifiers =
    inner.length > 0 &&
    inner.length === overlaps.length &&
    inner.every((o) => o.demonym || ((o.kind === "place" || o.kind === "country") && c.coarse === "ORG")) &&
    inner.every((o) => o.end - o.first < length) &&
    (c.coarse === "ORG" || c.coarse === "LOC");
  return swallowsOnlyModifiers ? PRIORITY.institution * 1000 + length : 0;
}
