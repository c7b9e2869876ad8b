// The per-name table: one entry per name key, with its surfaces, coarse-type counts and articles.
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/model/mention.ts";
import { collectKeys, majority } from "../../src/resolve/name-table.ts";
import { UnionFind } from "../../src/resolve/union-find.ts";
import { mention } from "../helpers/mentions.ts";

describe("majority", () => {
  it("takes the most frequent coarse type, ties to the alphabetically first, MISC when there is none", () => {
    expect(majority(new Map([["ORG", 1], ["PER", 3], ["LOC", 2]]))).toBe("PER");
    expect(majority(new Map([["PER", 2], ["LOC", 2], ["ORG", 1]]))).toBe("LOC");
    expect(majority(new Map())).toBe("MISC");
  });
});

describe("collectKeys", () => {
  it("groups mentions by name key in order of first mention, counting a country as a place", () => {
    const uf = new UnionFind();
    const keys = collectKeys([
      mention("Talia Varnek", "a"),
      mention("Brennick", "a", { kind: "country", coarse: "MISC", lexiconId: "country:brennick" }),
      mention("TALIA VARNEK", "b", { coarse: "ORG" }),
      mention("Talia Varnek", "b"),
    ], uf);
    expect([...keys.keys()]).toEqual(["name:talia varnek", "country:brennick"]);
    const talia = keys.get("name:talia varnek");
    expect([...(talia?.surfaces ?? [])]).toEqual(["Talia Varnek", "TALIA VARNEK"]);
    expect([...(talia?.coarse ?? [])]).toEqual([["PER", 2], ["ORG", 1]]);
    expect([...(talia?.articles ?? [])]).toEqual(["a", "b"]);
    expect([...(keys.get("country:brennick")?.coarse ?? [])]).toEqual([["LOC", 1]]);
    expect(uf.anchorOf("country:brennick")).toBe("country:brennick");
  });

  it("registers a demonym's key without a table entry", () => {
    const uf = new UnionFind();
    const keys = collectKeys([mention("Brennish", "a", { demonym: true, coarse: "MISC", lexiconId: "country:brennick" })], uf);
    expect(keys.size).toBe(0);
    expect(uf.anchorOf("country:brennick")).toBe("country:brennick");
  });
});
