// The shipped lexicon loads, is consistent, and holds the facts other stages rely on.
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS } from "../../src/model/ontology.ts";
import { DEFAULT_LEXICON, DEFAULT_LEXICON_ENTRIES, lookupName } from "../../src/lexicon/index.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { nodeSummary } from "../helpers/graph-queries.ts";

describe("DEFAULT_LEXICON", () => {
  it("contains Russia with its demonym and capital", () => {
    const russia = DEFAULT_LEXICON.entries.get("country:russia");
    expect(russia?.kind).toBe("country");
    expect(russia?.demonyms).toContain("Russian");
    expect(russia?.capitals).toEqual(["place:moscow"]);
    expect(DEFAULT_LEXICON.entries.get("place:moscow")?.capitalOf).toBe("country:russia");
  });

  it("knows large companies as organisations, and leaves out names that are also common words", () => {
    expect(DEFAULT_LEXICON.entries.get("organization:gazprom")?.country).toBe("country:russia");
    const g = graphOf(["Gazprom and Samsung signed a deal in Kelby, and Apple growers in Varn welcomed it."]);
    expect(nodeSummary(g)).toEqual(expect.arrayContaining(["Gazprom (organization)", "Samsung (organization)"]));
    expect(DEFAULT_LEXICON_ENTRIES.flat().some((e) => e.label === "Apple")).toBe(false);
  });

  it("knows political parties by name and acronym, and leaves out names that several countries' parties share", () => {
    const g = graphOf(["The Scottish National Party won in Kelby.", "Later the SNP signed a pact with the BJP."]);
    expect(nodeSummary(g)).toEqual(expect.arrayContaining(["Scottish National Party (organization)", "Bharatiya Janata Party (organization)"]));
    // The acronyms are never defined in the text: the lexicon joins them to the parties.
    expect(nodeSummary(g).filter((n) => n.startsWith("SNP") || n.startsWith("BJP"))).toEqual([]);
    const labels = DEFAULT_LEXICON_ENTRIES.flat().flatMap((e) => [e.label, ...e.aliases]);
    for (const shared of ["Labour Party", "Democratic Party", "Greens", "National Front", "PP"]) expect(labels).not.toContain(shared);
  });

  it("has only valid kinds and unique ids across files", () => {
    const ids = DEFAULT_LEXICON_ENTRIES.flat().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of DEFAULT_LEXICON.entries.values()) {
      expect(ENTITY_KINDS, entry.id).toContain(entry.kind);
      expect(entry.id.startsWith(`${entry.kind}:`), entry.id).toBe(true);
    }
  });

  it("points capitals, capitalOf and country at existing entries of the right kind", () => {
    const kindOf = (id: string): string | undefined => DEFAULT_LEXICON.entries.get(id)?.kind;
    for (const entry of DEFAULT_LEXICON.entries.values()) {
      for (const capital of entry.capitals ?? []) expect(kindOf(capital), `${entry.id} → ${capital}`).toBe("place");
      if (entry.capitalOf) expect(kindOf(entry.capitalOf), entry.id).toBe("country");
      if (entry.country) expect(["country", "place"], `${entry.id} → ${entry.country}`).toContain(kindOf(entry.country));
    }
  });

  it("never gives one Wikidata id to two entries", () => {
    const seen = new Map<string, string>();
    for (const entry of DEFAULT_LEXICON.entries.values()) {
      if (!entry.wikidata) continue;
      expect(seen.get(entry.wikidata), `${entry.id} and ${seen.get(entry.wikidata)}`).toBeUndefined();
      seen.set(entry.wikidata, entry.id);
    }
  });

  it("knows the transliteration variants the news uses", () => {
    const id = (s: string): string | undefined => lookupName(DEFAULT_LEXICON, s)[0]?.entryId;
    expect(id("Sergey Shoygu")).toBe("person:sergei-shoigu");
    expect(id("Sergei Lavrov")).toBe("person:sergey-lavrov");
    expect(id("Recep Tayyip Erdogan")).toBe("person:recep-tayyip-erdogan");
    expect(id("Bashar Assad")).toBe("person:bashar-al-assad");
    expect(id("Hay’at Tahrir al-Sham")).toBe("armed_group:hayat-tahrir-al-sham");
    expect(id("Nusra Front")).toBe("armed_group:jabhat-al-nusra");
    expect(id("Daesh")).toBe("armed_group:islamic-state");
    expect(id("Astana format")).toBe("process:astana-process");
    expect(id("Britain")).toBe("country:united-kingdom");
  });

  it("does not read Syria's news agency Sana as Yemen's capital standing for Yemen", () => {
    const summary = nodeSummary(graphOf(["Syria's official news agency Sana said two blasts hit a suburb of Damascus overnight."]));
    expect(summary.join(", ")).not.toMatch(/Yemen|Sana'a/);
  });
});
