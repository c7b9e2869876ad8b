// Words and scores that mark a text as a sports report: relations read a match as a contest, not a conflict, and
// recognition reads a city's name in a result as its team.
/** Words that only sport uses, or that sport's reports cannot do without: one of them makes a sports sentence. */
const SPORTS_WORDS: ReadonlySet<string> = new Set([
  "match", "matches", "fixture", "fixtures", "tournament", "tournaments", "championship", "championships", "cup",
  "finals", "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals", "qualifier",
  "qualifiers", "double-header", "derby", "trophy", "medal", "medals", "olympic", "olympics", "squad", "stadium",
  "coach", "striker", "goalkeeper", "midfielder", "seed", "seeded", "innings", "wicket", "wickets", "rugby",
  "football", "soccer", "cricket", "tennis", "hockey", "basketball", "baseball", "golf", "athletics", "boxing",
  "half-time", "halftime", "kick-off", "premiership", "referee", "referees", "winger", "wingers", "fly-half",
  "scrum-half", "scrum", "full-back", "tie-break", "atp", "wta",
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
