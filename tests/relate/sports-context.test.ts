// A match is no conflict: results and coming matches in sports sentences and sports reports are weak edges between
// the sides, while attacks, wars and armed groups keep their conflict edges wherever they are told.
import { describe, expect, it } from "vitest";
import { isSportsArticle, isSportsSentence } from "../../src/shared/sports-text.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

const conflicts = (texts: string[], a: string, b: string): string[] => {
  const g = graphOf(texts);
  return (["fights", "opposes", "threatens"] as const).flatMap((p) => [...edgesBetween(g, a, p, b), ...edgesBetween(g, b, p, a)]).map((e) => e.attributes.predicate);
};

describe("sports sentences and reports", () => {
  it("knows a sports sentence by a sports word, a score, a seeding or two words sport shares with politics", () => {
    expect(isSportsSentence("Canada defeated Norway 3-0.")).toBe(true);
    expect(isSportsSentence("Mali take on Niger in a double-header next Sunday.")).toBe(true);
    expect(isSportsSentence("She will face the eighth-seed from Switzerland.")).toBe(true);
    expect(isSportsSentence("Latvia's win avenged the previous season's final defeat to Denmark.")).toBe(true);
  });

  it("does not take politics for sport", () => {
    expect(isSportsSentence("Russia's final push to defeat Ukraine began in 2004-05.")).toBe(false);
    expect(isSportsSentence("The Arab League condemned the strikes.")).toBe(false);
  });

  it("knows a sports report by sports words throughout, not by one mention of a match", () => {
    const report = "Coach Marc Dupont named his squad. The team lost 24-10 last week. The winners lift the trophy in March.";
    expect(isSportsArticle(report)).toBe(true);
    const story = `Russia fought Georgia in 2008. ${"Talks went on for weeks and nothing changed. ".repeat(10)}Some athletes boycotted the Olympics.`;
    expect(isSportsArticle(story)).toBe(false);
  });

  it("reads a side hosting or meeting another in a sports report as a fixture, not as cooperation", () => {
    const g = graphOf(["In the next league match, Kelby Rovers host Orvale City at the stadium."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/hosts/);
    const talks = graphOf(["Putin will host Erdogan in Sochi on Monday."]);
    expect(typedFacts(talks).join("\n")).toMatch(/hosts/);
  });

  it("knows a rugby or football report by its positions and officials", () => {
    const report = "Kelby's fly-half kicked well. The referee sent off a winger, and the Premiership leaders took on Orvale.";
    expect(isSportsArticle(report)).toBe(true);
    expect(conflicts([report], "Kelby", "Orvale")).toEqual([]);
  });
});

describe("contests are no conflicts", () => {
  it("keeps a result as a weak edge between the sides", () => {
    const text = "In the late pool game, Canada defeated Norway 3-0.";
    expect(conflicts([text], "Canada", "Norway")).toEqual([]);
    expect(edgesBetween(graphOf([text]), "Canada", "co_mentioned", "Norway")).toHaveLength(1);
  });

  it("reads a knock-out in a draw as a result: 'X ousted the seventh seed Y'", () => {
    expect(conflicts(["Amal Haddad ousted seventh-seeded Karla Osterberg 6-1 6-4 in the semi-final."], "Amal Haddad", "Karla Osterberg")).toEqual([]);
  });

  it("reads a plain sentence of a sports report as sport", () => {
    const fixture = "Ireland take on Italy in Dublin on 14 March.";
    expect(conflicts([fixture], "Ireland", "Italy")).toEqual(["fights"]);
    const report = `Coach Marc Dupont named his squad on Tuesday. The team lost 24-10 to England last week. ${fixture} The winners of the tournament lift the trophy in March.`;
    expect(conflicts([report], "Ireland", "Italy")).toEqual([]);
  });

  it("does not place a side of a match in the city where the match is played", () => {
    const fixture = "Ireland take on Italy in Dublin on 14 March.";
    const report = `Coach Marc Dupont named his squad on Tuesday. The team lost 24-10 to England last week. ${fixture} The winners of the tournament lift the trophy in March.`;
    const g = graphOf([report]);
    expect(edgesBetween(g, "Italy", "located_in", "Dublin"), typedFacts(g).join("\n")).toHaveLength(0);
    // Outside a match, "in" still places a town.
    const town = graphOf(["Fighting spread to Kassala in eastern Sudan."]);
    expect(edgesBetween(town, "Kassala", "located_in", "Sudan")).toHaveLength(1);
  });

  it("keeps an attack a conflict, even in a sentence about sport", () => {
    expect(conflicts(["Russia attacked Ukraine during the World Cup final."], "Russia", "Ukraine")).toEqual(["fights"]);
  });

  it("keeps a fight with an armed group a conflict near a stadium", () => {
    const g = graphOf(["Turkey fought Hayat Tahrir al-Sham near the football stadium."]);
    expect(edgesBetween(g, "Turkey", "fights", "Hayat Tahrir al-Sham"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});
