// The speaker named after a quote and a verb of saying is a person. Invented texts.
import { describe, expect, it } from "vitest";
import { posTokens as tokens } from "../helpers/pos-tokens.ts";
import { speakerCandidates } from "../../src/recognise/speaker-names.ts";

const spans = (text: string): Array<[number, number]> => speakerCandidates(tokens(text)).map((c) => [c.first, c.end]);

describe("a speaker named after a quote", () => {
  it("is a person when the name ends the clause", () => {
    expect(spans('on the farm , " says Hala/PROPN , as she left')).toEqual([[6, 7]]);
    expect(spans('we will stay , " said Omar/PROPN Dellal/PROPN .')).toEqual([[6, 8]]);
  });

  it("is no day of the week, no rank and nothing without a quote before the verb", () => {
    expect(spans('they left , " said Tuesday/PROPN .')).toEqual([]);
    expect(spans('our forces , " said Maj/PROPN . Gen. Ada Voss')).toEqual([]);
    expect(spans("the minister said Hala/PROPN ,")).toEqual([]);
  });
});
