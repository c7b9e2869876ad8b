// "A-B War" where the war's name was read as one name ("Iraq War"): A and B fought each other.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("hyphened wars", () => {
  it("reads 'the Iran-Iraq War' as Iran fighting Iraq", () => {
    const g = graphOf(["Born in Iraq , he took part in the Iran-Iraq War of 1980-88 ."]);
    expect(edgesBetween(g, "Iran", "fights", "Iraq"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not split a war named for one side's rival ('the Cold War')", () => {
    const g = graphOf(["Russia-Cold War nostalgia was on display in Moscow ."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/fights/);
  });
});
