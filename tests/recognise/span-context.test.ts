// A tagged name's type corrected from its head noun, its words and the words around it. Invented texts.
import { describe, expect, it } from "vitest";
import type { RecognisedDocument } from "../../src/model/mention.ts";
import { afterTitles, beforeGeographicNoun, identityStart, inPlaceContext, isBodyName, isCompanyBeforePost, isForeignTerm, isLegalText, isOpeningAdverbial, isOpeningParticiple, isPronounSpan, isRankOnly, isCalendarAbbreviation } from "../../src/recognise/span-context.ts";
import { extractText } from "../helpers/build-texts.ts";

const recognise = (text: string): RecognisedDocument => extractText(text).recognised;
const kinds = (doc: RecognisedDocument): Array<[string, string]> => doc.mentions.map((m) => [m.surface, m.kind]);
const words = (s: string): string[] => s.split(" ");

describe("the head noun of an organised body", () => {
  it("is read from the last word", () => {
    expect(isBodyName(words("the Harvest Martyrs Brigades"), 1, 4)).toBe(true);
    expect(isBodyName(words("the Varno 3rd Fleet"), 1, 4)).toBe(true);
    expect(isBodyName(words("Colonel Idris Varno"), 1, 3)).toBe(false);
  });

  it("makes a name the tagger read as a person or place an organisation", () => {
    const doc = recognise(
      "The front listed its allied units, together with al-Qaeda in Iraq, Saray al-Nasr Group, al-Mutawakkil Brigades, and al-Hadid Brigades.",
    );
    const bodies = doc.mentions.filter((m) => /Brigades|Group/.test(m.surface));
    expect(bodies.map((m) => m.surface)).toEqual(["Saray al-Nasr Group", "al-Mutawakkil Brigades", "al-Hadid Brigades"]);
    for (const m of bodies) expect(m.coarse).toBe("ORG");
  });
});

describe("religions and peoples", () => {
  it("are a name made only of identity words, after a quantifier", () => {
    expect(identityStart(words("Many Arab citizens"), 0, 2)).toBe(1);
    expect(identityStart(words("Sunni Arabs fled"), 0, 2)).toBe(0);
    expect(identityStart(words("Salih Muslim said"), 0, 2)).toBeNull();
  });

  it("are never a person, place or organisation", () => {
    const doc = recognise("Shia Muslim militias and Sunni Arabs met in Karvala, where Muslims and Christians live side by side.");
    const actors = doc.mentions.map((m) => m.surface);
    for (const name of ["Shia Muslim", "Sunni Arabs", "Muslims", "Christians"]) expect(actors).not.toContain(name);
  });
});

describe("a locative context", () => {
  it("is a preposition, a direction or settlement noun with 'of', or a geographic noun after the name", () => {
    expect(inPlaceContext(words("strikes near Qaryat Hamad today"), 2, 4)).toBe(true);
    expect(inPlaceContext(words("the village of Tell Suwar"), 3, 5)).toBe(true);
    expect(inPlaceContext(words("the Wadi Khamsin depression"), 1, 3)).toBe(true);
    expect(inPlaceContext(words("biased toward Idris Varno"), 2, 4)).toBe(false);
    expect(inPlaceContext(words("Idris Varno said"), 0, 2)).toBe(false);
  });

  it("makes an unfamiliar name a place rather than a person", () => {
    const doc = recognise("Near Qaryat Sabun, two strikes destroyed a fighting position.");
    expect(kinds(doc)).toEqual(expect.arrayContaining([["Qaryat Sabun", "place"]]));
  });

  it("reads an apposition that describes a place: 'X, an area outside Damascus'", () => {
    expect(inPlaceContext(words("striking Qabbura , an area outside Damascus"), 1, 2)).toBe(true);
    expect(inPlaceContext(words("Idris Varno , a city councillor , said"), 0, 2)).toBe(false);
  });

  it("does not make a body's area a place", () => {
    expect(inPlaceContext(words("the 7th Fleet area of operations"), 1, 3)).toBe(true);
    for (const text of ["Frigates sailed with the 7th Fleet in the Adriatic.", "Ships patrol the 7th Fleet area of operations."]) {
      const fleet = recognise(text).mentions.filter((m) => m.surface === "Fleet");
      expect(fleet.map((m) => m.coarse)).toEqual(["ORG"]);
    }
  });
});

describe("titles before a name", () => {
  it("give where the name starts, unless the span is an office", () => {
    expect(afterTitles(words("Staff Major Abd Varim"), 0, 4)).toBe(2);
    expect(afterTitles(words("Brig. Gen. Tovar"), 0, 3)).toBe(2);
    expect(afterTitles(words("Minister of Defence"), 0, 3)).toBeNull();
    expect(afterTitles(words("Secretary General"), 0, 2)).toBeNull();
  });

  it("make the name after them a person's", () => {
    const doc = recognise("The envoy met Ambassador Kelterman in Varnia.\nHis deputy is Staff Colonel Abd Varim.");
    expect(kinds(doc)).toEqual(expect.arrayContaining([["Abd Varim", "person"]]));
    expect(doc.mentions.filter((m) => /Kelterman/.test(m.surface)).map((m) => m.kind)).toEqual(["person"]);
  });
});

describe("words before or around a name that are not part of it", () => {
  it("drops an occupation written before a person's name", () => {
    const doc = recognise("Sprinter Dana Varga won the 200 metres .\nComposer Tomas Hadley is a native of Brantwood .");
    const people = doc.mentions.filter((m) => m.kind === "person").map((m) => m.surface);
    expect(people).toEqual(expect.arrayContaining(["Dana Varga", "Tomas Hadley"]));
    expect(people.some((p) => /Sprinter|Composer/.test(p))).toBe(false);
  });

  it("reads the place in an office's remit apart from the holder: 'Minister for the Middle East X'", () => {
    const doc = recognise("Foreign Office Minister for the Middle East Gareth Pellow said the talks had stalled.");
    expect(kinds(doc)).toContainEqual(["Gareth Pellow", "person"]);
    expect(doc.mentions.some((m) => /East Gareth/.test(m.surface))).toBe(false);
  });

  it("leaves a body named after a place alone: 'commander for the Nineveh Operational Command'", () => {
    const doc = recognise("She was named commander for the Nineveh Operational Command in 2015 .");
    expect(doc.mentions.some((m) => m.surface === "Operational Command")).toBe(false);
  });
});

describe("names that are no actors", () => {
  it("keeps a time zone out of the people", () => {
    const doc = recognise("All times are based on Greenwich Mean Time .");
    expect(doc.mentions.some((m) => m.kind === "person")).toBe(false);
  });

  it("keeps device acronyms out of the organisations", () => {
    const doc = recognise("Near Tel Harun, a single strike hit a VBIED, a supply depot and three IEDs .");
    expect(doc.mentions.some((m) => /VBIED|IEDs/.test(m.surface))).toBe(false);
  });

  it("keeps a remit before a capitalised office out of the actors: 'Labour Minister X' is no party's", () => {
    const doc = recognise("Economy and Labour Minister Piet Dorn and Finance Secretary Ann Varga met on Monday .");
    const surfaces = doc.mentions.map((m) => m.surface);
    expect(surfaces, surfaces.join(", ")).not.toContain("Labour");
    expect(surfaces, surfaces.join(", ")).toEqual(expect.arrayContaining(["Piet Dorn", "Ann Varga"]));
  });

  it("keeps acronyms of things, formats and offices out of the actors, but not a name they are part of", () => {
    const things = recognise("Kelvanto sold its PC arm, DVD sales rose, the PM said MPs back ID cards and SMS use doubled in the HD format .");
    const surfaces = things.mentions.map((m) => m.surface);
    for (const word of ["PC", "DVD", "PM", "MPs", "ID", "SMS", "HD", "HD format"]) expect(surfaces, surfaces.join(", ")).not.toContain(word);
    const named = recognise("Varn TV and the Dorn PC Club said on Monday they would merge .");
    expect(named.mentions.map((m) => m.surface)).toEqual(expect.arrayContaining(["Varn TV"]));
  });
});

describe("works and operations", () => {
  it("keeps the title of a book out of the actors", () => {
    const doc = recognise("Scholars agree that the Book of Varnan and the Grey Book were written later .");
    expect(doc.mentions.some((m) => /Book/.test(m.surface)), JSON.stringify(kinds(doc))).toBe(false);
    expect(doc.others.map((o) => o.surface)).toEqual(expect.arrayContaining(["Book of Varnan"]));
  });

  it("reads the short form of an operation's name as the operation", () => {
    const doc = recognise("The assault was called Operation Silent Harbour .\nSilent Harbour ended after four days .");
    expect(doc.mentions.some((m) => /Silent Harbour/.test(m.surface)), JSON.stringify(kinds(doc))).toBe(false);
  });
});

describe("isRankOnly", () => {
  it("finds a span made only of a service and abbreviated ranks", () => {
    expect(isRankOnly(["said", "Army", "Lt.", "Gen.", "Jon", "Harrow"], 1, 3)).toBe(true);
    expect(isRankOnly(["said", "Maj", ".", "Gen.", "Ada", "Voss"], 1, 2)).toBe(true);
  });

  it("leaves names, acronyms in capitals and full ranks that are also surnames alone", () => {
    expect(isRankOnly(["Lt.", "Jon", "Harrow"], 0, 3)).toBe(false);
    expect(isRankOnly(["the", "SPC", "group"], 1, 2)).toBe(false);
    expect(isRankOnly(["Major", "said"], 0, 1)).toBe(false);
    expect(isRankOnly(["the", "Army", "said"], 1, 2)).toBe(false);
  });
});

describe("isCalendarAbbreviation", () => {
  it("takes an abbreviated month or weekday next to a number", () => {
    expect(isCalendarAbbreviation(words("loading Jul 12"), 1, 2)).toBe(true);
    expect(isCalendarAbbreviation(words("from Dec. 10"), 1, 2)).toBe(true);
    expect(isCalendarAbbreviation(words("due 3 Fri"), 2, 3)).toBe(true);
  });

  it("leaves names alone, and words that are names as well as days", () => {
    expect(isCalendarAbbreviation(words("Jan Dorn said"), 0, 2)).toBe(false);
    expect(isCalendarAbbreviation(words("The Sun said"), 1, 2)).toBe(false);
    expect(isCalendarAbbreviation(words("Theresa May said"), 1, 2)).toBe(false);
    expect(isCalendarAbbreviation(words("the DEC appeal"), 1, 2)).toBe(false);
    expect(isCalendarAbbreviation(words("the Dec appeal raised 4m"), 1, 2)).toBe(false);
  });

  it("keeps a month next to a number out of the names", () => {
    const doc = recognise("Loading dates: Kelby Star from Jul 12, Orvale Trader from Aug 3.");
    expect(doc.mentions.map((m) => m.surface)).not.toContain("Jul");
  });
});

describe("isPronounSpan", () => {
  it("finds a capitalised pronoun with or without its contracted verb", () => {
    expect(isPronounSpan(["and", "I'm", "thinking"], 1, 2)).toBe(true);
    expect(isPronounSpan(["and", "We", "'ve", "seen"], 1, 3)).toBe(true);
  });

  it("leaves names and acronyms in capitals alone", () => {
    expect(isPronounSpan(["the", "IT", "firm"], 1, 2)).toBe(false);
    expect(isPronounSpan(["Ivan", "said"], 0, 1)).toBe(false);
  });
});

describe("isOpeningAdverbial", () => {
  it("finds a sentence's one opening word set off by a comma before a pronoun", () => {
    expect(isOpeningAdverbial(words("United , we will prevail ."), 0, 1)).toBe(true);
    expect(isOpeningAdverbial(words("Together , they crossed the river ."), 0, 1)).toBe(true);
  });

  it("leaves names that open a sentence alone", () => {
    expect(isOpeningAdverbial(words("Varnell , the minister , said so ."), 0, 1)).toBe(false);
    expect(isOpeningAdverbial(words("He said United , we hope , will win ."), 2, 3)).toBe(false);
  });

  it("keeps the recogniser from reading the word as a name", () => {
    expect(recognise("United, we will keep working to defeat the Kelby Brigade.").mentions.map((m) => m.surface)).not.toContain("United");
  });
});

describe("isCompanyBeforePost", () => {
  it("finds a company's post and a capitalised name after a name", () => {
    expect(isCompanyBeforePost(words("Varco spokesman Ned Orrin said"), 1)).toBe(true);
    expect(isCompanyBeforePost(words("Varco chairman Ann Pell said"), 1)).toBe(true);
  });

  it("leaves places with their own posts, and posts with no name after them, alone", () => {
    expect(isCompanyBeforePost(words("Ohio Governor Ann Pell said"), 1)).toBe(false);
    expect(isCompanyBeforePost(words("a Varco spokesman said"), 2)).toBe(false);
  });
});

describe("a conjunction opening the sentence", () => {
  it("is not part of the name after it", () => {
    const names = recognise("And Varnell, who faces Karl Osterberg later, agreed.").mentions.map((m) => m.surface);
    expect(names).not.toContain("And Varnell");
  });
});

describe("beforeGeographicNoun", () => {
  it("finds a name right before a lower-case geographic noun", () => {
    expect(beforeGeographicNoun(["in", "the", "Al", "Harim", "region", "."], 4)).toBe(true);
    expect(beforeGeographicNoun(["in", "al-Kadra", "village", ","], 2)).toBe(true);
  });

  it("leaves adjectives of peoples and regions, and capitalised nouns after the name, alone", () => {
    expect(beforeGeographicNoun(["the", "Kurdish", "town", "of"], 2)).toBe(false);
    expect(beforeGeographicNoun(["this", "tiny", "Arctic", "town"], 3)).toBe(false);
    expect(beforeGeographicNoun(["the", "Harim", "Region", "Council"], 2)).toBe(false);
  });
});

describe("isLegalText", () => {
  it("finds laws, resolutions and protocols", () => {
    expect(isLegalText(["the", "Law", "of", "Maritime", "Salvage"], 1, 5)).toBe(true);
    expect(isLegalText(["the", "Varnia", "Protocol", "."], 1, 3)).toBe(true);
    expect(isLegalText(["the", "UN", "Security", "Council", "Resolutions", "12"], 1, 5)).toBe(true);
  });

  it("leaves a person called Law and one-word names alone", () => {
    expect(isLegalText(["Denis", "Law", "scored"], 0, 2)).toBe(false);
    expect(isLegalText(["Law", "scored"], 0, 1)).toBe(false);
  });
});

describe("isForeignTerm", () => {
  it("finds a term in brackets given in a language", () => {
    expect(isForeignTerm(["Book", "(", "Kiteba", "Rash", "in", "Kurdish", ")"], 2, 4)).toBe(true);
  });

  it("leaves a name in brackets that is not a term, and a name before 'in' a place, alone", () => {
    expect(isForeignTerm(["(", "Omar", "Dellal", ")"], 1, 3)).toBe(false);
    expect(isForeignTerm(["(", "Omar", "Dellal", "in", "Varnia", ")"], 1, 3)).toBe(false);
  });
});

describe("a participle that opens a sentence", () => {
  it("is no name before a preposition", () => {
    expect(isOpeningParticiple(words("Born in Kelby , Dana Varga moved to Brantwood ."), 0, 1)).toBe(true);
    expect(recognise("Born in Kelby , Dana Varga moved to Brantwood .").mentions.map((m) => m.surface)).not.toContain("Born");
  });

  it("may start a name elsewhere", () => {
    expect(isOpeningParticiple(words("Born Free opened in Kelby ."), 0, 1)).toBe(false);
    expect(isOpeningParticiple(words("He was born in Kelby ."), 2, 3)).toBe(false);
  });
});
