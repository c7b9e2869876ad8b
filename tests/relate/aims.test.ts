// An aim is not a deed: a side that set out to take a place fights for it but does not control it yet. Nor does a
// side that holds a body or site named after a place hold the place.
import { describe, expect, it } from "vitest";
import { isAim } from "../../src/relate/aims.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("isAim", () => {
  it("reads 'to VERB' after an effort or a verb of trying as an aim", () => {
    expect(isAim("the army launched an offensive to retake the town".split(" "), 6)).toBe(true);
    expect(isAim("the rebels tried to seize the airport".split(" "), 4)).toBe(true);
    expect(isAim("the rebels seized the airport".split(" "), 2)).toBe(false);
    expect(isAim("the rebels moved to seize the airport".split(" "), 4)).toBe(false);
  });
});

describe("controls after an aim", () => {
  it("does not read 'launched an offensive to retake X' as control of X", () => {
    const g = graphOf(["The Orvale Liberation Front launched an offensive to retake Benghazi last week."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/controls/);
  });

  it("does not read 'tried to seize X' as control of X, but keeps the side it was taken from", () => {
    const g = graphOf(["The Orvale Liberation Front tried to seize Benghazi from Kurdish fighters."]);
    const facts = typedFacts(g).join("\n");
    expect(facts).not.toMatch(/controls/);
    expect(edgesBetween(g, "Orvale Liberation Front", "fights", "Kurdish fighters"), facts).toHaveLength(1);
  });

  it("still reads a deed as control", () => {
    const g = graphOf(["The Orvale Liberation Front seized Benghazi in March."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Orvale Liberation Front", "controls", "Benghazi"), facts).toHaveLength(1);
  });

  it("does not read a place that only names a body as held: 'controls the X police', 'seized the X airport'", () => {
    expect(typedFacts(graphOf(["Hamas controls the Benghazi police."])).join("\n")).not.toMatch(/controls/);
    expect(typedFacts(graphOf(["Hamas seized the Benghazi airport on Monday."])).join("\n")).not.toMatch(/controls/);
    expect(typedFacts(graphOf(["The Orvale Liberation Front runs the Benghazi exchange."])).join("\n")).not.toMatch(/controls/);
  });
});
