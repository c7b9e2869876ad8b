// Sports listings: fixtures, matches and result lines, where a place names its team.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

const opposed = (text: string, a: string, b: string): number => {
  const g = graphOf([text]);
  const found = [...edgesBetween(g, a, "opposes", b), ...edgesBetween(g, b, "opposes", a)];
  if (found.length === 0) console.log(typedFacts(g).join("\n"));
  return found.length;
};

describe("sports listings", () => {
  it("reads fixtures: 'A v B' and a line 'A AT B'", () => {
    expect(opposed("Next match : Canada v Norway , June 3 .", "Canada", "Norway")).toBe(1);
    expect(opposed("SEATTLE AT BOSTON", "Seattle", "Boston")).toBe(1);
    expect(typedFacts(graphOf(["SEATTLE AT BOSTON"])).filter((f) => f.includes("located_in"))).toEqual([]);
  });

  it("reads 'A 's qualifier against B'", () => {
    expect(opposed("Two players will miss Canada 's opening qualifier against Norway on Sunday .", "Canada", "Norway")).toBe(1);
  });

  it("reads a result line: the sides oppose and the bracketed players belong to the side before them", () => {
    const text = "Canada 254 ( J. Marsh 80 , P. Olsen 61 ) , Norway 198-7 ( K. Berg 55 ) .";
    const g = graphOf([text]);
    const facts = typedFacts(g).join("\n");
    expect(opposed(text, "Canada", "Norway")).toBe(1);
    expect(edgesBetween(g, "J. Marsh", "member_of", "Canada"), facts).toHaveLength(1);
    expect(edgesBetween(g, "K. Berg", "member_of", "Norway"), facts).toHaveLength(1);
    expect(edgesBetween(g, "K. Berg", "member_of", "Canada"), facts).toHaveLength(0);
  });

  it("does not read a year after a country as a score", () => {
    expect(opposed("Exports from Canada 1995 , Norway 1996 and Chile rose .", "Canada", "Norway")).toBe(0);
  });

  it("reads a squad or scorers list after a team and a dash", () => {
    const g = graphOf(["Norway - Lars Berg ( 31st ) , Ola Moen ( 75th )"]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Lars Berg", "member_of", "Norway"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Ola Moen", "member_of", "Norway"), facts).toHaveLength(1);
  });

  it("does not read a headline 'COUNTRY - NAME SAYS' as a squad", () => {
    const g = graphOf(["NORWAY - LARS BERG SAYS TALKS WILL GO ON ."]);
    expect(typedFacts(g).filter((f) => f.includes("member_of")), typedFacts(g).join("\n")).toEqual([]);
  });

  it("reads 'a match between A and B'", () => {
    expect(opposed("The cricket match between Canada and Norway was rained off .", "Canada", "Norway")).toBe(1);
  });
});
