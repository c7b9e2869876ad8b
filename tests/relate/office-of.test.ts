// Talks or support with a body named through its office holder: "met the President of Chad".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

function meetings(text: string, a: string, b: string): number {
  return edgesBetween(graphOf([text]), a, "meets", b).length;
}

describe("an office holder of a body as the object", () => {
  it("reads 'met the President of X' as meeting X", () => {
    expect(meetings("Foreign Minister Anna Berg met the President of Chad in Oslo on Monday.", "Anna Berg", "Chad")).toBe(1);
  });

  it("reads 'held talks with the foreign ministers of A, B and C' as talks with each", () => {
    const text = "Foreign Minister Anna Berg held talks with the foreign ministers of Chad, Niger and Mali in Oslo on Monday.";
    expect(meetings(text, "Anna Berg", "Niger")).toBe(1);
    expect(meetings(text, "Anna Berg", "Mali")).toBe(1);
  });

  it("reads 'the Minister of Foreign Affairs of X' as X's, not the ministry's", () => {
    const g = graphOf(["Anna Berg phoned the Minister of Foreign Affairs of Chad on Sunday."]);
    expect(typedFacts(g).join("\n")).toMatch(/Chad meets Anna Berg|Anna Berg meets Chad/);
  });

  it("does not read a denied meeting", () => {
    expect(meetings("Foreign Minister Anna Berg did not meet the President of Chad in Oslo on Monday.", "Anna Berg", "Chad")).toBe(0);
  });

  it("does not read 'met the President in X' as meeting X", () => {
    expect(meetings("Foreign Minister Anna Berg met the President in Chad on Monday.", "Anna Berg", "Chad")).toBe(0);
  });
});
