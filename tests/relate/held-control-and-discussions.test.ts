// Control held ("has had control of X") and discussions held with someone ("discussed with X") are triggers too.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("held control", () => {
  it("reads 'has had control of X' as control", () => {
    const g = graphOf(["Hamas has had control of Benghazi for two years."]);
    expect(edgesBetween(g, "Hamas", "controls", "Benghazi"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read 'lost control of X' as control", () => {
    expect(typedFacts(graphOf(["Hamas lost control of Benghazi in May."])).join("\n")).not.toMatch(/controls/);
  });
});

describe("discussions with", () => {
  it("reads 'discussed with Y' as a meeting", () => {
    const g = graphOf(["Karl Osterberg discussed with Amal Haddad the future of the port."]);
    expect(edgesBetween(g, "Karl Osterberg", "meets", "Amal Haddad"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'A and B discussed X' as A meeting B, and X as no party", () => {
    const g = graphOf(["Canada and Norway discussed Syria on Monday."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Canada", "meets", "Norway"), facts).toHaveLength(1);
    expect(facts).not.toMatch(/Syria/);
  });
});
