// Later lexicon files override and extend earlier ones by id, deterministically.
import { describe, expect, it } from "vitest";
import { buildLexicon, caseRuleOf, lookupName, matchLexicon, parseLexicon } from "../../src/lexicon/index.ts";

const base = parseLexicon(
  {
    entries: [
      { id: "country:ruritania", label: "Ruritania", kind: "country", aliases: ["Kingdom of Ruritania"], demonyms: ["Ruritanian"] },
      { id: "person:rudolf-rassendyll", label: "Rudolf Rassendyll", kind: "person", aliases: [] },
    ],
  },
  "default.json",
);
const user = parseLexicon(
  {
    entries: [
      { id: "country:ruritania", label: "Ruritania", kind: "country", aliases: ["Ruritanian Kingdom"], wikidata: "Q1" },
      { id: "armed_group:black-elphberg", label: "Black Elphberg Brigade", kind: "armed_group", aliases: ["BEB"] },
    ],
  },
  "user.json",
);

describe("buildLexicon", () => {
  it("extends an entry's names and overrides its fields when a later file repeats its id", () => {
    const lexicon = buildLexicon([base, user]);
    const r = lexicon.entries.get("country:ruritania");
    expect(r?.aliases).toEqual(["Kingdom of Ruritania", "Ruritanian Kingdom"]);
    expect(r?.demonyms).toEqual(["Ruritanian"]);
    expect(r?.wikidata).toBe("Q1");
    expect(lookupName(lexicon, "ruritanian kingdom")[0]?.entryId).toBe("country:ruritania");
  });

  it("adds new entries from a later file, keeping first-seen order", () => {
    const lexicon = buildLexicon([base, user]);
    expect([...lexicon.entries.keys()]).toEqual(["country:ruritania", "person:rudolf-rassendyll", "armed_group:black-elphberg"]);
    expect(matchLexicon(lexicon, ["the", "BEB", "attacked"])).toEqual([{ first: 1, end: 2, entryId: "armed_group:black-elphberg", form: "name" }]);
  });

  it("lets a later file take over a name from an earlier entry", () => {
    const takeover = parseLexicon({ entries: [{ id: "person:another-rudolf", label: "Rudolf Rassendyll", kind: "person" }] }, "u.json");
    expect(lookupName(buildLexicon([base]), "Rudolf Rassendyll")[0]?.entryId).toBe("person:rudolf-rassendyll");
    expect(lookupName(buildLexicon([base, takeover]), "Rudolf Rassendyll")[0]?.entryId).toBe("person:another-rudolf");
  });

  it("is deterministic", () => {
    const a = buildLexicon([base, user]);
    const b = buildLexicon([base, user]);
    expect([...a.names.entries()]).toEqual([...b.names.entries()]);
  });

  it("classifies how much case an alias needs", () => {
    expect(caseRuleOf("US")).toBe("upper");
    expect(caseRuleOf("U.S.")).toBe("upper");
    expect(caseRuleOf("Nato")).toBe("cased");
    expect(caseRuleOf("Turkey")).toBe("cased");
    expect(caseRuleOf("war in Syria")).toBe("cased");
    expect(caseRuleOf("grain corridor")).toBe("any");
  });
});
