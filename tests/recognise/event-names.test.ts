// Sporting events named after a place are events, not the place. Invented texts.
import { describe, expect, it } from "vitest";
import { extractText } from "../helpers/build-texts.ts";

const recognise = (text: string) => extractText(text).recognised;

describe("events named after a place", () => {
  it("are one MISC name, with no place inside", () => {
    const doc = recognise("She reached the final of the Hong Kong Open after winning the Monaco Grand Prix last year.");
    expect(doc.others.map((o) => o.surface)).toEqual(expect.arrayContaining(["Hong Kong Open", "Monaco Grand Prix"]));
    expect(doc.mentions.some((m) => /Hong Kong|Monaco/.test(m.surface))).toBe(false);
  });

  it("are read in a headline in capitals only where the event word follows", () => {
    const doc = recognise("TENNIS - LATE SCORES FROM THE U.S. OPEN .\nSOCCER - NORWAY EDGE ICELAND IN WORLD CUP QUALIFIER .");
    expect(doc.others.map((o) => o.surface)).toContain("U.S. OPEN");
    expect(doc.mentions.map((m) => m.surface)).toContain("ICELAND");
  });

  it("are not read in a Title Case headline where the article writes the word as a verb", () => {
    const doc = recognise("Varnia Open To Fresh Talks With Rebels\nThe government of Varnia said on Monday it was open to talks.");
    expect(doc.others.map((o) => o.surface)).not.toContain("Varnia Open");
  });
});
