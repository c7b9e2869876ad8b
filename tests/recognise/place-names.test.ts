// Names of geographic features and sites are places whatever type the tagger gave them, and a capitalised
// preposition at the start of a sentence is no part of the name after it. Invented texts.
import { describe, expect, it } from "vitest";
import type { RecognisedDocument } from "../../src/model/mention.ts";
import { extractText } from "../helpers/build-texts.ts";

const recognise = (text: string): RecognisedDocument => extractText(text).recognised;

const surfaces = (doc: RecognisedDocument): Array<[string, string]> => doc.mentions.map((m) => [m.surface, m.kind]);

describe("place names from their head or first word", () => {
  it("makes a name headed by a feature or site a place", () => {
    const doc = recognise("Engineers inspected the Varlen Barrage and the Ostrava Dam after the floods, the ministry said.");
    expect(surfaces(doc)).toEqual(expect.arrayContaining([["Varlen Barrage", "place"], ["Ostrava Dam", "place"]]));
    for (const m of doc.mentions.filter((m) => m.kind === "place")) expect(m.coarse).toBe("LOC");
  });

  it("makes a name headed by Hospital, Stadium or Prison a place, as CoNLL-2003 does", () => {
    const doc = recognise("The prisoners were moved from Kavros Prison to the Leland Memorial Hospital on Friday.");
    expect(surfaces(doc)).toEqual(expect.arrayContaining([["Kavros Prison", "place"], ["Leland Memorial Hospital", "place"]]));
  });

  it("makes a short name led by Lake, Mount or Fort a place", () => {
    // The tagger alone reads these as people.
    const doc = recognise("Troops left Fort Mikkelsen for the border, and patrols reached Mount Kovacs at dawn.");
    expect(surfaces(doc)).toEqual(expect.arrayContaining([["Fort Mikkelsen", "place"], ["Mount Kovacs", "place"]]));
  });

  it("leaves names with other heads alone", () => {
    const doc = recognise("Amal Haddad of the Northern Relief Council spoke in Beirut.");
    expect(surfaces(doc)).toEqual(expect.arrayContaining([["Amal Haddad", "person"], ["Northern Relief Council", "organization"]]));
  });
});

describe("a place's or an armed group's name inside a person's name", () => {
  it("is part of the person's name, not a place or a group of its own", () => {
    expect(surfaces(recognise("The tennis player Ilse Wagner beat her rival in Vienna."))).toContainEqual(["Ilse Wagner", "person"]);
    const doc = recognise("The singer Marta Jordan thanked the crowd in Vienna, and the striker Tomas Washington scored twice.");
    expect(surfaces(doc)).toEqual(expect.arrayContaining([["Marta Jordan", "person"], ["Tomas Washington", "person"], ["Vienna", "place"]]));
    expect(doc.mentions.map((m) => m.surface)).not.toContain("Jordan");
  });

  it("is the place when the tagger's person span takes in a word that is no name ('Turkey Agree')", () => {
    const doc = recognise("Varnia, Turkey Agree To Hold Talks In Geneva");
    expect(surfaces(doc)).toEqual(expect.arrayContaining([["Turkey", "country"]]));
  });
});

describe("an organisation's name opening a product's", () => {
  it("leaves the product to the tagger, and the organisation elsewhere alone", () => {
    const doc = extractText("The Airbus A380 flew to Kelby on Monday, and Airbus said it would build more.").recognised;
    expect(doc.others.map((o) => o.surface)).toContain("Airbus A380");
    expect(doc.mentions.filter((m) => m.surface === "Airbus").map((m) => m.kind)).toEqual(["organization"]);
  });
});

describe("a sentence-initial preposition", () => {
  it("is not part of the name that follows it", () => {
    const doc = recognise("Near Tel Varesh, two strikes hit a fighting position.\nOutside Kerbala Nova, a convoy was stopped.");
    const names = doc.mentions.map((m) => m.surface);
    expect(names.some((n) => /^(Near|Outside) /.test(n))).toBe(false);
  });
});

describe("names that are not actors", () => {
  it("reads a name headed by the noun of a process as the process, not a body", () => {
    const doc = recognise("Leaders met at the Varnia-Kessia Summit in May. The Summit was the first in a decade.");
    expect(doc.mentions.filter((m) => /Summit/.test(m.surface)).every((m) => m.kind === "process" && m.coarse === "MISC")).toBe(true);
  });

  it("keeps laws and protocols out, with the place inside their name", () => {
    const doc = recognise("The war was settled by the signing of the Varnia Protocol in 1901.");
    expect(doc.others.map((o) => o.surface)).toContain("Varnia Protocol");
    expect(doc.mentions.some((m) => m.surface.includes("Varnia"))).toBe(false);
  });

  it("keeps military operations and ships out of the people and organisations", () => {
    const doc = recognise("The frigate USS Calloway joined Operation Silent Harbour off the coast of Varnia on Friday.");
    const names = doc.mentions.map((m) => m.surface);
    expect(names.some((n) => /Calloway|Silent Harbour/.test(n))).toBe(false);
  });
});

describe("administrative areas and oceans", () => {
  it("makes a name headed by District or Province a place", () => {
    // The tagger alone reads "Ban Sarit District" as a person.
    const doc = recognise("The field lies between Ban Sarit District in Varoi Province and the river .");
    expect(surfaces(doc)).toEqual(expect.arrayContaining([["Ban Sarit District", "place"], ["Varoi Province", "place"]]));
  });

  it("keeps a nationality inside a place's name: 'the Indian Ocean' is one place", () => {
    const doc = recognise("Relief ships sailed for Mauritius , a small island state in the Indian Ocean .");
    expect(surfaces(doc)).toContainEqual(["Indian Ocean", "place"]);
    expect(doc.mentions.some((m) => m.demonym)).toBe(false);
  });
});

describe("an abbreviated title inside a person's name", () => {
  it("ends what stands before it: 'Ohio Gov. Ruth Calder' is a place and a person", () => {
    const doc = recognise("Ohio Gov. Ruth Calder signed the bill last month .");
    expect(surfaces(doc)).toEqual(expect.arrayContaining([["Ohio", "place"], ["Ruth Calder", "person"]]));
  });
});
