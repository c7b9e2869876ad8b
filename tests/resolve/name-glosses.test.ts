// Glosses in brackets after a name: its transliteration and translation are names of the same thing.
import { describe, expect, it } from "vitest";
import { glossedNames } from "../../src/resolve/name-glosses.ts";
import { annotateDocument } from "../../src/pipeline/annotate-document.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { nodeNamed, nodeSummary } from "../helpers/graph-queries.ts";
import { context } from "../helpers/pipeline-context.ts";

/** The names glossed after `name` in `text`. */
function glossed(text: string, name: string): string[] {
  return glossedNames(text, text.indexOf(name) + name.length).map((s) => text.slice(s.start, s.end));
}

describe("glossedNames", () => {
  it("reads the transliteration after the native script, and a quoted translation", () => {
    const text = 'Jabhat al-Nur (Arabic: جبهة النور‎ Jabhat an-Nūr, "Front of Light") claimed the attack.';
    expect(glossed(text, "Jabhat al-Nur")).toEqual(["Jabhat an-Nūr", "Front of Light"]);
  });

  it("reads labelled parts: 'romanized:' and 'lit.'", () => {
    const text = "Liwa al-Fajr (Arabic: لواء الفجر, romanized: Liwāʼ al-Fajr, lit. 'Dawn Brigade') is a militia.";
    expect(glossed(text, "Liwa al-Fajr")).toEqual(["Liwāʼ al-Fajr", "Dawn Brigade"]);
  });

  it("reads a doubled quote as one", () => {
    const text = 'Saraya al-Nur (Kurdish: سەرایا Saraya Nur, ""Companies of Light"") was formed in 2014.';
    expect(glossed(text, "Saraya al-Nur")).toEqual(["Saraya Nur", "Companies of Light"]);
  });

  it("keeps a name given only in its own script out", () => {
    expect(glossed("Kessel Weir (Arabic: سد كيسل) holds the river.", "Kessel Weir")).toEqual([]);
  });

  it("does not read a source or a note in brackets as a gloss", () => {
    expect(glossed("The Northern Brigade (Source: Reuters) advanced.", "The Northern Brigade")).toEqual([]);
    expect(glossed("The Northern Brigade (Note: Figures are estimates) advanced.", "The Northern Brigade")).toEqual([]);
  });

  it("keeps a lower-case literal meaning out: it is a description, not a name", () => {
    expect(glossed("Jund al-Nur (Arabic: جند النور, lit. 'soldiers of light') fought.", "Jund al-Nur")).toEqual([]);
  });
});

describe("glosses in the graph and in annotation", () => {
  const text = 'Jabhat al-Nur (Arabic: جبهة النور‎ Jabhat an-Nūr, "Front of Light") is an armed group in Homs. It clashed with the army on Monday.';

  it("makes the transliteration and the translation aliases of the name, stated by the text", () => {
    const g = graphOf([text]);
    const node = nodeNamed(g, "Front of Light");
    expect(node.attributes.aliases, nodeSummary(g).join(", ")).toEqual(expect.arrayContaining(["Jabhat al-Nur", "Jabhat an-Nūr", "Front of Light"]));
    // Whichever name is the label, the others were merged because the text states them.
    const merges = (node.attributes.merges as Array<{ alias: string; reason: string }>).filter((m) => m.alias !== node.attributes.label);
    expect(merges.length, JSON.stringify(node.attributes.merges)).toBeGreaterThanOrEqual(2);
    expect(merges.every((m) => m.reason === "stated"), JSON.stringify(merges)).toBe(true);
  });

  it("labels the entity with the name the text uses, not its translation", () => {
    const g = graphOf([text]);
    expect(nodeNamed(g, "Front of Light").attributes.label, nodeSummary(g).join(", ")).toBe("Jabhat al-Nur");
  });

  it("gives the names one entity id, and keeps no partial name inside the gloss", () => {
    const found = annotateDocument("t", text, context()).entities.map((e) => ({ text: text.slice(e.start, e.end), entity: e.entity }));
    const named = found.filter((e) => ["Jabhat al-Nur", "Jabhat an-Nūr", "Front of Light"].includes(e.text));
    expect(named.map((e) => e.text), JSON.stringify(found)).toEqual(["Jabhat al-Nur", "Jabhat an-Nūr", "Front of Light"]);
    expect(new Set(named.map((e) => e.entity)).size).toBe(1);
    const gloss = { start: text.indexOf("Jabhat an-Nūr"), end: text.indexOf(")") };
    const inside = found.filter((e) => !named.includes(e) && text.indexOf(e.text) >= gloss.start && text.indexOf(e.text) < gloss.end);
    expect(inside).toEqual([]);
  });
});
