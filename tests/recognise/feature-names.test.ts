// "<feature> of <name>" is one place: "Gulf of Aden", "Bay of Biscay". Invented texts.
import { describe, expect, it } from "vitest";
import { extractText } from "../helpers/build-texts.ts";

const mentions = (text: string): Array<[string, string]> => extractText(text).recognised.mentions.map((m) => [m.surface, m.coarse]);

describe("a geographic feature named after another place", () => {
  it("is one place, not the feature and the place apart", () => {
    const found = mentions("Patrols crossed the Gulf of Oman and the Strait of Hormuz on Friday.");
    expect(found).toEqual(expect.arrayContaining([["Gulf of Oman", "LOC"], ["Strait of Hormuz", "LOC"]]));
    expect(found.some(([s]) => s === "Oman" || s === "Gulf")).toBe(false);
  });

  it("is a place where the tagger reads an office 'X of Y'", () => {
    expect(mentions("Storms closed shipping in the Bay of Biscay.")).toContainEqual(["Bay of Biscay", "LOC"]);
  });

  it("needs a capitalised name after 'of'", () => {
    expect(mentions("The Gulf of the region was calm.").some(([s]) => s.startsWith("Gulf of"))).toBe(false);
  });
});
