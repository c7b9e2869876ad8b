// A name led by a transliterated Arabic group word (Jaish, Liwa, Jabhat, ...) is an armed group whatever type the
// tagger gave it. Invented names.
import { describe, expect, it } from "vitest";
import type { RecognisedDocument } from "../../src/model/mention.ts";
import { extractText } from "../helpers/build-texts.ts";

const recognise = (text: string): RecognisedDocument => extractText(text).recognised;

const kinds = (doc: RecognisedDocument): Array<[string, string, string]> => doc.mentions.map((m) => [m.surface, m.kind, m.coarse]);

describe("armed groups named by an Arabic group word", () => {
  it("makes a name led by Jaish or Liwa an armed group, which the tagger alone reads as a person", () => {
    expect(kinds(recognise("Jaish al-Ta'ifa al-Marwan claimed the attack on Monday."))).toEqual([["Jaish al-Ta'ifa al-Marwan", "armed_group", "ORG"]]);
    expect(kinds(recognise("A statement by Liwa Abu al-Fadl al-Qasimi said the fighters had withdrawn."))).toEqual([
      ["Liwa Abu al-Fadl al-Qasimi", "armed_group", "ORG"],
    ]);
  });

  it("leaves a one-word name and other people alone", () => {
    const doc = recognise("Hayat Karimi met Jund Omar's lawyer, and Saraya was not there.");
    expect(kinds(doc).filter(([surface]) => surface === "Hayat Karimi")).toEqual([["Hayat Karimi", "person", "PER"]]);
    expect(doc.mentions.filter((m) => m.surface === "Saraya" && m.kind === "armed_group")).toEqual([]);
  });
});
