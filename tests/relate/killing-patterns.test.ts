// Killings named by nouns: "X's assassin, Y", "the assassination of X by Y", "Y, convicted of the murder of X".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

const fights = (text: string, killer: string, victim: string): number => {
  const g = graphOf([text]);
  const found = edgesBetween(g, killer, "fights", victim);
  if (found.length === 0) console.log(typedFacts(g).join("\n"));
  return found.length;
};

describe("killings named by nouns", () => {
  it("reads 'X's assassin, Y' and 'the X assassin Y'", () => {
    expect(fights("Historians say Anton Weber 's assassin , Jonas Kell , acted alone .", "Jonas Kell", "Anton Weber")).toBe(1);
    expect(fights("The film portrays the Anton Weber assassin Jonas Kell as a loner .", "Jonas Kell", "Anton Weber")).toBe(1);
  });

  it("reads 'the assassination of X by Y'", () => {
    expect(fights("The war began with the assassination in 1902 of Governor Anton Weber by Jonas Kell .", "Jonas Kell", "Anton Weber")).toBe(1);
  });

  it("reads a person convicted of, or serving a sentence for, a killing", () => {
    expect(fights("Jonas Kell was convicted of Anton Weber 's killing in 1990 .", "Jonas Kell", "Anton Weber")).toBe(1);
    expect(fights("Jonas Kell , 61 , is serving a life sentence for the murder of Anton Weber .", "Jonas Kell", "Anton Weber")).toBe(1);
  });

  it("keeps an accusation as a hedge", () => {
    const g = graphOf(["Police arrested Jonas Kell , suspected of the murder of Anton Weber , on Monday ."]);
    const [edge] = edgesBetween(g, "Jonas Kell", "fights", "Anton Weber");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.citations[0]?.hedge).toBe("suspected");
  });

  it("does not blame the person who made an arrest, nor one acquitted", () => {
    expect(fights("Inspector Jonas Kell arrested a man for the murder of Anton Weber .", "Jonas Kell", "Anton Weber")).toBe(0);
    expect(fights("Jonas Kell was acquitted of the murder of Anton Weber .", "Jonas Kell", "Anton Weber")).toBe(0);
  });

  it("takes the person a killer compound names as a verb's object, not the victim", () => {
    const g = graphOf(["Lawyers say Max Ortlieb , who shot the Anton Weber assassin Jonas Kell , was never tried ."]);
    expect(edgesBetween(g, "Max Ortlieb", "fights", "Jonas Kell"), typedFacts(g).join("\n")).toHaveLength(1);
    expect(edgesBetween(g, "Max Ortlieb", "fights", "Anton Weber")).toHaveLength(0);
  });

  it("reads 'Y was murdered on the orders of X' and 'shot to death by X', but not a denied passive", () => {
    expect(fights("Anton Weber was murdered on the orders of Jonas Kell in 1901 .", "Jonas Kell", "Anton Weber")).toBe(1);
    expect(fights("Anton Weber was shot to death by Jonas Kell .", "Jonas Kell", "Anton Weber")).toBe(1);
    expect(fights("Anton Weber was not shot by Jonas Kell , the court found .", "Jonas Kell", "Anton Weber")).toBe(0);
  });

  it("reads 'X was killed in a raid by Y' and 'Y killed 30 members of the X'", () => {
    expect(fights("Anton Weber was killed in a 1999 raid by the Northern Front .", "Northern Front", "Anton Weber")).toBe(1);
    expect(fights("The Northern Front has killed 30 members of the Lakeland Relief Council .", "Northern Front", "Lakeland Relief Council")).toBe(1);
  });
});


describe("a killing named by a gerund", () => {
  it("reads 'X, convicted of murdering reporter Y' as the killer and the victim", () => {
    const text = "The court threw out the sentence of Tomas Hadley , convicted of murdering Varno newspaper reporter Sam Rourke in 1976 .";
    expect(fights(text, "Tomas Hadley", "Sam Rourke")).toBe(1);
    const g = graphOf([text]);
    expect(typedFacts(g).filter((f) => f.includes("fights")), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("never reads an acquittal as a killing", () => {
    const g = graphOf(["Tomas Hadley was acquitted of killing Sam Rourke ."]);
    expect(edgesBetween(g, "Tomas Hadley", "fights", "Sam Rourke"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("a person said to be the killer", () => {
  it("reads 'the assassination of Y ... that X was the lone assassin' as X fighting Y", () => {
    const g = graphOf(["The inquiry into the assassination of President Amal Haddad found that Karl Osterberg was the lone assassin ."]);
    expect(edgesBetween(g, "Karl Osterberg", "fights", "Amal Haddad"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read 'whether X was the only gunman'", () => {
    const g = graphOf(["Files on the shooting of President Amal Haddad may show whether Karl Osterberg was the only gunman ."]);
    expect(edgesBetween(g, "Karl Osterberg", "fights", "Amal Haddad"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
