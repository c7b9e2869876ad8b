// Transliterated names match the lexicon with or without the apostrophe inside them. Invented texts.
import { describe, expect, it } from "vitest";
import type { LexiconMatch } from "../../src/lexicon/index.ts";
import { apostropheVariantMatches } from "../../src/recognise/apostrophe-variants.ts";
import { extractText } from "../helpers/build-texts.ts";

/** A matcher that knows one one-word name. */
const knows = (name: string) => (words: readonly string[]): LexiconMatch[] =>
  words.flatMap((w, i) => (w === name ? [{ first: i, end: i + 1, entryId: "x", form: "name" as const }] : []));

describe("apostrophe variants", () => {
  it("matches a capitalised word again without its inner apostrophe", () => {
    expect(apostropheVariantMatches(["then", "Kar’men", "left"], [], knows("Karmen"))).toMatchObject([{ first: 1, end: 2 }]);
  });

  it("leaves possessives, lower-case words and words already matched alone", () => {
    expect(apostropheVariantMatches(["Karmen's", "men"], [], knows("Karmens"))).toEqual([]);
    expect(apostropheVariantMatches(["we", "don't"], [], knows("dont"))).toEqual([]);
    const found = [{ first: 1, end: 2, entryId: "y", form: "name" as const }];
    expect(apostropheVariantMatches(["then", "Kar'men"], found, knows("Karmen"))).toEqual([]);
  });

  it("finds a lexicon group written with an apostrophe the lexicon does not list", () => {
    const doc = extractText("Fighters loyal to Dae’sh withdrew from the town on Sunday.").recognised;
    expect(doc.mentions.find((m) => m.surface === "Dae’sh")).toMatchObject({ kind: "armed_group", coarse: "ORG", source: "lexicon" });
  });
});
