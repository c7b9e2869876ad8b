// Lexicon files are validated strictly, and errors name the file and the entry to fix.
import { describe, expect, it } from "vitest";
import { LexiconError, parseLexicon } from "../../src/lexicon/index.ts";

const ok = { id: "country:ruritania", label: "Ruritania", kind: "country", aliases: ["Kingdom of Ruritania"] };

function errorOf(json: unknown): LexiconError {
  try {
    parseLexicon(json, "my-actors.json");
  } catch (e) {
    if (e instanceof LexiconError) return e;
    throw e;
  }
  throw new Error("expected a LexiconError");
}

describe("parseLexicon", () => {
  it("accepts a well-formed file and keeps optional fields", () => {
    const entries = parseLexicon(
      { description: "test", entries: [ok, { id: "place:strelsau", label: "Strelsau", kind: "place", aliases: [], capitalOf: "country:ruritania", wikidata: "Q42" }] },
      "my-actors.json",
    );
    expect(entries).toHaveLength(2);
    expect(entries[1]?.capitalOf).toBe("country:ruritania");
    expect(entries[1]?.wikidata).toBe("Q42");
  });

  it("defaults missing aliases to an empty list", () => {
    expect(parseLexicon({ entries: [{ id: "person:x", label: "X Y", kind: "person" }] }, "f.json")[0]?.aliases).toEqual([]);
  });

  it("names the file, the entry index and the id for a bad kind", () => {
    const e = errorOf({ entries: [ok, { ...ok, id: "person:rudolf", kind: "king" }] });
    expect(e.name).toBe("LexiconError");
    expect(e.message).toMatch(/^newsgraph: my-actors\.json: entry 1 \("person:rudolf"\): "kind" must be one of person, country/);
  });

  it("rejects unknown keys so typos are not silently ignored", () => {
    expect(errorOf({ entries: [{ ...ok, alias: ["R"] }] }).message).toContain('entry 0 ("country:ruritania"): unknown key "alias"');
  });

  it("rejects duplicate ids within a file", () => {
    expect(errorOf({ entries: [ok, ok] }).message).toContain("entry 1: id \"country:ruritania\" repeats entry 0");
  });

  it("rejects a malformed Wikidata id, a non-string alias and capitalOf outside places", () => {
    expect(errorOf({ entries: [{ ...ok, wikidata: "159" }] }).message).toContain('"wikidata" must be a Q-id');
    expect(errorOf({ entries: [{ ...ok, aliases: ["R", 3] }] }).message).toContain('"aliases" must be an array of non-empty strings');
    expect(errorOf({ entries: [{ ...ok, capitalOf: "country:x" }] }).message).toContain('"capitalOf" is only allowed');
  });

  it("rejects files that are not an object with an entries array", () => {
    expect(errorOf([ok]).message).toContain("my-actors.json: a lexicon file must be a JSON object");
    expect(errorOf({ entries: {} }).message).toContain('"entries" must be an array');
    expect(errorOf({ entries: [], extra: 1 }).message).toContain('unknown top-level key "extra"');
    expect(errorOf({ entries: [{ label: "No id", kind: "person" }] }).message).toContain("my-actors.json: entry 0: \"id\" must be");
  });
});
