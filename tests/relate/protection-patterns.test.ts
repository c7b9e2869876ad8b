// Shielding someone from a side as standing against that side: "sent troops to protect Mali from al-Shabaab".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("protection from a side", () => {
  it("reads 'X sent troops to protect Y from Z' as X opposing Z", () => {
    const g = graphOf(["Chad sent troops to protect Mali from al-Shabaab."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Chad", "opposes", "al-Shabaab"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Chad", "supports", "Mali"), facts).toHaveLength(1);
  });

  it("reads the side from the harm it does ('from al-Shabaab attacks')", () => {
    const g = graphOf(["Chad helped protect the Malian army from al-Shabaab attacks."]);
    expect(edgesBetween(g, "Chad", "opposes", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not assert a denied protection", () => {
    const g = graphOf(["Chad did not protect Mali from al-Shabaab."]);
    expect(edgesBetween(g, "Chad", "opposes", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(0);
  });

  it("does not reach a 'from' in another clause ('protect Mali, and troops from Niger')", () => {
    const g = graphOf(["Chad will protect Mali, and troops from Niger will help."]);
    expect(edgesBetween(g, "Chad", "opposes", "Niger"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
