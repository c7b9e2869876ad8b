// Groups that declare allegiance to another, and attacks a group claims as its own.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("allegiance", () => {
  it("reads 'X is an affiliate of Y' as X affiliated with Y", () => {
    const g = graphOf(["Al-Shabaab is an affiliate of al-Qaeda."]);
    expect(edgesBetween(g, "al-Shabaab", "affiliated_with", "al-Qaeda"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X pledged allegiance to Y' as X affiliated with Y", () => {
    const g = graphOf(["Al-Shabaab pledged allegiance to al-Qaeda in 2012."]);
    expect(edgesBetween(g, "al-Shabaab", "affiliated_with", "al-Qaeda"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not assert a denied pledge", () => {
    const g = graphOf(["Al-Shabaab has never pledged allegiance to al-Qaeda."]);
    expect(edgesBetween(g, "al-Shabaab", "affiliated_with", "al-Qaeda"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("claimed attacks", () => {
  it("reads 'X claimed responsibility for the attack on Y' as X fighting Y", () => {
    const g = graphOf(["Al-Shabaab claimed responsibility for the attack on the Kenyan army."]);
    expect(edgesBetween(g, "al-Shabaab", "fights", "Kenyan army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a denied claim as an attack", () => {
    const g = graphOf(["Al-Shabaab did not claim responsibility for the attack on the Kenyan army."]);
    expect(edgesBetween(g, "al-Shabaab", "fights", "Kenyan army"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
