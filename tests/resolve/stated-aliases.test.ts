// Aliases the text states: a second name in brackets, or after "also known as".
import { describe, expect, it } from "vitest";
import type { Token } from "../../src/model/document.ts";
import type { Mention } from "../../src/model/mention.ts";
import { acronymOfTranslation, findStatedAliases } from "../../src/resolve/stated-aliases.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { nodeNamed, nodeSummary, nodesNamed } from "../helpers/graph-queries.ts";

describe("acronymOfTranslation", () => {
  it("accepts an acronym whose letters are the initials in another order", () => {
    expect(acronymOfTranslation("PLM", "Movement for Lakeland Progress")).toBe(true);
    expect(acronymOfTranslation("BCE", "Central Bank of Estland")).toBe(true);
  });

  it("rejects letters the name's initials do not give", () => {
    expect(acronymOfTranslation("SAA", "Free Syrian Army")).toBe(false);
    expect(acronymOfTranslation("XYZ", "Central Bank of Estland")).toBe(false);
  });
});

describe("stated aliases", () => {
  it("joins a party and its acronym in its own language", () => {
    const g = graphOf(["Leaders of the Movement for Lakeland Progress ( PLM ) met on Monday. The PLM later left the talks."]);
    const node = nodeNamed(g, "PLM");
    expect(node.attributes.label, nodeSummary(g).join(", ")).toBe("Movement for Lakeland Progress");
  });

  it("joins two names of one person given in brackets", () => {
    const g = graphOf(["Palestinian leader Abu Khalil ( Samir Haddad ) told the crowd in Amman that the talks would go on."]);
    const nodes = nodesNamed(g, "Abu Khalil");
    expect(nodes, nodeSummary(g).join(", ")).toHaveLength(1);
    expect(nodes[0]?.attributes.aliases).toEqual(expect.arrayContaining(["Abu Khalil", "Samir Haddad"]));
  });

  it("joins a name and the name it is also known as", () => {
    const g = graphOf(["The commander, Karim Nasser, also known as Abu Samir, was seen in Homs on Friday."]);
    const node = nodeNamed(g, "Karim Nasser");
    expect(node.attributes.aliases, nodeSummary(g).join(", ")).toContain("Abu Samir");
    expect(node.attributes.merges).toContainEqual(expect.objectContaining({ alias: "Abu Samir", reason: "stated" }));
  });

  it("joins an institution and its formal name: 'X Mosque , officially the Y Association'", () => {
    const g = graphOf(["The Lakeland Mosque , officially the Islamic Association of Lakeland , opened in 1990 ."]);
    const node = nodesNamed(g, "Lakeland Mosque")[0];
    expect(node?.attributes.aliases, nodeSummary(g).join(", ")).toContain("Islamic Association of Lakeland");
  });

  it("does not join a person and the country in brackets after the name", () => {
    const g = graphOf(["1. Amal Haddad ( Jordan ) 3:31.2"]);
    expect(nodesNamed(g, "Jordan").every((n) => !n.attributes.aliases.includes("Amal Haddad"))).toBe(true);
  });
});

describe("designations in brackets", () => {
  it("makes a unit's designation in brackets a mention of the unit", () => {
    const g = graphOf(["Soldiers from the Northern Rifles Brigade ( NRB 7 ) crossed the river ."]);
    expect(nodeNamed(g, "Northern Rifles Brigade").attributes.aliases, nodeSummary(g).join(", ")).toContain("NRB 7");
    expect(nodeNamed(g, "Northern Rifles Brigade").attributes.merges).toContainEqual(expect.objectContaining({ alias: "NRB 7", reason: "designation" }));
  });

  it("does not read a country's bracketed figure as a designation", () => {
    const g = graphOf(["Exports rose in Norway ( EU 12 ) last year ."]);
    expect(nodesNamed(g, "EU 12")).toHaveLength(0);
  });
});

describe("acronyms after a possessive", () => {
  it("reads 'LONG NAME 's ( ACRONYM )'", () => {
    const g = graphOf(["The ship joined Northern Naval Command 's ( NORNAV ) task force . NORNAV said the patrol would last a month ."]);
    expect(nodeNamed(g, "NORNAV").attributes.label, nodeSummary(g).join(", ")).toBe("Northern Naval Command");
  });
});

/** Tokens of one sentence split on spaces, and organisation mentions over the given token ranges. */
function sentenceOf(text: string, names: ReadonlyArray<[number, number]>): { tokens: Token[]; mentions: Mention[] } {
  let at = 0;
  const tokens = text.split(" ").map((w) => {
    const token = { start: at, end: at + w.length, text: w, pos: "PROPN", sentence: 0 };
    at += w.length + 1;
    return token;
  });
  const mentions = names.map(([first, end]): Mention => {
    const start = (tokens[first] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    return { id: `a#${start}`, article: "a", sentence: 0, firstToken: first, endToken: end, start, end: stop, surface: text.slice(start, stop), kind: "organization", coarse: "ORG", demonym: false, source: "model" };
  });
  return { tokens, mentions };
}

describe("findStatedAliases", () => {
  it("reads one name in brackets after another as an alias", () => {
    const { tokens, mentions } = sentenceOf("the Kelby Trust ( Orvale Fund ) said", [[1, 3], [4, 6]]);
    expect(findStatedAliases(tokens, mentions).map((a) => [a.first.surface, a.second.surface])).toEqual([["Kelby Trust", "Orvale Fund"]]);
  });

  it("does not read a list of names, each with its team in brackets, as aliases", () => {
    const { tokens, mentions } = sentenceOf("A Lund ( Harwick ) , B Tate ( Esk ) , C Noor ( Esk )", [[0, 2], [3, 4], [6, 8], [9, 10], [12, 14], [15, 16]]);
    expect(findStatedAliases(tokens, mentions)).toEqual([]);
  });

  it("reads a list as one even where only one of its pairs could be an alias", () => {
    const { tokens, mentions } = sentenceOf("A Lund ( Leeds ) , B Tate ( Esk ) , C Noor ( Leeds )", [[0, 2], [3, 4], [6, 8], [9, 10], [12, 14], [15, 16]]);
    // The tagger read every pair but B Tate's as a person and a place.
    for (const i of [0, 1, 4, 5]) Object.assign(mentions[i] as Mention, i % 2 === 0 ? { kind: "person", coarse: "PER" } : { kind: "place", coarse: "LOC" });
    expect(findStatedAliases(tokens, mentions)).toEqual([]);
  });

  it("keeps acronyms in such a list", () => {
    const { tokens, mentions } = sentenceOf("Kelby Trust ( KT ) , Orvale Fund ( Esk ) , Tovia Bank ( Harwick )", [[0, 2], [3, 4], [6, 8], [9, 10], [12, 14], [15, 16]]);
    expect(findStatedAliases(tokens, mentions).map((a) => a.second.surface)).toEqual(["KT"]);
  });
});
