// Capital-for-country metonymy: "Moscow calls on Ankara" is Russia acting on Turkey, while "arrived in Moscow"
// is the city. A capital counts as literal after a locative word; otherwise it stands for its country.
import type { Token } from "../model/document.ts";

const LOCATIVE = new Set([
  "in", "at", "near", "to", "into", "inside", "outside", "around", "across", "toward", "towards", "via", "of",
  "outskirts", "visit", "visited", "visiting", "reached", "leave", "left", "entered", "within", "throughout", "over",
  "city", "capital",
]);
const BRIDGES = new Set(["the", ",", "central", "northern", "southern", "eastern", "western", "downtown", "greater"]);
/** "from" is literal after motion and reporting ("reporting from Moscow") but not after "calls from Moscow". */
const MOTION_BEFORE_FROM = new Set([
  "reporting", "reported", "returned", "returning", "arrived", "arriving", "travelled", "traveled", "flew", "came",
  "coming", "fled", "speaking", "writing", "km", "miles", "kilometres", "kilometers", "far", "report", "reports",
  "dispatch",
]);

/** Whether the capital at tokens[first, end) is the city itself rather than its government. */
export function isLiteralPlace(tokens: readonly Token[], first: number, end: number, sentenceFirst: number): boolean {
  const before = first > sentenceFirst ? (tokens[first - 1] as Token).text.toLowerCase() : "";
  const before2 = first - 1 > sentenceFirst ? (tokens[first - 2] as Token).text.toLowerCase() : "";
  if (LOCATIVE.has(before)) return true;
  // "in central Moscow", "the Kazakh capital, Astana".
  if (BRIDGES.has(before) && LOCATIVE.has(before2)) return true;
  if (before === "from") return MOTION_BEFORE_FROM.has(before2);
  // A dateline or an address: "ERBIL, Kurdistan Region" or "Ankara, Turkey".
  const after = tokens[end];
  if (after?.text === "," && first === sentenceFirst && /^\p{Lu}+$/u.test((tokens[first] as Token).text)) return true;
  // "the Ankara government" keeps the country reading; "Ankara province" and "Moscow's streets" the city.
  const next = after?.text.toLowerCase() ?? "";
  // "Yerevan , the capital of Armenia": the city, named as one.
  if (next === "," && (tokens[end + 1]?.text.toLowerCase() ?? "") === "the" && /^(?:capital|city|seat)$/i.test(tokens[end + 2]?.text ?? "")) return true;
  // "a London-based bank", "a Cairo-born writer": the city.
  if (next === "-" && /^(?:based|born|headquartered)$/i.test(tokens[end + 1]?.text ?? "")) return true;
  return CITY_NOUNS.has(next);
}

/**
 * Nouns after a capital that make it the city: its parts and people ("Ankara province", "Moscow residents") and its
 * local bodies and venues ("the Oslo exchange", "the Cairo police", "the Lima marathon"). "Government" is not
 * one: "the Ankara government" is the state's.
 */
const CITY_NOUNS: ReadonlySet<string> = new Set([
  "province", "city", "airport", "streets", "street", "district", "residents", "mayor", "governor", "region", "area",
  "countryside", "suburb", "suburbs", "exchange", "bourse", "stock", "market", "markets", "police", "council",
  "office", "offices", "bureau", "branch", "headquarters", "university", "hospital", "station", "port", "zoo",
  "marathon", "club", "court", "embassy",
]);
