// Fighters named by a people or sect are an armed group. Invented texts.
import { describe, expect, it } from "vitest";
import { posTokens as tokens } from "../helpers/pos-tokens.ts";
import { allianceCandidates, sideGroupCandidates } from "../../src/recognise/fighter-groups.ts";
import { extractText } from "../helpers/build-texts.ts";

const recognise = (text: string) => extractText(text).recognised;

describe("fighters named by a people or sect", () => {
  it("are an armed group", () => {
    const doc = recognise("Army units, Kurdish fighters and Shia militiamen retook the village on Sunday.");
    expect(doc.mentions.find((m) => m.surface === "Kurdish fighters")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
    expect(doc.mentions.find((m) => m.surface === "Shia militiamen")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
  });

  it("take a tribe's men as an organised group", () => {
    const doc = recognise("Police officers and Druze tribesmen guarded the road.");
    expect(doc.mentions.find((m) => m.surface === "Druze tribesmen")).toMatchObject({ coarse: "ORG" });
  });

  it("name an armed group when an armed kind of group follows: 'Shia paramilitary groups'", () => {
    const doc = recognise("Shia paramilitary groups and Sunni armed groups clashed near the dam.");
    expect(doc.mentions.find((m) => m.surface === "Shia paramilitary groups")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
    expect(doc.mentions.find((m) => m.surface === "Sunni armed groups")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
  });

  it("leave 'rebels' to the description it often is", () => {
    const doc = recognise("Kurdish rebels said on Sunday they had freed two hostages.");
    expect(doc.mentions.some((m) => m.surface === "Kurdish rebels")).toBe(false);
  });
});

describe("fighters named by the side they take", () => {
  it("are an armed group", () => {
    expect(sideGroupCandidates(tokens("an attack by pro-Varkov forces on the town"))).toMatchObject([{ first: 3, end: 5, kind: "armed_group" }]);
    expect(sideGroupCandidates(tokens("anti-Varkov rebels held the bridge"))).toMatchObject([{ first: 0, end: 2 }]);
  });

  it("need a capitalised side and a group noun", () => {
    expect(sideGroupCandidates(tokens("pro-government forces and pro-Varkov voters"))).toEqual([]);
  });
});


describe("an alliance written with a capital before its forces", () => {
  it("is named by that word inside a sentence", () => {
    expect(allianceCandidates(tokens("On Monday , Coalition aircraft struck three positions"), [])).toMatchObject([{ first: 3, end: 4, kind: "armed_group" }]);
  });

  it("needs the capital, a noun for its forces and a place inside the sentence", () => {
    expect(allianceCandidates(tokens("the coalition forces and the Coalition government ."), [])).toEqual([]);
    expect(allianceCandidates(tokens("Coalition forces struck three positions"), [])).toEqual([]);
  });
});
