// Institutions named after their leader ("the Assad regime") are organisations, not the person. Invented texts.
import { describe, expect, it } from "vitest";
import { posTokens as tokens } from "../helpers/pos-tokens.ts";
import { PRIORITY, type Candidate } from "../../src/recognise/candidate.ts";
import { leaderInstitutionCandidates } from "../../src/recognise/leader-institutions.ts";

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

  it("takes a ruler's forces or regime after a possessive, with one adjective between", () => {
    const words = tokens("pressure on Varkov 's brutal/ADJ regime and on Varkov 's forces");
    expect(leaderInstitutionCandidates(words, [person(2, 3), person(8, 9)])).toMatchObject([
      { first: 2, end: 6, kind: "organization" },
      { first: 8, end: 11, kind: "armed_group" },
    ]);
  });

  it("leaves a person's government after a possessive alone: the cabinet is named by the person", () => {
    expect(leaderInstitutionCandidates(tokens("Varkov 's government fell"), [person(0, 1)])).toEqual([]);
  });

  it("leaves a person followed by other words alone", () => {
    const words = tokens("Varkov said the regime would fall");
    expect(leaderInstitutionCandidates(words, [person(0, 1)])).toEqual([]);
  });
});
