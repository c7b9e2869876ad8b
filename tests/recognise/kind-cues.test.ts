// The words around a name overrule the kind the tagger guessed from its shape: descriptors ("carmaker Valdotti"),
// appositions, company heads, market phrases, "its"; holidays, prizes and works are no actors; party nicknames name
// the party. Invented texts.
import { describe, expect, it } from "vitest";
import type { RecognisedDocument } from "../../src/model/mention.ts";
import { extractText } from "../helpers/build-texts.ts";

const recognise = (text: string): RecognisedDocument => extractText(text).recognised;

const kindOf = (doc: RecognisedDocument, surface: string): string | null | undefined => {
  const m = doc.mentions.find((x) => x.surface === surface);
  if (m) return m.kind;
  return doc.others.some((x) => x.surface === surface) ? null : undefined;
};

describe("organisations named by the words around them", () => {
  it("takes a descriptor noun right before the name", () => {
    const doc = recognise("Italian carmaker Valdotti and search engine Zentrova both reported losses on Monday.");
    expect(kindOf(doc, "Valdotti")).toBe("organization");
    expect(kindOf(doc, "Zentrova")).toBe("organization");
    expect(doc.mentions.find((m) => m.surface === "Valdotti")?.coarse).toBe("ORG");
  });

  it("takes a union or a charity named by its noun", () => {
    const doc = recognise("The biggest union Varnison and the charity Kelvocare backed the plan on Monday.");
    for (const name of ["Varnison", "Kelvocare"]) expect(kindOf(doc, name), name).toBe("organization");
  });

  it("does not take a compound that describes a person", () => {
    const doc = recognise("The award went to film-maker Dario Venturelli for his third feature.");
    expect(kindOf(doc, "Dario Venturelli")).toBe("person");
  });

  it("takes an apposition after the name", () => {
    const doc = recognise("Hallberg Kessler, the Swiss electronics firm, cut 900 jobs.\nMarcotti, Italy's biggest private carmaker, declined to comment.");
    expect(kindOf(doc, "Hallberg Kessler")).toBe("organization");
    expect(kindOf(doc, "Marcotti")).toBe("organization");
  });

  it("takes an apposition with no article when its head is a descriptor", () => {
    const doc = recognise("A spokesman for Dalgrenberg, parent company of the Ostmark brand, said it would halt production.");
    expect(kindOf(doc, "Dalgrenberg")).toBe("organization");
  });

  it("takes the names in a list led by a plural descriptor", () => {
    const doc = recognise("Manufacturing firms, including Valdotti, Brenmark and Ferrandi, have been negotiating.\nPeople like Harald Jenssen agreed.");
    for (const name of ["Valdotti", "Brenmark", "Ferrandi"]) expect(kindOf(doc, name)).toBe("organization");
    expect(kindOf(doc, "Harald Jenssen")).toBe("person");
  });

  it("takes the names in a list closed by other firms, or after a plural descriptor and a comma", () => {
    const doc = recognise("The contracts went to Valdotti and other favoured companies.\nShe now runs one of the most influential labels, Ferrandi.");
    expect(kindOf(doc, "Valdotti")).toBe("organization");
    expect(kindOf(doc, "Ferrandi")).toBe("organization");
  });

  it("makes an organisation of a name the tagger kept out as MISC", () => {
    const doc = recognise("US aircraft firm Boeing unveiled a new plane.");
    expect(kindOf(doc, "Boeing")).toBe("organization");
  });

  it("leaves a person's apposition alone", () => {
    const doc = recognise("Julia Brenner, the head of the firm, resigned on Friday.\nTomas Berg, former company director, agreed.\nBrandvik, managing the team for a third season, was delighted.");
    expect(kindOf(doc, "Hoddle")).not.toBe("organization");
    expect(kindOf(doc, "Julia Brenner")).toBe("person");
    expect(kindOf(doc, "Tomas Berg")).toBe("person");
  });

  it("takes company heads and market phrases", () => {
    const doc = recognise("Shares in Tervanto rose 4% after Dalgren Electronics said it would buy a stake in Ostrelli.");
    expect(kindOf(doc, "Tervanto")).toBe("organization");
    expect(kindOf(doc, "Dalgren Electronics")).toBe("organization");
    expect(kindOf(doc, "Ostrelli")).toBe("organization");
  });

  it("takes business and club nouns after the name", () => {
    const doc = recognise("Valdotti shares slipped 1.2% while Brantley's pre-tax profits rose.\nKessingham winger Tomas Lindqvist was injured.");
    expect(kindOf(doc, "Valdotti")).toBe("organization");
    expect(kindOf(doc, "Brantley")).toBe("organization");
    expect(kindOf(doc, "Kessingham")).toBe("organization");
    expect(kindOf(doc, "Tomas Lindqvist")).toBe("person");
  });

  it("leaves a place's own business nouns alone", () => {
    const doc = recognise("Chicago's school board met on Monday.");
    expect(kindOf(doc, "Chicago")).toBe("place");
  });

  it("reads a name referred to as its or which as no person", () => {
    const doc = recognise("Ferrandi said its sales fell.\nRovelli, which makes lagers, agreed.");
    expect(kindOf(doc, "Ferrandi")).toBe("organization");
    expect(kindOf(doc, "Rovelli")).toBe("organization");
  });

  it("does not read a clause about a larger phrase as one about the name", () => {
    const doc = recognise("The fund is managed by a nephew of President Harald Jenssen, which hopes to grow.");
    expect(kindOf(doc, "Harald Jenssen")).toBe("person");
  });

  it("does not take a ship's descriptor for a company's", () => {
    const doc = recognise("Planes from the aircraft carrier Marta Kellerman flew over the Gulf.");
    expect(kindOf(doc, "Marta Kellerman")).not.toBe("organization");
  });

  it("keeps a person who said it", () => {
    const doc = recognise("Mr Harald Jenssen said it would be wrong to cut taxes.");
    expect(kindOf(doc, "Harald Jenssen")).toBe("person");
  });

  it("gives the cued kind to the same name elsewhere in the article", () => {
    const doc = recognise("State-owned oil company Velikor bought the unit.\nVelikor paid 9bn dollars.\nAnalysts said Velikor would gain.");
    const found = doc.mentions.filter((m) => m.surface === "Velikor");
    // The tagger alone reads the last one as a person.
    expect(found.some((m) => m.start > 80)).toBe(true);
    expect(new Set(found.map((m) => m.kind))).toEqual(new Set(["organization"]));
  });
});

describe("names that are no actors", () => {
  it("keeps holidays out of places and people", () => {
    const doc = recognise("Sales in the weeks before Christmas were weak, and Easter trading was no better.");
    expect(kindOf(doc, "Christmas")).toBe(null);
    expect(doc.mentions.some((m) => /Christmas|Easter/.test(m.surface))).toBe(false);
  });

  it("keeps a prize out of the people when the text names the prize", () => {
    const doc = recognise("The drama won an Oscar, and its star hopes for Oscar nominations next year.");
    expect(doc.mentions.some((m) => m.surface === "Oscar")).toBe(false);
  });

  it("keeps a prize or an awards ceremony out of the actors: 'the X Music Awards', 'the Y Prize'", () => {
    const doc = recognise("Dana Kelby won at the Orvale Music Awards and took the Varnholm Prize and an Academy Award .");
    for (const name of ["Orvale Music Awards", "Varnholm Prize", "Academy Award"]) expect(kindOf(doc, name), name).toBe(null);
    expect(kindOf(doc, "Dana Kelby")).toBe("person");
  });

  it("keeps a person whose surname is a prize's name", () => {
    const doc = recognise("Spc. Marlon T. Quist, of Alder Creek, Oregon, died on Monday.");
    expect(kindOf(doc, "Marlon T. Quist")).toBe("person");
  });

  it("keeps works named after their noun out of the people", () => {
    const doc = recognise("The film Marta Kellerman topped the box office, ahead of the novel Harald Jenssen.");
    expect(kindOf(doc, "Marta Kellerman")).toBe(null);
    expect(kindOf(doc, "Harald Jenssen")).toBe(null);
  });

  it("does not read a verb as a work noun", () => {
    const doc = recognise("Coach Ingrid Holm said her players would play Harald Jenssen's side on Saturday.");
    expect(kindOf(doc, "Harald Jenssen")).toBe("person");
  });
});

describe("party nicknames", () => {
  it("name the party, an organisation", () => {
    const doc = recognise("The Tories said the Tory plan would cut taxes.");
    expect(kindOf(doc, "Tories")).toBe("organization");
    expect(kindOf(doc, "Tory")).toBe("organization");
  });
});
