// A party named without its head noun, or by its members: "Labour" and "the Labour Party", "Conservatives" and
// "Conservative Party", "Tories" and "Tory Party". The partial-name join reads a short name as the end of a longer
// one ("Putin"), or settles it in an article that names one candidate; it cannot join a party's short name across
// the corpus, which opens many longer names ("Labour MPs", "Scottish Labour Party").
import type { MergeReason } from "../model/entity.ts";
import { significantTokens } from "./partial-names.ts";
import { majority, type KeyInfo } from "./name-table.ts";
import type { UnionFind } from "./union-find.ts";

/** Coarse types a party's short name is read with: an organisation, or MISC like "Tories" and "Republicans". */
const PARTY_COARSE: ReadonlySet<string> = new Set(["ORG", "MISC"]);

/** Longest short name read as a party's: "Liberal Democrat" in "Liberal Democrat Party". */
const MAX_WORDS = 3;

/** "Tories" → "tory", "Conservatives" → "conservative"; other words as they are. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The words of a party's name before "Party", or null when the name does not end in it. */
function partyStem(surface: string): string | null {
  const tokens = significantTokens(surface);
  if (tokens.length < 2 || tokens.length > MAX_WORDS + 1 || tokens[tokens.length - 1] !== "party") return null;
  return tokens.slice(0, -1).join(" ");
}

/**
 * Joins the names "X" and "Xs" to "X Party" when the corpus names exactly one party "X Party". Lexicon names are
 * left as they are: their entries already list the names they go by.
 */
export function joinPartyNames(keys: Map<string, KeyInfo>, uf: UnionFind, reasons: Map<string, MergeReason>): void {
  const parties = new Map<string, string | null>();
  for (const info of keys.values()) {
    if (majority(info.coarse) !== "ORG") continue;
    for (const surface of info.surfaces) {
      const stem = partyStem(surface);
      if (stem === null) continue;
      const known = parties.get(stem);
      // Two parties of one name that nothing has joined (a national party and a local one of the same words, both
      // written "X Party") leave the short name undecided.
      if (known === undefined) parties.set(stem, info.key);
      else if (known !== null && uf.find(known) !== uf.find(info.key)) parties.set(stem, null);
    }
  }
  if (parties.size === 0) return;
  for (const info of keys.values()) {
    if (!info.key.startsWith("name:") || !PARTY_COARSE.has(majority(info.coarse))) continue;
    for (const surface of info.surfaces) {
      const tokens = significantTokens(surface);
      if (tokens.length === 0 || tokens.length > MAX_WORDS) continue;
      const asIs = tokens.join(" ");
      const plural = [...tokens.slice(0, -1), singular(tokens[tokens.length - 1] as string)].join(" ");
      const party = parties.get(asIs) ?? (plural !== asIs ? parties.get(plural) : undefined);
      if (!party) continue;
      if (uf.union(party, info.key)) reasons.set(info.key, "partial-name");
      break;
    }
  }
}
