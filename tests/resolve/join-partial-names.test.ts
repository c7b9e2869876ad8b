// Partial names joined to the fuller names they stand for: across the corpus when one fits, article by article when
// several do.
import { describe, expect, it } from "vitest";
import type { MergeReason } from "../../src/model/entity.ts";
import type { Mention } from "../../src/model/mention.ts";
import { joinPartialNames } from "../../src/resolve/join-partial-names.ts";
import { collectKeys } from "../../src/resolve/name-table.ts";
import { UnionFind } from "../../src/resolve/union-find.ts";
import { mention } from "../helpers/mentions.ts";

function join(all: Mention[]): { uf: UnionFind; reasons: Map<string, MergeReason>; overrides: Map<string, string> } {
  const uf = new UnionFind();
  const reasons = new Map<string, MergeReason>();
  const overrides = new Map<string, string>();
  joinPartialNames(collectKeys(all, uf), all, uf, reasons, overrides);
  return { uf, reasons, overrides };
}

describe("joinPartialNames", () => {
  it("joins a surname to the one person of the corpus who has it", () => {
    const { uf, reasons, overrides } = join([mention("Teodor Malvik", "a"), mention("Malvik", "b")]);
    expect(uf.find("name:malvik")).toBe(uf.find("name:teodor malvik"));
    expect(reasons.get("name:malvik")).toBe("partial-name");
    expect(overrides.size).toBe(0);
  });

  it("reads a set of names by its most written full name, not a rarer spelling joined to it", () => {
    const all = [mention("Robin Prestov", "c"), mention("Robin Pestov", "a"), mention("Robin Pestov", "b"), mention("Pestov", "d")];
    const uf = new UnionFind();
    const keys = collectKeys(all, uf);
    // A typo join made the two spellings one set, with the rarer one written first.
    uf.union("name:robin prestov", "name:robin pestov");
    const reasons = new Map<string, MergeReason>();
    joinPartialNames(keys, all, uf, reasons, new Map());
    expect(uf.find("name:pestov")).toBe(uf.find("name:robin pestov"));
  });

  it("settles a surname two people share article by article, under a key of its own", () => {
    const varga = [mention("Varga", "b"), mention("Varga", "c"), mention("Varga", "d")];
    const { uf, overrides } = join([mention("Ilse Varga", "b"), mention("Tomas Varga", "c"), mention("Tomas Varga", "d"), mention("Ilse Varga", "d"), ...varga]);
    const [inB, inC, inD] = varga.map((m) => overrides.get(m.id));
    expect(inB).toBe("name:varga@b");
    expect(uf.find(inB as string)).toBe(uf.find("name:ilse varga"));
    expect(uf.find(inC as string)).toBe(uf.find("name:tomas varga"));
    // An article that names both leaves it apart.
    expect(inD).toBeUndefined();
    expect(uf.find("name:varga")).not.toBe(uf.find("name:ilse varga"));
  });

  it("reads one word of an organisation's name as that organisation in an article that names it", () => {
    const org = { coarse: "ORG", kind: "organization" } as const;
    const short = [mention("Ostrel", "e", org), mention("Ostrel Dynamics", "e", org), mention("Ostrel", "f", org)];
    const { uf, overrides } = join([mention("Ostrel Dynamics Holdings", "e", org), ...short]);
    const full = uf.find("name:ostrel dynamics holdings");
    expect(uf.find(overrides.get(short[0]?.id as string) ?? "")).toBe(full);
    expect(uf.find(overrides.get(short[1]?.id as string) ?? "")).toBe(full);
    // Not named in that article: nothing to settle it.
    expect(overrides.get(short[2]?.id as string)).toBeUndefined();
  });

  it("leaves lexicon names and demonyms alone", () => {
    const { overrides } = join([
      mention("Ilse Varga", "b"), mention("Tomas Varga", "c"),
      mention("Varga", "b", { lexiconId: "person:varga" }), mention("Vargan", "b", { demonym: true }),
    ]);
    expect(overrides.size).toBe(0);
  });
});
