// A city's name that the tagger reads as an organisation in a sports result or table is the city's team, not the
// city. Invented texts.
import { describe, expect, it } from "vitest";
import { isTableRow, isTeamContext } from "../../src/recognise/team-names.ts";
import { extractText } from "../helpers/build-texts.ts";

const kinds = (text: string): Array<[string, string]> => extractText(text).recognised.mentions.map((m) => [m.surface, m.kind]);

describe("isTableRow", () => {
  it("takes a line of a standings table", () => {
    expect(isTableRow(["Kelby", "81", "55", ".596", "-"])).toBe(true);
    expect(isTableRow(["Orvale", "City", "12", "7", "3", "2", "21"])).toBe(true);
  });

  it("leaves sentences with a number or two alone", () => {
    expect(isTableRow(["Kelby", "won", "3", "of", "its", "last", "19", "games", "."])).toBe(false);
    expect(isTableRow(["Kelby", "has", "12", "bridges", "."])).toBe(false);
  });
});

describe("isTeamContext", () => {
  it("takes a sports sentence, a table row or any sentence of a sports report", () => {
    expect(isTeamContext(["Kelby", "beat", "Orvale", "2-1", "."], false)).toBe(true);
    expect(isTeamContext(["Kelby", "81", "55"], false)).toBe(true);
    expect(isTeamContext(["Kelby", "travel", "north", "."], true)).toBe(true);
    expect(isTeamContext(["Kelby", "is", "a", "port", "."], false)).toBe(false);
  });
});

describe("a city in a standings table", () => {
  it("is the city's team, where the tagger reads it as an organisation", () => {
    expect(kinds("EASTERN DIVISION\nNew York 81 55 .596 -\nOrvale 70 66 .515 11")).toContainEqual(["New York", "organization"]);
  });

  it("stays the city in other sentences", () => {
    expect(kinds("Officials in New York said 12 people were hurt.")).toContainEqual(["New York", "place"]);
  });
});
