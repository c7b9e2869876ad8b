// A name the tagger reads as a person, last in a list of places after a locative preposition, is a place.
// Invented texts.
import { describe, expect, it } from "vitest";
import { posTokens as tokens } from "../helpers/pos-tokens.ts";
import { PRIORITY, type Candidate } from "../../src/recognise/candidate.ts";
import { withCoordinatedPlaces } from "../../src/recognise/coordinated-places.ts";

const place = (first: number): Candidate => ({
  first, end: first + 1, kind: "place", coarse: "LOC", demonym: false, source: "lexicon", priority: PRIORITY.lexicon,
});
const person = (first: number): Candidate => ({
  first, end: first + 1, kind: "person", coarse: "PER", demonym: false, source: "model", priority: PRIORITY.model,
});

describe("a list of places after a locative preposition", () => {
  it("makes its last one-word name a place", () => {
    const words = tokens("the attacks in Aleppo , Homs and Velmorin shocked them");
    const out = withCoordinatedPlaces(words, [place(3), place(5), person(7)]);
    expect(out.map((c) => c.kind)).toEqual(["place", "place", "place"]);
    expect(out[2]?.coarse).toBe("LOC");
  });

  it("leaves a person listed after a country without a locative preposition alone", () => {
    const words = tokens("attacks by Varnia and Talvandi");
    expect(withCoordinatedPlaces(words, [place(2), person(4)])[1]?.kind).toBe("person");
  });

  it("leaves a person not joined to the place by 'and' or 'or' alone", () => {
    const words = tokens("in Varnia , Talvandi said");
    expect(withCoordinatedPlaces(words, [place(1), person(3)])[1]?.kind).toBe("person");
  });
});
