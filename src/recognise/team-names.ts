// A city's name that the tagger reads as an organisation in a sports result or table names the city's team:
// "Kelby 74 62 .544", "Orvale beat Kelby 2-1". The lexicon knows the city as a place, but the tagger reads the
// words around the name, and there the club is meant, not the city. Countries are left alone: a national side is
// written as its country, and read as one.
import { isSportsSentence } from "../shared/sports-text.ts";

const NUMBER = /^[+-]?\d[\d.,:/-]*$|^\.\d+$/;

const WORD = /[\p{L}\p{N}]/u;

/** A row of a results or standings table: at least two numbers, and numbers make up half of its words. */
export function isTableRow(texts: readonly string[]): boolean {
  let numbers = 0;
  let words = 0;
  for (const t of texts) {
    if (!WORD.test(t)) continue;
    words++;
    if (NUMBER.test(t)) numbers++;
  }
  return numbers >= 2 && numbers * 2 >= words;
}

/** A sentence in which a city's name may be its team's: about sport, a row of a table, or in a sports report. */
export function isTeamContext(texts: readonly string[], sportsArticle: boolean): boolean {
  return sportsArticle || isTableRow(texts) || isSportsSentence(texts.join(" "));
}
