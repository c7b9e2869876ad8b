// Descriptions right before a name ("the Lakeland navy's assault ship HMS Tern") are mentions of the named thing.
import { describe, expect, it } from "vitest";
import { annotateDocument } from "../../src/pipeline/annotate-document.ts";
import { context } from "../helpers/pipeline-context.ts";

/** Every DESCRIPTION mention's text, with whether it carries the id of the name `name`. */
function descriptions(text: string, name: string): Array<[string, boolean]> {
  const prediction = annotateDocument("t", text, context());
  const id = prediction.entities.find((e) => text.slice(e.start, e.end) === name && e.type !== "DESCRIPTION")?.entity;
  return prediction.entities.filter((e) => e.type === "DESCRIPTION").map((e) => [text.slice(e.start, e.end), !!id && e.entity === id]);
}

describe("descriptions before a name", () => {
  it("reads a country's possessive and lower-case words, hyphenated ones too, before a ship's name", () => {
    const text = "Sailors left the U.K.'s flat-top helicopter carrier HMS Tern on Monday.";
    expect(descriptions(text, "HMS Tern")).toEqual([["the U.K.'s flat-top helicopter carrier", true]]);
  });

  it("reads a nationality and nouns before an organisation", () => {
    expect(descriptions("The Swedish telecoms group Norrvik AB said profits rose.", "Norrvik AB")).toContainEqual(["The Swedish telecoms group", true]);
  });

  it("does not read a description when the name only modifies a noun after it", () => {
    expect(descriptions("Sweden's ruling Lakeland liberal party won the vote.", "Lakeland")).toEqual([]);
  });

  it("does not read a description across a verb", () => {
    expect(descriptions("The Swedish said Norrvik AB would grow.", "Norrvik AB")).toEqual([]);
  });

  it("does not read lower-case words without a country before them", () => {
    expect(descriptions("They sailed on the large assault ship HMS Tern.", "HMS Tern")).toEqual([]);
  });
});
