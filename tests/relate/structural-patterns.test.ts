// Relations stated by the shape of a phrase: titles, "X-backed Y", "al-Qaeda-linked HTS", passives, "Syria's Idlib",
// "talks between A and B".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("titles and appositions", () => {
  it("links a titled person to the country of the title, with the role", () => {
    const g = graphOf(["Russian Defence Minister Sergei Shoigu arrived in Ankara on Monday."]);
    const [edge] = edgesBetween(g, "Sergei Shoigu", "holds_role_in", "Russia");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.family).toBe("role");
    expect(edge?.attributes.directed).toBe(true);
    expect(edge?.source).toBe("person:sergei-shoigu");
    expect(edge?.attributes.roles).toEqual(["Defence Minister"]);
  });

  it("gives each person of a sentence their own title", () => {
    const g = graphOf(["Turkish Foreign Minister Mevlut Cavusoglu and Russian President Vladimir Putin spoke by phone."]);
    expect(edgesBetween(g, "Vladimir Putin", "holds_role_in", "Russia")[0]?.attributes.roles).toEqual(["President"]);
    expect(edgesBetween(g, "Mevlut Cavusoglu", "holds_role_in", "Turkey")[0]?.attributes.roles).toEqual(["Foreign Minister"]);
    expect(edgesBetween(g, "Vladimir Putin", "holds_role_in", "Turkey")).toEqual([]);
  });
});

describe("compounds", () => {
  it("reads 'X-backed Y' as X supports Y", () => {
    const g = graphOf(["Fighters of the Iran-backed Hezbollah crossed the border."]);
    const [edge] = edgesBetween(g, "Iran", "supports", "Hezbollah");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.family).toBe("cooperation");
    expect(edge?.source).toBe("country:iran");
    expect(edgesBetween(g, "Hezbollah", "supports", "Iran")).toEqual([]);
  });

  it("reads a demonym compound the same way", () => {
    const g = graphOf(["The Turkish-backed Free Syrian Army advanced on the town."]);
    expect(edgesBetween(g, "Turkey", "supports", "Free Syrian Army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'al-Qaeda-linked HTS' as HTS affiliated with al-Qaeda", () => {
    const g = graphOf(["Fighting was reported between the army and al-Qaeda-linked HTS near the border."]);
    const [edge] = edgesBetween(g, "HTS", "affiliated_with", "al-Qaeda");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.family).toBe("role");
  });

  it("does not reach past the compound's own noun to another name", () => {
    const g = graphOf(["Turkey-backed rebels and the Iran-backed Hezbollah clashed near Aleppo."]);
    expect(edgesBetween(g, "Iran", "supports", "Hezbollah")).toHaveLength(1);
    expect(edgesBetween(g, "Turkey", "supports", "Iran")).toEqual([]);
  });
});

describe("appositive phrases", () => {
  it("reads 'once affiliated with' as affiliated_with", () => {
    const g = graphOf(["Hayat Tahrir al-Sham, once affiliated with al-Qaeda, runs the province."]);
    expect(edgesBetween(g, "Hayat Tahrir al-Sham", "affiliated_with", "al-Qaeda"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("passives", () => {
  it("reads 'taken over by' as the agent controlling the place", () => {
    const g = graphOf(["The town of Afrin was taken over by the Syrian Democratic Forces in 2012."]);
    const [edge] = edgesBetween(g, "Syrian Democratic Forces", "controls", "Afrin");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.family).toBe("location");
    expect(edge?.source).toBe("armed_group:syrian-democratic-forces");
  });

  it("reads 'ORG, represented by X' as X acting for the organisation", () => {
    const g = graphOf(["The Northern Relief Council , represented by its chairman Karim Baban , signed the deal ."]);
    expect(edgesBetween(g, "Karim Baban", "member_of", "Northern Relief Council"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads an aside 'A, B and C, aided by X,' as X supporting every side in the list", () => {
    const g = graphOf(["Malian soldiers, Chadian troops and Shia militiamen, aided by the African Union, advanced on Gao."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "African Union", "supports", "Malian soldiers"), facts).toHaveLength(1);
    expect(edgesBetween(g, "African Union", "supports", "Shia militiamen"), facts).toHaveLength(1);
  });

  it("does not spread a passive without the aside's comma over the list ('A and B aided by X')", () => {
    const g = graphOf(["Malian soldiers and Chadian troops aided by the African Union advanced on Gao."]);
    expect(edgesBetween(g, "African Union", "supports", "Malian soldiers"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("fighting alongside", () => {
  it("reads 'X fought Z alongside Y' as Y fighting Z too", () => {
    const g = graphOf(["Karim Baban was fighting the Northern Liberation Front alongside the Varnian Border Guard ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Karim Baban", "fights", "Northern Liberation Front"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Varnian Border Guard", "fights", "Northern Liberation Front"), facts).toHaveLength(1);
  });

  it("reads 'X fought alongside Y' as support between the two", () => {
    const g = graphOf(["Kurdish Peshmerga fought alongside the Northern Liberation Front in the spring ."]);
    expect(edgesBetween(g, "Kurdish Peshmerga", "supports", "Northern Liberation Front"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("places", () => {
  it("reads 'Syria's Idlib' as Idlib located in Syria", () => {
    const g = graphOf(["Fighters moved deeper into Syria's Idlib on Sunday."]);
    const [edge] = edgesBetween(g, "Idlib", "located_in", "Syria");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.source).toBe("place:idlib");
    expect(edge?.attributes.family).toBe("location");
  });

  it("reads 'Sochi, Russia' as an address", () => {
    const g = graphOf(["The leaders met in Sochi, Russia, on Monday."]);
    expect(edgesBetween(g, "Sochi", "located_in", "Russia"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("talks between", () => {
  it("reads 'talks between A and B' as A meets B, undirected", () => {
    const g = graphOf(["The talks between Russia and Turkey ended on Friday."]);
    const [edge] = edgesBetween(g, "Russia", "meets", "Turkey");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.directed).toBe(false);
    expect(edge?.attributes.family).toBe("cooperation");
  });

  it("reads a date or place between the noun and 'between': 'the deal on 14 March between A and B'", () => {
    const g = graphOf(["Ministers welcomed the deal on 14 March between Russia and Turkey, and talks in Geneva between Iran and Iraq."]);
    expect(edgesBetween(g, "Russia", "agrees_with", "Turkey"), typedFacts(g).join("\n")).toHaveLength(1);
    expect(edgesBetween(g, "Iran", "meets", "Iraq"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("finds the second party past an apposition, and keeps it out of the apposition's passive", () => {
    const g = graphOf([
      "I welcome the agreement between the Northern Relief Council , led by Karim Baban , and the Southern Aid Commission , represented by Amal Haddad , on exports .",
    ]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Northern Relief Council", "agrees_with", "Southern Aid Commission"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Karim Baban", "leads", "Northern Relief Council"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Southern Aid Commission", "leads", "Northern Relief Council"), facts).toHaveLength(0);
  });

  it("does not read a word of a treaty's name as a meeting noun", () => {
    const g = graphOf(["They signed the Treaty of Lasting Cooperation Relations Between Varnia and Mongolia ."]);
    expect(edgesBetween(g, "Varnia", "agrees_with", "Mongolia"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("a club's or firm's boss", () => {
  it("reads 'X boss Y' as Y holding a role in X, and Y as the one met", () => {
    const g = graphOf(["Orvale chief Karl Osterberg held talks with Kelby Trust boss Amal Haddad on Monday."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Amal Haddad", "holds_role_in", "Kelby Trust"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Karl Osterberg", "meets", "Amal Haddad"), facts).toHaveLength(1);
  });
});
