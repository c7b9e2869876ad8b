// Spelling variants joined across the corpus by the blocked pairwise test, with the reason each join keeps.
import { describe, expect, it } from "vitest";
import type { MergeReason } from "../../src/model/entity.ts";
import type { Mention } from "../../src/model/mention.ts";
import { buildLexicon, parseLexicon } from "../../src/lexicon/index.ts";
import { joinVariants } from "../../src/resolve/join-variants.ts";
import { collectKeys } from "../../src/resolve/name-table.ts";
import { UnionFind } from "../../src/resolve/union-find.ts";
import { mention } from "../helpers/mentions.ts";

function join(mentions: Mention[], lexicon = buildLexicon([])): { uf: UnionFind; reasons: Map<string, MergeReason> } {
  const uf = new UnionFind();
  const reasons = new Map<string, MergeReason>();
  joinVariants(collectKeys(mentions, uf), lexicon, uf, reasons);
  return { uf, reasons };
}

describe("joinVariants", () => {
  it("joins a transliteration and a typo of a longer name, each with its reason", () => {
    const { uf, reasons } = join([
      mention("Oleksi Varnakov"), mention("Oleksy Varnakov"), mention("Dorimund Kastelli"), mention("Dorimund Kastelly"),
    ]);
    expect(uf.find("name:oleksi varnakov")).toBe(uf.find("name:oleksy varnakov"));
    expect(reasons.get("name:oleksy varnakov")).toBe("transliteration");
    expect(uf.find("name:dorimund kastelli")).toBe(uf.find("name:dorimund kastelly"));
    expect(uf.find("name:oleksi varnakov")).not.toBe(uf.find("name:dorimund kastelli"));
  });

  it("keeps apart names of other words, other lengths or other coarse types", () => {
    const { uf } = join([
      mention("Teodor Malvik"), mention("Ilse Malvik"), mention("Malvik"),
      mention("Harrowgate Trust", "a", { coarse: "ORG", kind: "organization" }), mention("Harrowgate Tryst"),
    ]);
    expect(uf.find("name:teodor malvik")).not.toBe(uf.find("name:ilse malvik"));
    expect(uf.find("name:malvik")).not.toBe(uf.find("name:teodor malvik"));
    expect(uf.find("name:harrowgate trust")).not.toBe(uf.find("name:harrowgate tryst"));
  });

  it("keeps apart one-word people's names that differ by a plain vowel or a final e, but not a respelling", () => {
    const { uf } = join([
      mention("Kerry"), mention("Karry"), mention("Hollen"), mention("Hollan"), mention("Braune"), mention("Braun"),
      mention("Varnoigu"), mention("Varnoygu"),
      mention("Kessebollah", "a", { coarse: "ORG", kind: "armed_group" }), mention("Kessibollah", "a", { coarse: "ORG", kind: "armed_group" }),
    ]);
    expect(uf.find("name:kerry")).not.toBe(uf.find("name:karry"));
    expect(uf.find("name:hollen")).not.toBe(uf.find("name:hollan"));
    expect(uf.find("name:braune")).not.toBe(uf.find("name:braun"));
    expect(uf.find("name:varnoigu")).toBe(uf.find("name:varnoygu"));
    expect(uf.find("name:kessebollah")).toBe(uf.find("name:kessibollah"));
  });

  it("gives both spellings the reason, since either may become the label", () => {
    const { reasons } = join([mention("Yasmeen Oradi"), mention("Yasmin Oradi")]);
    expect(reasons.get("name:yasmeen oradi")).toBe("transliteration");
    expect(reasons.get("name:yasmin oradi")).toBe("transliteration");
  });

  it("anchors a name the lexicon knows to its entry, and never joins two entries", () => {
    const lexicon = buildLexicon([parseLexicon({
      entries: [
        { id: "org:kastor-group", label: "Kastor Group", kind: "organization" },
        { id: "org:kaster-group", label: "Kaster Group", kind: "organization" },
      ],
    }, "t.json")]);
    const org = { coarse: "ORG", kind: "organization" } as const;
    const { uf, reasons } = join([
      mention("Kastor Group", "a", { ...org, lexiconId: "org:kastor-group" }),
      mention("Kaster Group", "a", { ...org, lexiconId: "org:kaster-group" }),
    ], lexicon);
    expect(uf.find("org:kastor-group")).not.toBe(uf.find("org:kaster-group"));
    expect(reasons.size).toBe(0);
  });
});
