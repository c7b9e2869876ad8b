// CoNLL-2003 column parsing, on a few invented lines in the same format.
import { describe, expect, it } from "vitest";
import { ConllFormatError, readConll } from "../../src/ner/index.ts";

const SAMPLE = [
  "-DOCSTART- -X- O O",
  "",
  "Anna NNP I-NP I-PER",
  "Kovacs NNP I-NP I-PER",
  "left VBD I-VP O",
  "Riga NNP I-NP I-LOC",
  "Tallinn NNP I-NP B-LOC",
  ". . O O",
  "",
  "-DOCSTART- -X- O O",
  "",
  "The DT I-NP O",
  "Blue NNP I-NP I-ORG",
  "Lake NNP I-NP I-ORG",
  "Club NNP I-NP I-ORG",
  "won VBD I-VP O",
  "",
].join("\n");

describe("readConll", () => {
  const docs = readConll(SAMPLE);

  it("splits documents at -DOCSTART- and sentences at blank lines", () => {
    expect(docs).toHaveLength(2);
    expect(docs[0]?.sentences[0]?.words).toEqual(["Anna", "Kovacs", "left", "Riga", "Tallinn", "."]);
  });

  it("reads IOB1 names, with B- separating adjacent names of one type", () => {
    expect(docs[0]?.sentences[0]?.spans).toEqual([
      { first: 0, end: 2, type: "PER" },
      { first: 3, end: 4, type: "LOC" },
      { first: 4, end: 5, type: "LOC" },
    ]);
    expect(docs[1]?.sentences[0]?.spans).toEqual([{ first: 1, end: 4, type: "ORG" }]);
  });

  it("reports an unknown tag with its line number", () => {
    expect(() => readConll("Anna NNP I-NP I-PERSON\n")).toThrow(ConllFormatError);
    expect(() => readConll("Anna NNP I-NP I-PERSON\n")).toThrow(/^newsgraph: line 1: /);
  });
});
