// Allies named beside the side they fight with, and support for a country's people or government.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("allies beside a side", () => {
  it("reads 'X and their Y allies' as Y supporting X", () => {
    const g = graphOf(["Last week the Syrian army and their Hezbollah allies entered the outskirts of the town."]);
    expect(edgesBetween(g, "Hezbollah", "supports", "Syrian army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X and allied Y' as Y supporting X", () => {
    const g = graphOf(["The Iraqi army and allied Peshmerga units pushed north on Monday."]);
    expect(edgesBetween(g, "Peshmerga", "supports", "Iraqi army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("gives what 'X and allied Y' do to both of them", () => {
    const g = graphOf(["The Malian army and allied Shia militias attacked the Varn Front near the border."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Malian army", "fights", "Varn Front"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Shia militias", "fights", "Varn Front"), facts).toHaveLength(1);
  });
});

describe("a country's people or government as the object", () => {
  it("reads 'stands with the people of X' as support for X", () => {
    const g = graphOf(["The minister said that Canada stands with the people of Ukraine."]);
    expect(edgesBetween(g, "Canada", "supports", "Ukraine"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'support the government and people of X' as support for X", () => {
    const g = graphOf(["Norway will support the government and people of Mali throughout this crisis."]);
    expect(edgesBetween(g, "Norway", "supports", "Mali"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("fighting alongside", () => {
  it("reads 'fighting X alongside Y' as Y fighting X when the fighter is not named", () => {
    const g = graphOf(["The men were related to a tribal elder fighting al-Shabaab alongside Somali government forces."]);
    expect(edgesBetween(g, "Somali government forces", "fights", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not assert a denied fight alongside", () => {
    const g = graphOf(["The elder denied fighting al-Shabaab alongside Somali government forces."]);
    expect(edgesBetween(g, "Somali government forces", "fights", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("partners named after the noun", () => {
  it("does not read 'X and his Reuters partner Y' as Reuters supporting X", () => {
    const g = graphOf(["Karl Osterberg and his Reuters partner Joe Pratt said they would not campaign ."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/Reuters supports/);
  });
});

describe("sides said to be allies of each other", () => {
  it("reads 'A and B are close allies' as each supporting the other", () => {
    const g = graphOf(["Norway and Sweden are close allies."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Norway", "supports", "Sweden"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Sweden", "supports", "Norway"), facts).toHaveLength(1);
  });

  it("does not read denied allies", () => {
    const g = graphOf(["Norway and Sweden are not allies."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/supports/);
  });

  it("does not read 'A and B are allies of C' as A and B allied with each other", () => {
    const g = graphOf(["Norway and Sweden are allies of Denmark."]);
    expect(edgesBetween(g, "Norway", "supports", "Sweden"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("support stated by a phrase after the clause", () => {
  it("gives 'in support of Z' to the clause's subject, not to the object of a preposition", () => {
    const g = graphOf(["The Tovian Army dropped bombs on Kelby Front positions in support of Varn Liberation Front operations."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Tovian Army", "supports", "Varn Liberation Front"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Kelby Front", "supports", "Varn Liberation Front"), facts).toHaveLength(0);
  });

  it("nor to the object of a verb", () => {
    const g = graphOf(["The Tovian Army hit Kelby Front targets in support of Varn Liberation Front operations."]);
    expect(edgesBetween(g, "Kelby Front", "supports", "Varn Liberation Front"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("a member named with their seat", () => {
  it("reads 'Party MP X' as X a member of the party", () => {
    const g = graphOf(["Varn Party MP Ann Varga spoke first, and Labour MP Piet Dorn answered her."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Ann Varga", "member_of", "Varn Party"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Piet Dorn", "member_of", "Labour"), facts).toHaveLength(1);
  });

  it("not when the seat is a former one", () => {
    const g = graphOf(["The former Labour MP Piet Dorn now leads a party of his own."]);
    expect(edgesBetween(g, "Piet Dorn", "member_of", "Labour"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
