// Acronyms defined in the text ("Free Lions Brigade (FLB)") join their long name, and later bare uses become mentions.
import { describe, expect, it } from "vitest";
import { acronymFits, isAcronymToken } from "../../src/resolve/acronyms.ts";
import { sameWords } from "../../src/resolve/name-similarity.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { nodeNamed, nodeSummary, nodesNamed } from "../helpers/graph-queries.ts";

describe("acronymFits", () => {
  it("accepts acronyms built from word beginnings, and rejects letters the name does not have", () => {
    expect(acronymFits("MARSOUTH", "Norvanian Maritime Forces Southern Command")).toBe(true);
    expect(acronymFits("OPCW", "Organisation for the Prohibition of Chemical Weapons")).toBe(true);
    expect(acronymFits("SAA", "Free Syrian Army")).toBe(false);
    expect(acronymFits("UK", "Reuters")).toBe(false);
  });

  it("accepts initials of the significant words", () => {
    expect(acronymFits("FLB", "Free Lions Brigade")).toBe(true);
    expect(acronymFits("SDF", "Syrian Democratic Forces")).toBe(true);
    expect(acronymFits("OPCW", "Organisation for the Prohibition of Chemical Weapons")).toBe(true);
    expect(acronymFits("HTS", "Hayat Tahrir al-Sham")).toBe(true);
  });

  it("rejects letters that are not the name's initials", () => {
    expect(acronymFits("UN", "Free Lions Brigade")).toBe(false);
    expect(acronymFits("BLF", "Free Lions Brigade")).toBe(false);
  });

  it("knows an acronym token from an ordinary capitalised word", () => {
    expect(isAcronymToken("FLB")).toBe(true);
    expect(isAcronymToken("G20")).toBe(true);
    expect(isAcronymToken("Free")).toBe(false);
    expect(isAcronymToken("A")).toBe(false);
  });

});

describe("acronyms defined in the text", () => {
  const graph = graphOf([
    "The Free Lions Brigade (FLB) attacked a checkpoint near Aleppo on Monday. FLB fighters later withdrew, residents said.",
    "A spokesman for the FLB denied that civilians were hurt.",
  ]);

  it("makes one entity of the long name and the acronym, across articles", () => {
    const node = nodeNamed(graph, "Free Lions Brigade");
    expect(nodesNamed(graph, "FLB").map((n) => n.key)).toEqual([node.key]);
    expect(node.attributes.aliases).toEqual(expect.arrayContaining(["FLB", "Free Lions Brigade"]));
    expect(node.attributes.kind).toBe("armed_group");
  });

  it("labels the entity with the long name and records the acronym merge", () => {
    const node = nodeNamed(graph, "FLB");
    expect(node.attributes.label).toBe("Free Lions Brigade");
    expect(node.attributes.merges).toContainEqual({ alias: "FLB", reason: "acronym", into: "Free Lions Brigade" });
  });

  it("counts bare uses as mentions, in both articles", () => {
    const node = nodeNamed(graph, "FLB");
    expect(node.attributes.mentions).toBeGreaterThanOrEqual(3);
    expect(node.attributes.articles).toEqual(["t0", "t1"]);
  });

  it("does the same for an organisation in no lexicon", () => {
    const g = graphOf(["The Northern Relief Council (NRC) sent aid to Aleppo on Monday. The NRC said more convoys would follow."]);
    const node = nodeNamed(g, "NRC");
    expect(node.attributes.label, nodeSummary(g).join(", ")).toBe("Northern Relief Council");
    expect(node.attributes.kind).toBe("organization");
    expect(node.attributes.merges).toContainEqual({ alias: "NRC", reason: "acronym", into: "Northern Relief Council" });
  });

  it("does not join an undefined acronym that happens to share letters with a name", () => {
    const g = graphOf(["The Free Lions Brigade attacked a checkpoint near Aleppo. Officials from the FLA met in Gaziantep."]);
    expect(nodesNamed(g, "FLA").every((n) => n.attributes.label !== "Free Lions Brigade")).toBe(true);
  });
});

describe("one acronym defined as two different names", () => {
  const graph = graphOf([
    "Members of the Harbour Pilots Association (HPA) met in Kelby on Monday.",
    "The Heritage Preservation Alliance (HPA) said the old mill would be restored.",
    "Spokesmen for the Kelby Ferry Company (KFC) denied the report.",
    "Officials of the Kelby Ferry Co (KFC) said crossings would resume.",
  ]);

  it("keeps two organisations with the same letters apart", () => {
    const pilots = nodeNamed(graph, "Harbour Pilots Association");
    const heritage = nodeNamed(graph, "Heritage Preservation Alliance");
    expect(pilots.key).not.toBe(heritage.key);
  });

  it("still joins two spellings of one name that share the letters", () => {
    expect(nodeNamed(graph, "Kelby Ferry Company").key).toBe(nodeNamed(graph, "Kelby Ferry Co").key);
  });

  it("keeps an acronym the lexicon knows for its entry", () => {
    const g = graphOf(["The Forest Survey Agency (FSA) counted the oaks.", "The FSA fighters took the hill."]);
    const agency = nodeNamed(g, "Forest Survey Agency");
    expect(agency.attributes.label, nodeSummary(g).join(", ")).toBe("Forest Survey Agency");
  });
});

describe("sameWords", () => {
  it("finds two spellings of one long name", () => {
    expect(sameWords("name:oil natural gas corp", "name:oil and natural gas corporation")).toBe(true);
    expect(sameWords("name:office of national statistics", "name:office for national statistics")).toBe(true);
  });

  it("tells different names with the same initials apart, a lexicon id's kind included", () => {
    expect(sameWords("name:harbour pilots association", "name:heritage preservation alliance")).toBe(false);
    expect(sameWords("armed_group:free-syrian-army", "name:financial services authority")).toBe(false);
  });
});
