// Institutions named after their leader ("the Assad regime") are organisations, not the person. Invented texts.
import { describe, expect, it } from "vitest";
import type { Token } from "../../src/model/document.ts";
import { PRIORITY, type Candidate } from "../../src/recognise/candidate.ts";
import { leaderInstitutionCandidates } from "../../src/recognise/leader-institutions.ts";

const tokens = (text: string): Token[] => {
  let at = 0;
  return text.split(" ").map((word) => {
    const t = { text: word, start: at, end: at + word.length, pos: "X", sentence: 0 };
    at += word.length + 1;
    return t;
  });
};
const person = (first: number, end: number): Candidate => ({
  first, end, kind: "person", coarse: "PER", demonym: false, source: "model", priority: PRIORITY.model,
});

describe("an institution named after its leader", () => {
  it("takes the person's name and the head as one organisation", () => {
    const words = tokens("a transition away from the Varkov regime to a new government");
    expect(leaderInstitutionCandidates(words, [person(5, 6)])).toMatchObject([{ first: 5, end: 7, kind: "organization", coarse: "ORG" }]);
  });

  it("makes '<leader> forces' an armed group", () => {
    const words = tokens("General Odra Halvik forces entered the town");
    expect(leaderInstitutionCandidates(words, [person(1, 3)])).toMatchObject([{ first: 1, end: 4, kind: "armed_group" }]);
  });

  it("leaves a person followed by other words alone", () => {
    const words = tokens("Varkov said the regime would fall");
    expect(leaderInstitutionCandidates(words, [person(0, 1)])).toEqual([]);
  });
});
