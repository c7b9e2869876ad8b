// Demonyms are mentions of their country; a capital that acts stands for its country, a capital as a place stays the city.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, nodeNamed, nodesLabelled, nodesNamed, typedFacts } from "../helpers/graph-queries.ts";

describe("demonyms", () => {
  const g = graphOf(["A Russian delegation arrived in Damascus on Monday.", "Russia said the visit went well."]);

  it("resolve to the country, with no node of their own", () => {
    const russia = nodeNamed(g, "Russia");
    expect(russia.attributes.kind).toBe("country");
    expect(russia.attributes.aliases).toContain("Russian");
    expect(nodesLabelled(g, "Russian")).toEqual([]);
    expect(nodesNamed(g, "Russian").map((n) => n.key)).toEqual([russia.key]);
  });

  it("record the demonym merge", () => {
    expect(nodeNamed(g, "Russia").attributes.merges).toContainEqual({ alias: "Russian", reason: "demonym", into: "Russia" });
  });

  it("make a country node even when only the demonym is written", () => {
    const only = graphOf(["Turkish troops crossed the border, and Turkish officials met Kurdish leaders in Erbil."]);
    expect(nodeNamed(only, "Turkey").attributes.kind).toBe("country");
    expect(nodesLabelled(only, "Turkish")).toEqual([]);
  });
});

describe("capital-for-country metonymy", () => {
  it("reads acting capitals as their countries", () => {
    const g = graphOf(["Moscow calls on Ankara to withdraw its troops from the border."]);
    const russia = nodeNamed(g, "Russia");
    const turkey = nodeNamed(g, "Turkey");
    expect(russia.attributes.kind).toBe("country");
    expect(russia.attributes.merges).toContainEqual({ alias: "Moscow", reason: "metonymy", into: "Russia" });
    expect(turkey.attributes.merges).toContainEqual({ alias: "Ankara", reason: "metonymy", into: "Turkey" });
    expect(nodesLabelled(g, "Moscow")).toEqual([]);
    expect(edgesBetween(g, "Russia", "calls_on", "Turkey"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("keeps a capital that is the place where something happens as the city", () => {
    const g = graphOf(["Turkish President Recep Tayyip Erdogan arrived in Moscow on Tuesday for talks."]);
    const moscow = nodeNamed(g, "Moscow");
    expect(moscow.attributes.kind).toBe("place");
    expect(nodesNamed(g, "Russia")).toEqual([]);
  });

  it("keeps a capital before a local body or venue as the city: 'the Oslo exchange', 'the Cairo police'", () => {
    const g = graphOf(["The Oslo exchange said trading would resume on Monday.", "The Cairo police closed the square."]);
    expect(nodeNamed(g, "Oslo").attributes.kind).toBe("place");
    expect(nodeNamed(g, "Cairo").attributes.kind).toBe("place");
    expect(nodesNamed(g, "Norway")).toEqual([]);
    expect(nodesNamed(g, "Egypt")).toEqual([]);
  });

  it("tells the two readings apart in one corpus", () => {
    const g = graphOf(["Tehran warned Washington on Sunday against new sanctions.", "Erdogan arrived in Moscow on Tuesday."]);
    expect(nodeNamed(g, "Tehran").attributes.label).toBe("Iran");
    expect(nodeNamed(g, "Washington").attributes.label).toBe("United States");
    expect(nodeNamed(g, "Moscow").attributes.kind).toBe("place");
  });
});

describe("every merge keeps its reason", () => {
  it("gives each alias that differs from the label a known reason, pointing at the label", () => {
    const g = graphOf([
      "Russian Defence Minister Sergei Shoigu met his Turkish counterpart Hulusi Akar in Ankara.",
      "Shoygu said the Syrian Democratic Forces (SDF) had withdrawn. Akar said SDF units were still there.",
      "Moscow calls on Ankara to act. Putin and Vladimir Putin's aides agreed.",
    ]);
    const reasons = new Set(["exact", "lexicon", "acronym", "transliteration", "typo", "partial-name", "demonym", "metonymy", "stated", "designation", "normalised"]);
    let merges = 0;
    g.forEachNode((key, a) => {
      for (const alias of a.aliases) if (alias !== a.label) expect(a.merges.map((m) => m.alias), `${key} ${alias}`).toContain(alias);
      for (const m of a.merges) {
        merges++;
        expect(reasons.has(m.reason), `${key}: ${m.reason}`).toBe(true);
        expect(m.into).toBe(a.label);
        expect(a.aliases).toContain(m.alias);
      }
    });
    expect(merges).toBeGreaterThanOrEqual(5);
  });
});
