// Names of wars are events, not the places that name them. Invented texts.
import { describe, expect, it } from "vitest";
import { extractText } from "../helpers/build-texts.ts";

const recognise = (text: string) => extractText(text).recognised;

describe("names of wars", () => {
  it("are one MISC name, with no place inside", () => {
    const doc = recognise("He served in the 1991 Gulf War and in the Iran-Iraq War before retiring.");
    expect(doc.others.map((o) => o.surface)).toEqual(expect.arrayContaining(["Gulf War", "Iran-Iraq War"]));
    expect(doc.mentions.some((m) => /Gulf|Iran/.test(m.surface))).toBe(false);
  });

  it("take their number or their 'of' phrase", () => {
    const doc = recognise("The treaty ended the War of Varnian Succession long before World War Two began.");
    expect(doc.others.map((o) => o.surface)).toEqual(expect.arrayContaining(["War of Varnian Succession", "World War Two"]));
  });

  it("leave a longer name that goes on after 'War' to the tagger", () => {
    const doc = recognise("Volunteers from the Civil War Heritage Society gathered in Dayton.");
    expect(doc.others.map((o) => o.surface)).not.toContain("Civil War");
  });
});
