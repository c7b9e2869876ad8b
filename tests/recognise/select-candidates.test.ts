// The rule that picks non-overlapping name spans among the recognisers' candidates.
import { describe, expect, it } from "vitest";
import { PRIORITY, selectCandidates, type Candidate } from "../../src/recognise/candidate.ts";

const lexicon = (first: number, end: number, extra: Partial<Candidate> = {}): Candidate => ({
  first, end, kind: "country", coarse: "LOC", demonym: false, source: "lexicon", priority: PRIORITY.lexicon, ...extra,
});
const model = (first: number, end: number, extra: Partial<Candidate> = {}): Candidate => ({
  first, end, kind: "organization", coarse: "ORG", demonym: false, source: "model", priority: PRIORITY.model, ...extra,
});

describe("selectCandidates", () => {
  it("keeps non-overlapping candidates in order", () => {
    const picked = selectCandidates([model(4, 6), lexicon(0, 1)]);
    expect(picked.map((c) => [c.first, c.end])).toEqual([[0, 1], [4, 6]]);
  });

  it("prefers the lexicon over an overlapping model span of another shape", () => {
    const picked = selectCandidates([model(0, 2, { coarse: "PER", kind: "person" }), lexicon(1, 3)]);
    expect(picked.map((c) => c.source)).toEqual(["lexicon"]);
  });

  it("lets an organisation name swallow the demonym inside it ('Russian Ministry of Defence')", () => {
    const picked = selectCandidates([lexicon(0, 1, { demonym: true, coarse: "MISC" }), model(0, 4)]);
    expect(picked.map((c) => [c.first, c.end, c.source])).toEqual([[0, 4, "model"]]);
  });

  it("lets a fuller person name extend the lexicon's shorter one ('Recept Tayyip Erdogan')", () => {
    const picked = selectCandidates([
      lexicon(1, 3, { kind: "person", coarse: "PER" }),
      model(0, 3, { kind: "person", coarse: "PER" }),
    ]);
    expect(picked.map((c) => [c.first, c.end])).toEqual([[0, 3]]);
  });

  it("keeps a person's name that holds a place's name ('Denzel Washington', 'Jordan Henderson')", () => {
    const person = { kind: "person", coarse: "PER", properName: true } as const;
    const surname = selectCandidates([lexicon(1, 2, { kind: "place" }), model(0, 2, person)]);
    expect(surname.map((c) => [c.first, c.end, c.coarse])).toEqual([[0, 2, "PER"]]);
    const given = selectCandidates([lexicon(0, 1), model(0, 2, person)]);
    expect(given.map((c) => [c.first, c.end, c.coarse])).toEqual([[0, 2, "PER"]]);
  });

  it("still prefers the lexicon when the person span takes in a demonym, another actor or a word no name has", () => {
    const verb = selectCandidates([lexicon(0, 1), model(0, 2, { kind: "person", coarse: "PER" })]);
    expect(verb.map((c) => c.source)).toEqual(["lexicon"]);
    const demonym = selectCandidates([lexicon(0, 1, { demonym: true, coarse: "MISC" }), model(0, 2, { kind: "person", coarse: "PER", properName: true })]);
    expect(demonym.map((c) => c.source)).toEqual(["lexicon"]);
    // "Sony Walkman": the tagger reads a company's product as a person too.
    const body = selectCandidates([lexicon(0, 1, { kind: "organization", coarse: "ORG" }), model(0, 2, { kind: "person", coarse: "PER", properName: true })]);
    expect(body.map((c) => c.source)).toEqual(["lexicon"]);
  });

  it("lets a product's or event's name outrank the organisation that opens it ('Airbus A380')", () => {
    const org = { kind: "organization", coarse: "ORG" } as const;
    const product = selectCandidates([lexicon(0, 1, org), model(0, 2, { kind: null, coarse: "MISC", properName: true })]);
    expect(product.map((c) => [c.first, c.end, c.coarse])).toEqual([[0, 2, "MISC"]]);
    // "European Union-funded": a word of the sentence glued on makes no product.
    const glued = selectCandidates([lexicon(0, 2, org), model(0, 4, { kind: null, coarse: "MISC" })]);
    expect(glued.map((c) => c.source)).toEqual(["lexicon"]);
  });
});
