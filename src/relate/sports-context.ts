// Sports contests are no political conflict. "Orvale must beat the Scots to keep the Harbour Cup", "the
// Norvanian side defeated Estrella 3-1", "Canada v Norway": a team named after a country plays that country's
// opponent; nobody fights anybody. Such a pair is kept as a contest, a weak edge with the cue that found it, and
// stays a conflict only where the words are no sport ("Russia attacked Ukraine", "troops fought rebels").
import type { Relation } from "../model/relation.ts";
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

/** Words that only sport uses, or that sport's reports cannot do without: one of them makes a sports sentence. */
const SPORTS_WORDS: ReadonlySet<string> = new Set([
  "match", "matches", "fixture", "fixtures", "tournament", "tournaments", "championship", "championships", "cup",
  "finals", "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals", "qualifier",
  "qualifiers", "double-header", "derby", "trophy", "medal", "medals", "olympic", "olympics", "squad", "stadium",
  "coach", "striker", "goalkeeper", "midfielder", "seed", "seeded", "innings", "wicket", "wickets", "rugby",
  "football", "soccer", "cricket", "tennis", "hockey", "basketball", "baseball", "golf", "athletics", "boxing",
  "half-time", "halftime", "kick-off",
]);

/** Words that sport uses and politics too ("the final push", "won the vote"): it takes two of them. */
const WEAK_SPORTS_WORDS: ReadonlySet<string> = new Set([
  "final", "win", "wins", "won", "title", "champion", "champions", "season", "game", "games", "goal", "goals",
  "play", "plays", "played", "team", "teams", "victory", "coached", "scored", "score",
]);

/** "2-1", "24-10", "6-3 7-6 (10-8)": a score; four-digit years ("2004-05") are no score. */
const SCORE = /(?:^|[^\d-])\d{1,3}-\d{1,3}(?![\d-])/;

/** A seeding: "eighth-seed", "top-seeded". */
const SEEDING = /^(?:top|\w+th|second|third|first)-seed(?:ed)?$/;

/** How many sports words or scores an article needs at least, and at most how many words it may have per one. */
const DEFAULT_SPORTS_ARTICLE_CUES = 3;
const DEFAULT_WORDS_PER_SPORTS_CUE = 150;

/** The words of a text as written: the tokeniser splits "double-header" and "eighth-seed" at the hyphen. */
const WORDS = /[\p{L}\p{N}-]+/gu;
const SCORES = new RegExp(SCORE.source, "g");

const isSportsWord = (w: string): boolean => SPORTS_WORDS.has(w) || SEEDING.test(w);

/** A sentence about sport: a sports word, a score, or two words that sport shares with politics. */
export function isSportsSentence(quote: string): boolean {
  let weak = 0;
  for (const [word] of quote.matchAll(WORDS)) {
    const w = word.toLowerCase();
    if (isSportsWord(w)) return true;
    if (WEAK_SPORTS_WORDS.has(w)) weak++;
  }
  return weak >= 2 || SCORE.test(quote);
}

/**
 * A sports report: sports words and scores throughout, so that its plain sentences are about sport too ("Orvale
 * take on Dunmarsh at the Kelby Arena"). A news story that mentions a match once or twice is not one.
 */
export function isSportsArticle(text: string): boolean {
  // Counted as the text is scanned: an article can be megabytes long, and its words need not be kept.
  let words = 0;
  let cues = 0;
  for (const [word] of text.matchAll(WORDS)) {
    words++;
    if (isSportsWord(word.toLowerCase())) cues++;
  }
  for (const _ of text.matchAll(SCORES)) cues++;
  return cues >= DEFAULT_SPORTS_ARTICLE_CUES && cues * DEFAULT_WORDS_PER_SPORTS_CUE >= words;
}

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
]);

/** Kinds that can be a side in a match; an armed group's fight is never a game. */
const SIDES: ReadonlySet<string> = new Set(["person", "country", "place", "organization"]);

/**
 * In a sports sentence or a sports report, the conflicts read from a result or match cue become contests:
 * "Orvale's victory avenged their cup final loss to Dunmarsh two seasons ago". Every other relation is returned as
 * it is.
 */
export function asContests(view: SentenceView, ctx: RelationContext, found: readonly Relation[], sportsArticle: boolean): Relation[] {
  if (!found.some((r) => r.family === "conflict") || !(sportsArticle || isSportsSentence(ctx.quote))) return [...found];
  const byEntity = new Map(view.mentions.map((m) => [m.entity, m]));
  return found.map((r) => {
    const word = r.cue.replace(/^-/, "").split(" ")[0] ?? "";
    if (r.family !== "conflict" || !CONTEST_WORDS.has(word)) return r;
    const a = byEntity.get(r.subject);
    const b = byEntity.get(r.object);
    if (!a || !b || !SIDES.has(a.kind) || !SIDES.has(b.kind)) return r;
    return { ...contestOf(r), cue: `${CONTEST} ${r.cue}` };
  });
}

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
