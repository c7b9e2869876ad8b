// Control of a body rather than of ground is leadership: "X, which controls the army", "runs Z".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("control of a body", () => {
  it("reads 'X, which controls the Y army' as X leading it", () => {
    const g = graphOf(["The Northern Command, which controls the Malian army in the north, was set up in May."]);
    expect(edgesBetween(g, "Northern Command", "leads", "Malian army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X will run Y' with a company as X leading it", () => {
    const g = graphOf(["Kenji Mori will run Toyota from next year."]);
    expect(edgesBetween(g, "Kenji Mori", "leads", "Toyota"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read capturing fighters as leading them", () => {
    const g = graphOf(["Malian soldiers captured al-Shabaab fighters near Gao."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/leads/);
  });

  it("does not read running a body's campaign as leading the body ('to run the X's campaign')", () => {
    const g = graphOf(["Mr Reed was hired to run the Green Party's campaign."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/leads/);
  });
});
