// A state's institutions named by its demonym are part of it; companies and societies that start with one are not.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("institutions named by a demonym", () => {
  it("makes 'the Turkish government' part of Turkey", () => {
    const g = graphOf(["The Turkish government said on Monday that flights from Turkey to Erbil would resume."]);
    expect(edgesBetween(g, "Turkish government", "part_of", "Turkey"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not make a company or a society part of the country its name starts with", () => {
    const g = graphOf(["The Turkish Airlines Company and the Turkish Chess Society both said on Monday that flights from Turkey to Erbil would resume."]);
    expect(typedFacts(g).filter((f) => f.includes("part_of")), typedFacts(g).join("\n")).toEqual([]);
  });
});
