// Sports contests are no political conflict. "Orvale must beat the Scots to keep the Harbour Cup", "the
// Norvanian side defeated Estrella 3-1", "Canada v Norway": a team named after a country plays that country's
// opponent; nobody fights anybody. Such a pair is kept as a contest, a weak edge with the cue that found it, and
// stays a conflict only where the words are no sport ("Russia attacked Ukraine", "troops fought rebels").
import type { Relation } from "../model/relation.ts";
import { isSportsSentence } from "../shared/sports-text.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceMention, SentenceView } from "./sentence-view.ts";

/** The first word of the cue of every contest relation. */
const CONTEST = "contest:";

/** Two sides of a match: a co-mention, not a conflict, with the cue that read it. */
export function contestRelation(ctx: RelationContext, a: SentenceMention, b: SentenceMention, cue: string): Relation | null {
  return makeRelation(ctx, "co_mentioned", a, b, { cue: `${CONTEST} ${cue}` });
}

/** A pair of opponents in a match, found by a sports pattern or a conflict verb in a sports sentence. */
export const isContest = (r: Relation): boolean => r.predicate === "co_mentioned" && r.cue.startsWith(CONTEST);

/**
 * First words of conflict cues that sport reports use for a result, a coming match or a move in it: "defeated",
 * "took on", "clash", "a shot with". Killing, bombing or invading never describe a match, so those always stay
 * conflict.
 */
const CONTEST_WORDS: ReadonlySet<string> = new Set([
  "defeat", "defeats", "defeated", "defeating", "beat", "beats", "beaten", "beating", "take", "takes", "took",
  "taking", "campaign", "clash", "clashes", "clashed", "clashing", "battle", "battles", "battled", "battling",
  "fight", "fights", "fought", "fighting", "shot", "shoot", "shoots", "strike", "strikes", "struck",
  // "X ousted the seventh seed": a knock-out in a draw.
  "oust", "ousts", "ousted", "ousting",
  // "Kelby barely threatened before the break": a chance in a match.
  "threaten", "threatens", "threatened", "threatening",
]);

/** Kinds that can be a side in a match; an armed group's fight is never a game. */
const SIDES: ReadonlySet<string> = new Set(["person", "country", "place", "organization"]);

/**
 * In a sports sentence or a sports report, the conflicts read from a result or match cue become contests:
 * "Orvale's victory avenged their cup final loss to Dunmarsh two seasons ago". Every other relation is returned as
 * it is.
 */
export function asContests(view: SentenceView, ctx: RelationContext, found: readonly Relation[], sportsArticle: () => boolean): Relation[] {
  if (!found.some((r) => r.family === "conflict" || FIXTURE_PREDICATES.has(r.predicate))) return [...found];
  const sportsSentence = isSportsSentence(ctx.quote);
  if (!sportsSentence && !sportsArticle()) return [...found];
  const byEntity = new Map(view.mentions.map((m) => [m.entity, m]));
  return found.map((r) => {
    const word = r.cue.replace(/^-/, "").split(" ")[0] ?? "";
    const a = byEntity.get(r.subject);
    const b = byEntity.get(r.object);
    if (!a || !b || !SIDES.has(a.kind) || !SIDES.has(b.kind)) return r;
    const conflict = r.family === "conflict" && CONTEST_WORDS.has(word);
    // "Kelby host Orvale on Saturday", "Dorn will meet Varga in the final": a fixture between two sides. People
    // meet for other things in a sports report too, so between people it takes a sports sentence.
    const fixture = FIXTURE_PREDICATES.has(r.predicate) && FIXTURE_WORDS.has(word) && (sportsSentence || (a.kind !== "person" && b.kind !== "person"));
    if (!conflict && !fixture) return r;
    return { ...contestOf(r), cue: `${CONTEST} ${r.cue}` };
  });
}

/** Cooperation that a fixture reads as: a side hosts, visits or meets another. */
const FIXTURE_PREDICATES: ReadonlySet<string> = new Set(["hosts", "meets"]);
const FIXTURE_WORDS: ReadonlySet<string> = new Set([
  "host", "hosts", "hosted", "hosting", "play", "visit", "visits", "visited", "visiting", "meet", "meets", "met", "meeting",
]);

/** The relation as a co-mention: the same citation, no conflict predicate and no conflict quad. */
function contestOf(r: Relation): Relation {
  const { quad: _dropped, ...rest } = r;
  return { ...rest, predicate: "co_mentioned", family: "mention" };
}

/**
 * "Orvale take on Dunmarsh in Kelby": the place after a side of a match is where the match is played, not where the
 * side is. Drops a located_in read from "in" whose subject is a side of a contest in the same sentence.
 */
export function withoutVenues(found: readonly Relation[]): Relation[] {
  const sides = new Set<string>();
  for (const r of found) {
    if (!isContest(r)) continue;
    sides.add(r.subject);
    sides.add(r.object);
  }
  if (sides.size === 0) return [...found];
  return found.filter((r) => !(r.predicate === "located_in" && sides.has(r.subject) && /^(?:, )?in\b/.test(r.cue)));
}
