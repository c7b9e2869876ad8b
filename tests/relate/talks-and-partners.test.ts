// Talks held by sides named together, close cooperation, and the one named after a possessor's relational noun.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("talks and close cooperation", () => {
  it("reads 'A and B held talks in X' as A meeting B", () => {
    const g = graphOf(["Yesterday Norway and Sweden held talks in Oslo."]);
    expect(edgesBetween(g, "Norway", "meets", "Sweden"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read 'A held talks on X' as meeting X", () => {
    const g = graphOf(["Norway held talks on Syria in Oslo."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/meets/);
  });

  it("reads 'A is working closely with B' as support", () => {
    const g = graphOf(["Norway is working closely with Sweden."]);
    expect(edgesBetween(g, "Norway", "supports", "Sweden"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'talks with X's neighbour Y' as talks with Y, not X", () => {
    const g = graphOf(["Norway held talks with Sweden's neighbour Finland on Monday."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Norway", "meets", "Finland"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Norway", "meets", "Sweden"), facts).toHaveLength(0);
  });
});
