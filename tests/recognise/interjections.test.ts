// A capitalised interjection that opens a quote is no name. Invented texts.
import { describe, expect, it } from "vitest";
import { extractText } from "../helpers/build-texts.ts";

describe("interjections", () => {
  it("are no names, even capitalised after a quote", () => {
    const doc = extractText("The minister added, “Please keep the families of the crew in your thoughts.”").recognised;
    expect(doc.mentions.map((m) => m.surface)).not.toContain("Please");
  });
});
