// "Secretary of State" and "Minister of State" are titles: their "State" is no part of the name after them.
// Invented texts.
import { describe, expect, it } from "vitest";
import { afterStateTitle, endsStateTitle } from "../../src/recognise/state-title.ts";
import { extractText } from "../helpers/build-texts.ts";

const people = (text: string) => extractText(text).recognised.mentions.filter((m) => m.kind === "person").map((m) => m.surface);

describe("titles ending in 'of State'", () => {
  it("leave the name after them whole and alone", () => {
    expect(people("Varnian Secretary of State Ann Varga met Piet Dorn.")).toEqual(["Ann Varga", "Piet Dorn"]);
    expect(people("Secretary of State Varga spoke to reporters in Kelby.")).toEqual(["Varga"]);
    expect(people("The Minister of State Piet Dorn resigned on Monday.")).toEqual(["Piet Dorn"]);
  });

  it("are read from the words alone", () => {
    const words = ["Secretary", "of", "State", "Ann", "Varga"];
    const at = (i: number) => words[i];
    expect(endsStateTitle(at, 2)).toBe(true);
    expect(endsStateTitle((i) => ["the", "State", "Department"][i], 1)).toBe(false);
    expect(afterStateTitle(words, 2, 5)).toBe(3);
    // A span of the title's word alone is left as it is.
    expect(afterStateTitle(words, 2, 3)).toBe(2);
  });
});
