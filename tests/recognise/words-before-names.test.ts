// What stands before a person's name is not part of it: occupations, parties and seats, titles, even when the
// tagger reads them as names of their own. Invented texts.
import { describe, expect, it } from "vitest";
import { extractText } from "../helpers/build-texts.ts";

const people = (text: string) => extractText(text).recognised.mentions.filter((m) => m.kind === "person").map((m) => m.surface);
const allNames = (text: string) => {
  const doc = extractText(text).recognised;
  return [...doc.mentions, ...doc.others].map((m) => m.surface);
};

describe("words before a person's name", () => {
  it("leave out occupations at the start of a sentence", () => {
    expect(people("Comedian Dana Varga, who wrote the show, returns to Kelby.")).toEqual(["Dana Varga"]);
    expect(people("Producer Tomas Hadley presented the award in Brantwood.")).toEqual(["Tomas Hadley"]);
    expect(people("Professor Ann Marsh of Kelby University disagreed.")).toEqual(["Ann Marsh"]);
    // An occupation alone is no name at all.
    expect(allNames("Comedian Dana Varga, who wrote the show, returns to Kelby.")).not.toContain("Comedian");
  });

  it("leave out clergy, offices and styles before a full name", () => {
    expect(people("Aid workers said Sister Maren Kolby was freed on Monday.")).toEqual(["Maren Kolby"]);
    expect(people("The visitors met Father Tomas Hadley, 48, in Brantwood.")).toEqual(["Tomas Hadley"]);
    expect(people("Sir Piet Dornbury, who chairs the bank, said he was pleased.")).toEqual(["Piet Dornbury"]);
    expect(people("Officials met the visiting Congressman Dana Varga in Kelby.")).toEqual(["Dana Varga"]);
  });

  it("keep a style before a one-word name: it is how the person is known", () => {
    expect(people("The inquiry was led by Lord Dornbury, who spoke on Monday.")).toEqual(["Lord Dornbury"]);
  });

  it("leave out 'Princess', as CoNLL-2003 does, even before a one-word name", () => {
    expect(people("Crowds greeted Princess Diana when she visited Angola.")).toEqual(["Diana"]);
  });

  it("leave out parties and seats", () => {
    expect(people("Tory MP Piet Dorn has insisted he will stand again.")).toEqual(["Piet Dorn"]);
    expect(people("The chairman of the committee, Labour MP Ann Varga, spoke first.")).toEqual(["Ann Varga"]);
    expect(people("MP Ann Varga spoke first.")).toEqual(["Ann Varga"]);
    expect(people("Liberal Democrat Ann Varga said the plan was wrong.")).toEqual(["Ann Varga"]);
    expect(people("Lib Dem MP Piet Dorn said so.")).toEqual(["Piet Dorn"]);
    // A party named alone is still the party's name, and no person's; so is a party's conference.
    expect(people("On Monday Lib Dem farming spokesman Piet Dorn spoke.")).toEqual(["Piet Dorn"]);
    expect(people("She spoke at the Liberal Party Congress in Kelby.")).toEqual([]);
    expect(allNames("Labour won the vote in Kelby.")).toContain("Labour");
  });

  it("split a party, a seat and a name read as one name", () => {
    const doc = extractText("Varn Party MP Ann Varga spoke first.").recognised;
    expect(doc.mentions.map((m) => [m.surface, m.kind])).toEqual([
      ["Varn Party", "organization"],
      ["Ann Varga", "person"],
    ]);
  });
});
