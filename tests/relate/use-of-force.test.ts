// Arms turned on someone ("used chemical weapons against X") as an attack, and such use denied.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("use of force against a side", () => {
  it("reads 'X used force against Y' as X fighting Y", () => {
    const g = graphOf(["The Peruvian army used force against the Shining Path."]);
    expect(edgesBetween(g, "Peruvian army", "fights", "Shining Path"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X has used chemical weapons against Y' as X fighting Y", () => {
    const g = graphOf(["Witnesses say the Peruvian army has used chemical weapons against the Shining Path."]);
    expect(edgesBetween(g, "Peruvian army", "fights", "Shining Path"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("takes a people named by its demonym as the side attacked, but not as one supported", () => {
    const g = graphOf(["The Peruvian army used force against the Bolivian people near the border."]);
    expect(edgesBetween(g, "Peruvian army", "fights", "Bolivia"), typedFacts(g).join("\n")).toHaveLength(1);
    expect(typedFacts(graphOf(["Russia bombed Syrian civilians near Kelby for weeks."])).join("\n")).toMatch(/Russia fights Syria/);
    expect(typedFacts(graphOf(["Russia praised the Syrian people on Monday."])).join("\n")).not.toMatch(/supports/);
  });

  it("does not assert a denied use of force", () => {
    const g = graphOf(["The Peruvian army has never used force against the Shining Path."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/fights/);
  });
});
