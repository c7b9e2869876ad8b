// An age, a noun for a person in apposition or an occupation right before a name make it a person's name, whatever
// the tagger guessed from its shape. Invented texts.
import { describe, expect, it } from "vitest";
import { posTokens as tokens } from "../helpers/pos-tokens.ts";
import { kindCue } from "../../src/recognise/kind-cue.ts";

const cueAt = (text: string, first: number, end: number) => {
  const words = tokens(text);
  return kindCue(words, first, end, 0, words.length);
};

describe("person cues", () => {
  it("reads a name after an age as a person's", () => {
    expect(cueAt("For 14-year-old/ADJ Kadri/PROPN it/PRON is/AUX safer", 2, 3)).toMatchObject({ kind: "person", coarse: "PER" });
  });

  it("leaves a name after an article and an age alone: a thing's age", () => {
    expect(cueAt("the 233-year-old/ADJ Halvers/PROPN collapsed/VERB", 2, 3)?.kind).not.toBe("person");
    expect(cueAt("drove a 10-year-old/ADJ Varda/PROPN ./PUNCT", 3, 4)?.kind).not.toBe("person");
  });

  it("leaves a name that only modifies the noun after the age alone", () => {
    expect(cueAt("a 20-year-old/ADJ Dunmore/PROPN striker/NOUN scored", 2, 3)?.kind).not.toBe("person");
  });

  it("reads a name in apposition to a noun for a person as a person's", () => {
    expect(cueAt("One young girl/NOUN ,/PUNCT Hala/PROPN ,/PUNCT tells me", 4, 5)).toMatchObject({ kind: "person" });
  });

  it("reads a one-word name after an occupation as a person's, hyphens and all", () => {
    expect(cueAt("or Syrian author/NOUN al/PROPN +-/PUNCT +Darwani/PROPN ,/PUNCT who wrote", 3, 6)).toMatchObject({ kind: "person" });
  });

  it("leaves a longer name after an occupation to the tagger", () => {
    expect(cueAt("said analyst/NOUN Harlow/PROPN Benning/PROPN today", 2, 4)?.cue).not.toBe("person");
  });
});
