// Sports listings: fixtures, matches and result lines, where a place names its team. The two sides of a match are
// a contest: a weak edge, never a conflict between the places.
import { describe, expect, it } from "vitest";
import { annotateDocument } from "../../src/pipeline/annotate-document.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";
import { context } from "../helpers/pipeline-context.ts";

/** How many sides of a match the text pairs: as a weak edge in the graph, and as a conflict in the annotation. */
const opposed = (text: string, a: string, b: string): number => {
  const g = graphOf([text]);
  const conflict = ["opposes", "fights", "threatens"] as const;
  expect(conflict.flatMap((p) => [...edgesBetween(g, a, p, b), ...edgesBetween(g, b, p, a)]), typedFacts(g).join("\n")).toEqual([]);
  const weak = edgesBetween(g, a, "co_mentioned", b).length;
  const annotated = annotateDocument("t", text, context()).relations.filter((r) => {
    const names = [text.slice(r.head.start, r.head.end), text.slice(r.tail.start, r.tail.end)].map((n) => n.toLowerCase());
    return r.family === "conflict" && names.includes(a.toLowerCase()) && names.includes(b.toLowerCase());
  }).length;
  expect(annotated, "the annotation counts a match as a conflict").toBe(weak);
  return weak;
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

  it("reads a result line: the sides are a contest and the bracketed players belong to the side before them", () => {
    const text = "Canada 254 ( J. Marsh 80 , P. Olsen 61 ) , Norway 198-7 ( K. Berg 55 ) .";
    const g = graphOf([text]);
    const facts = typedFacts(g).join("\n");
    expect(opposed(text, "Canada", "Norway")).toBe(1);
    expect(edgesBetween(g, "J. Marsh", "member_of", "Canada"), facts).toHaveLength(1);
    expect(edgesBetween(g, "K. Berg", "member_of", "Norway"), facts).toHaveLength(1);
    expect(edgesBetween(g, "K. Berg", "member_of", "Canada"), facts).toHaveLength(0);
  });

  it("does not read a year after a country as a score", () => {
    const g = graphOf(["Exports from Canada 1995 , Norway 1996 and Chile rose ."]);
    expect(annotateDocument("t", "Exports from Canada 1995 , Norway 1996 and Chile rose .", context()).relations.filter((r) => r.family === "conflict")).toEqual([]);
    expect(typedFacts(g).filter((f) => f.includes("opposes"))).toEqual([]);
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
