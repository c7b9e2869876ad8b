// Sports listings, where a place names its team: fixtures ("Australia v Sri Lanka", "KANSAS CITY AT DETROIT"),
// matches ("a qualifier against Dunmarsh"), and result lines ("Sussex 363 ( T. Wexley 111 ) , Lancashire 197-8"),
// whose bracketed players belong to the team before them. The two sides of a match are a contest, a weak edge: a
// match is no conflict between the places that name the teams.
import type { Relation } from "../model/relation.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { sentenceMention, type SentenceMention, type SentenceView } from "./sentence-view.ts";
import { contestRelation } from "./sports-context.ts";

type Emit = (r: Relation | null) => void;

const TEAM_KINDS = new Set(["place", "country", "organization"]);
const VERSUS = new Set(["v", "v.", "vs", "vs.", "versus"]);
/** Nouns for one contest: "Orvale 's qualifier against Dunmarsh", "the final with Kelby Rovers". */
const MATCH_NOUNS = new Set(["match", "game", "tie", "final", "semifinal", "semi-final", "qualifier", "fixture", "bout", "clash", "derby"]);
/** A score or a figure: "363", "429-7", "4-37", "6-3". */
const SCORE = /^\d+(?:-\d+)?$/;

/** A place or country named as a team acts as an organisation: the team, not the territory. */
const asTeam = (m: SentenceMention): SentenceMention => (m.kind === "place" || m.kind === "country" ? sentenceMention({ ...m, kind: "organization" }) : m);

const isTeam = (m: SentenceMention | undefined): m is SentenceMention => !!m && TEAM_KINDS.has(m.kind) && !m.demonym;


/** "Australia v Sri Lanka"; a line that is only "KANSAS CITY AT DETROIT". */
function fixtures(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!isTeam(a) || !isTeam(b) || b.first !== a.end + 1) continue;
    const word = view.words[a.end]?.text ?? "";
    const listing = word === "AT" && a.first === 0 && b.end === lower.length;
    if (VERSUS.has(word.toLowerCase()) || listing) emit(contestRelation(ctx, a, b, word.toLowerCase()));
  }
}

/** "Orvale 's first World Cup qualifier against Dunmarsh", "Kelby 's game against Tovia", "a match between A and B". */
function matches(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  // The scan only finds the nouns, read apart so that the closures there do not capture its index.
  for (let t = 0; t < lower.length; t++) if (MATCH_NOUNS.has(lower[t] as string)) matchAt(view, ctx, emit, t);
}

/** The match noun at t: "a match between A and B", "Orvale 's qualifier against Dunmarsh". */
function matchAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, mentions } = view;
  if (lower[t + 1] === "between") {
    const a = mentions.find((m) => m.first === t + 2);
    const b = a && lower[a.end] === "and" ? mentions.find((m) => m.first === a.end + 1) : undefined;
    if (isTeam(a) && isTeam(b)) emit(contestRelation(ctx, a, b, `${lower[t]} between`));
    return;
  }
  if (lower[t + 1] !== "against" && lower[t + 1] !== "with") return;
  const b = mentions.find((m) => m.first === t + 2);
  if (!isTeam(b)) return;
  // The side is the possessor a few words before the noun: "Orvale 's first World Cup qualifier".
  const owner = [...mentions].reverse().find((m) => m.end < t && m.end >= t - 5 && (lower[m.end] === "'s" || lower[m.end] === "’s"));
  if (isTeam(owner) && owner !== b) emit(contestRelation(ctx, owner, b, `${lower[t]} ${lower[t + 1]}`));
}

/** A score or a figure that is not a year: "363", "429-7", "4-37". */
const isScore = (w: string | undefined): boolean => !!w && SCORE.test(w) && !/^(?:1[89]|20)\d\d$/.test(w);

/** Index past a team's score: "363", "259 and 207", "429-7". */
function pastScore(lower: readonly string[], t: number): number {
  if (!isScore(lower[t])) return t;
  let k = t + 1;
  while (lower[k] === "and" && isScore(lower[k + 1])) k += 2;
  return k;
}

/** "Kelby 301 ( P. Dorn 104 , A. Varga 57 ) , Orvale 188-6": the sides oppose; the players are members. */
function resultLines(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  let previous: { team: SentenceMention; end: number } | undefined;
  for (const team of mentions) {
    if (!isTeam(team)) continue;
    let end = pastScore(lower, team.end);
    if (end === team.end) continue;
    if (lower[end] === "(") {
      // The players named in the bracket, each followed by their figures.
      let k = end + 1;
      for (; k < lower.length && lower[k] !== ")" && lower[k] !== "("; k++) {
        const player = mentions.find((m) => m.first === k && m.kind === "person");
        if (!player) continue;
        if (isScore(lower[player.end])) emit(makeRelation(ctx, "member_of", player, asTeam(team), { cue: "result line" }));
        k = player.end - 1;
      }
      end = lower[k] === ")" ? k + 1 : end;
    }
    // Two sides in a row: "Sussex 363 ( ... ) , Lancashire 197-8".
    if (previous && (team.first === previous.end + 1 && (lower[previous.end] === "," || lower[previous.end] === ";"))) {
      emit(contestRelation(ctx, previous.team, team, "result line"));
    }
    previous = { team, end };
  }
}

/** "Romania - Ion Vasilescu ( 21st ) , Dan Moraru ( 65th )", "England : Tom Harrow ( captain ) , Ben Marsh":
 * a team, then its players listed with commas. */
function squadLists(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower, mentions } = view;
  const team = mentions[0];
  if (!isTeam(team) || team.first !== 0 || (lower[team.end] !== "-" && lower[team.end] !== ":")) return;
  let k = team.end + 1;
  const players: SentenceMention[] = [];
  for (;;) {
    const player = mentions.find((m) => m.first === k && m.kind === "person");
    if (!player) break;
    players.push(player);
    k = player.end;
    if (lower[k] === "(") {
      while (k < lower.length && lower[k] !== ")") k++;
      k++;
    }
    if (lower[k] !== ",") break;
    k++;
  }
  // One name after the dash is a headline ("RUSSIA - YELTSIN SAYS ..."); a list needs a bracket or a second name.
  const listed = players.length >= 2 || (players.length === 1 && lower[(players[0] as SentenceMention).end] === "(");
  if (listed) for (const p of players) emit(makeRelation(ctx, "member_of", p, asTeam(team), { cue: "squad list" }));
}

export function sportsRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  fixtures(view, ctx, emit);
  matches(view, ctx, emit);
  resultLines(view, ctx, emit);
  squadLists(view, ctx, emit);
}
