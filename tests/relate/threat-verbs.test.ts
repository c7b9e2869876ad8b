// A threat is stated, not read into a warning. Invented texts.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("threats", () => {
  it("reads 'threatened' as a threat", () => {
    const g = graphOf(["The Varn Front threatened Kelby Telecom with attacks on its masts."]);
    expect(edgesBetween(g, "Varn Front", "threatens", "Kelby Telecom"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a warning as one: 'warned X to update' is advice", () => {
    const g = graphOf(["Kelby Telecom warned Varnet users to update their phones, and Dana Varga warned the Tovian Senate about the cost."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Kelby Telecom", "threatens", "Varnet"), facts).toHaveLength(0);
    expect(edgesBetween(g, "Dana Varga", "threatens", "Tovian Senate"), facts).toHaveLength(0);
  });
});
