// A company named once with its legal form is a company where the article drops the form. Invented texts.
import { describe, expect, it } from "vitest";
import { extractText } from "../helpers/build-texts.ts";

const kindsOf = (text: string, surface: string): string[] =>
  extractText(text).recognised.mentions.filter((m) => m.surface === surface).map((m) => m.kind);

describe("short forms of a company named with its legal form", () => {
  it("are the company, wherever the tagger reads them", () => {
    // The tagger alone reads both short forms as a person.
    const text = "Halvorsen Plc reported results. Halvorsen said the year was good, and Halvorsen told reporters so.";
    const kinds = kindsOf(text, "Halvorsen");
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["organization"]));
  });

  it("take the first word when only company words stand before the form", () => {
    const text = "Orvesta Resources Corp agreed to the bid. Orvesta said the mine would reopen in May.";
    expect(new Set(kindsOf(text, "Orvesta"))).toEqual(new Set(["organization"]));
  });

  it("leave a person's name alone when no legal form names a company", () => {
    const text = "Dana Kelvanto said on Monday that profit rose. Kelvanto said the year was good.";
    expect(new Set(kindsOf(text, "Kelvanto"))).toEqual(new Set(["person"]));
  });
});
