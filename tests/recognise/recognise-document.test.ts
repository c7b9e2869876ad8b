// The recognise stage on short invented texts: lexicon and model spans, names in no lexicon, fine kinds from cues,
// demonyms as mentions of their country.
import { describe, expect, it } from "vitest";
import type { Mention, RecognisedDocument } from "../../src/model/mention.ts";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import type { PipelineContext } from "../../src/pipeline/pipeline-context.ts";
import { articlesOf, graphOf } from "../helpers/build-texts.ts";
import { nodesLabelled, nodeNamed } from "../helpers/graph-queries.ts";
import { context } from "../helpers/pipeline-context.ts";

function recognise(text: string, ctx: PipelineContext = context()): RecognisedDocument {
  const [article] = articlesOf([text]);
  if (!article) throw new Error("no article");
  return extractArticle(article, ctx).recognised;
}

function mention(doc: RecognisedDocument, surface: string): Mention {
  const found = doc.mentions.filter((m) => m.surface === surface);
  expect(found.map((m) => m.surface), `${surface} in ${doc.mentions.map((m) => m.surface).join(", ")}`).toHaveLength(1);
  return found[0] as Mention;
}

const NAMES = "Russia and Amal Haddad of the Northern Relief Council met in Beirut on Monday.";

describe("lexicon and model spans", () => {
  it("finds lexicon names with their entry id", () => {
    const doc = recognise(NAMES);
    expect(mention(doc, "Russia")).toMatchObject({ kind: "country", coarse: "LOC", source: "lexicon", lexiconId: "country:russia", demonym: false });
    expect(mention(doc, "Beirut")).toMatchObject({ kind: "place", coarse: "LOC", source: "lexicon" });
  });

  it("finds a person and an organisation that are in no lexicon", () => {
    const doc = recognise(NAMES);
    expect(mention(doc, "Amal Haddad")).toMatchObject({ kind: "person", coarse: "PER" });
    expect(mention(doc, "Northern Relief Council")).toMatchObject({ kind: "organization", coarse: "ORG" });
    expect(mention(doc, "Amal Haddad").lexiconId).toBeUndefined();
  });

  it("owes those names to the statistical tagger: without it only the lexicon's are found", () => {
    const doc = recognise(NAMES, { ...context(), ner: null });
    const surfaces = doc.mentions.map((m) => m.surface);
    expect(surfaces).toContain("Russia");
    expect(surfaces).not.toContain("Amal Haddad");
    expect(surfaces).not.toContain("Northern Relief Council");
  });

  it("finds a person after a title even without the tagger", () => {
    const doc = recognise("Spokeswoman Leila Farouk told reporters the talks would resume.", { ...context(), ner: null });
    expect(mention(doc, "Leila Farouk")).toMatchObject({ kind: "person", coarse: "PER", source: "pattern" });
  });

  it("gives every mention offsets into the original text, in order and without overlap", () => {
    const text = "The Free Lions Brigade (FLB) and Turkish officials met Hayat Tahrir al-Sham in Idlib.\n\nAmal Haddad said so.";
    const doc = recognise(text);
    expect(doc.mentions.length).toBeGreaterThanOrEqual(4);
    let end = 0;
    for (const m of doc.mentions) {
      expect(m.surface).toBe(text.slice(m.start, m.end));
      expect(m.id).toBe(`t0#${m.start}`);
      expect(m.start).toBeGreaterThanOrEqual(end);
      end = m.end;
    }
  });
});

describe("fine kinds from cues", () => {
  const doc = recognise("The Free Lions Brigade and the Desert Shield militia clashed before the Cairo talks and the Doha summit.");

  it("makes '... Brigade' an armed group", () => {
    expect(mention(doc, "Free Lions Brigade")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
  });

  it("makes a name followed by 'militia' an armed group", () => {
    expect(mention(doc, "Desert Shield")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
  });

  it("makes '<place> talks' and '<place> summit' processes", () => {
    expect(mention(doc, "Cairo talks")).toMatchObject({ kind: "process", coarse: "MISC" });
    expect(mention(doc, "Doha summit")).toMatchObject({ kind: "process", coarse: "MISC" });
  });

  it("makes 'the <demonym> government' an organisation, not the country", () => {
    const gov = recognise("A delegation met the Syrian government on Monday.");
    expect(mention(gov, "Syrian government")).toMatchObject({ kind: "organization", coarse: "ORG", demonym: false });
  });

  it("keeps a nickname in quotes inside the person's name", () => {
    const boxer = recognise('Boxing legend Ruben " The Hammer " Ortega arrived on Monday.');
    expect(mention(boxer, 'Ruben " The Hammer " Ortega')).toMatchObject({ kind: "person", coarse: "PER" });
    const colonel = recognise('Col. Sam " S.R. " Rourke arrived on Monday.');
    expect(mention(colonel, 'Sam " S.R. " Rourke')).toMatchObject({ kind: "person", coarse: "PER" });
  });

  it("makes '<demonym> soldiers' the state's forces and '<demonym> television' its broadcaster", () => {
    const doc = recognise("Dozens of Libyan soldiers crossed the river, Tunisian television said on Monday.");
    expect(mention(doc, "Libyan soldiers")).toMatchObject({ kind: "armed_group", coarse: "ORG", demonym: false });
    expect(mention(doc, "Tunisian television")).toMatchObject({ kind: "organization", coarse: "ORG", demonym: false });
  });

  it("makes '<demonym> territory' and 'the <demonym> border' a location of the country", () => {
    const doc = recognise("Jets fired from Lebanese airspace at a village near the Turkish border.");
    expect(mention(doc, "Lebanese airspace")).toMatchObject({ kind: "country", coarse: "LOC", demonym: false, lexiconId: "country:lebanon" });
    expect(mention(doc, "Turkish border")).toMatchObject({ kind: "country", coarse: "LOC", lexiconId: "country:turkey" });
  });

  it("takes the last of two institution heads: 'Libyan government forces'", () => {
    const doc = recognise("Libyan government forces entered the town on Monday.");
    expect(mention(doc, "Libyan government forces")).toMatchObject({ kind: "armed_group", coarse: "ORG", demonym: false });
  });

  it("reads a force's personnel as the force, but not staff named only by their nationality", () => {
    const doc = recognise("Some 2,000 Libyan security force personnel crossed the river, and the Chadian air force bombed the bridge. Maltese personnel left.");
    expect(mention(doc, "Libyan security force personnel")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
    expect(mention(doc, "Chadian air force")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
    expect(mention(doc, "Maltese")).toMatchObject({ kind: "country", coarse: "MISC", demonym: true });
  });
});

describe("demonyms", () => {
  it("are mentions of the country with the coarse type MISC", () => {
    const doc = recognise("A Russian delegation arrived in Damascus on Monday.");
    expect(mention(doc, "Russian")).toMatchObject({ kind: "country", coarse: "MISC", demonym: true, lexiconId: "country:russia" });
  });

  it("never become nodes of their own", () => {
    const g = graphOf(["A Russian delegation and Turkish officials arrived in Damascus. Iranian envoys followed."]);
    for (const demonym of ["Russian", "Turkish", "Iranian"]) expect(nodesLabelled(g, demonym)).toEqual([]);
    expect(nodeNamed(g, "Turkish").attributes.label).toBe("Turkey");
  });
});

describe("institutions named by a demonym", () => {
  it("reads a capitalised head right after the demonym as the institution, whatever noun follows it", () => {
    const doc = recognise("The aim is to keep a lasting Iraqi Army garrison in the valley .");
    expect(doc.mentions.map((m) => [m.surface, m.coarse])).toContainEqual(["Iraqi Army", "ORG"]);
  });

  it("keeps a lower-case head before a noun an adjective: 'Turkish military experts'", () => {
    const doc = recognise("Turkish military experts arrived on Monday .");
    expect(doc.mentions.some((m) => m.coarse === "ORG")).toBe(false);
  });
});

describe("organised bodies", () => {
  it("makes a name headed by the noun of a body an organisation, whatever type the tagger gave it", () => {
    const doc = recognise("He was thrown out of the Assembly after the Cabinet and the Authority had met .");
    for (const name of ["Assembly", "Cabinet", "Authority"]) {
      const found = doc.mentions.filter((m) => m.surface === name);
      for (const m of found) expect(m.coarse, name).toBe("ORG");
    }
  });
});

describe("words the tagger glues to a name", () => {
  it("leaves a quantifier before the name and a seat after a party out of the name", () => {
    const doc = recognise("Many Varn Party MPs voted against it, and a Kestrel Party MP said so . The All Blacks won .");
    const surfaces = doc.mentions.map((m) => m.surface);
    expect(surfaces, surfaces.join(", ")).toEqual(expect.arrayContaining(["Varn Party", "Kestrel Party", "All Blacks"]));
    expect(surfaces.some((s) => /Many|MPs?$/.test(s)), surfaces.join(", ")).toBe(false);
  });

  it("leaves an opening adverb out of the names", () => {
    const later = recognise("Later, Varn Bank advisers agreed the figures were wrong .");
    expect(later.mentions.map((m) => m.surface)).not.toContain("Later");
    const eventually = recognise("Eventually Dana Kelby agreed to the deal .");
    expect(eventually.mentions.map((m) => m.surface).some((s) => s.startsWith("Eventually"))).toBe(false);
  });

  it("ends a name at a bracket, as in a team sheet's substitutions", () => {
    const doc = recognise("Kelby: Hart, Novak (Brandt 61), Ferris (Okafor 70), Duval .");
    const surfaces = doc.mentions.map((m) => m.surface);
    expect(surfaces.some((s) => /[()]/.test(s)), surfaces.join(", ")).toBe(false);
  });

  it("keeps a bracketed code that tells two clubs of one name apart", () => {
    const doc = recognise("Division A : Orvale 2 Dorvik ( L ) 0 Kessel ( B ) 1 Varnok 0");
    expect(doc.mentions.map((m) => m.surface)).toContain("Dorvik ( L )");
  });

  it("leaves out an article glued on where the source lacks a full stop, and never takes an article for a name", () => {
    const doc = recognise('"The risks are real," said Kelvo Bank analyst Vadim Dorn The dispute is old. The firm said so.');
    const surfaces = doc.mentions.map((m) => m.surface);
    expect(surfaces, surfaces.join(", ")).toContain("Vadim Dorn");
    expect(surfaces.some((s) => /(?:^|\s)The$/.test(s)), surfaces.join(", ")).toBe(false);
  });
});
