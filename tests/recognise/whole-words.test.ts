// A tagged name ends at a word's end, not inside a word the tokeniser broke at a letter outside Latin-1. Invented
// texts.
import { describe, expect, it } from "vitest";
import { extractText } from "../helpers/build-texts.ts";

describe("names with letters outside Latin-1", () => {
  it("keep the whole of their last word", () => {
    const doc = extractText("The other book (Dorefa Kaş in Kurdish) is shorter, said Selim Aydoğdu on Monday.").recognised;
    const all = [...doc.mentions.map((m) => m.surface), ...doc.others.map((o) => o.surface)];
    for (const name of all) expect(name.endsWith("Ka") || name.endsWith("Aydo")).toBe(false);
  });
});
