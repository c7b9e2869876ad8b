// A one-word name the tagger reads as a person, last in a list of places after a locative preposition, is a place
// too: "the attacks in Kessan, Marrow and Telvin", "evaporation on Lakes Dorran and Welk". Unfamiliar place names
// look like surnames to the tagger, but a list joins names of one kind. The preposition is needed: "attacks by Varnia
// and Kessel" may list a country and a person.
import type { Token } from "../model/document.ts";
import type { Candidate } from "./candidate.ts";

const JOINERS: ReadonlySet<string> = new Set(["and", "or"]);
const LOCATIVE: ReadonlySet<string> = new Set(["in", "at", "on", "near", "around", "outside", "across", "throughout", "between"]);

const isPlace = (c: Candidate | undefined): c is Candidate => !!c && c.coarse === "LOC" && !c.demonym;
const lower = (words: readonly Token[], i: number): string => (words[i]?.text ?? "").toLowerCase();

/** Whether the places that end at `last` (joined by commas) follow a locative preposition. */
function listAfterLocative(words: readonly Token[], selected: readonly Candidate[], last: number): boolean {
  let k = last;
  for (;;) {
    const c = selected[k] as Candidate;
    if (LOCATIVE.has(lower(words, c.first - 1))) return true;
    const previous = selected[k - 1];
    if (!isPlace(previous) || previous.end !== c.first - 1 || lower(words, c.first - 1) !== ",") return false;
    k--;
  }
}

export function withCoordinatedPlaces(words: readonly Token[], selected: readonly Candidate[]): Candidate[] {
  return selected.map((c, i) => {
    if (c.source !== "model" || c.kind !== "person" || c.end - c.first !== 1) return c;
    const before = selected[i - 1];
    if (!isPlace(before) || before.end !== c.first - 1 || !JOINERS.has(lower(words, c.first - 1))) return c;
    if (!listAfterLocative(words, selected, i - 1)) return c;
    return { ...c, kind: "place" as const, coarse: "LOC" as const };
  });
}
