// Arguments of a verb that stand behind a hyphened adjective, a clause-opening word, or a possessive.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("verb arguments", () => {
  it("reads an object behind a hyphened adjective ('attacked rebel-held Zabadani')", () => {
    const g = graphOf(["On Monday, Hezbollah attacked rebel-held Zabadani from the west."]);
    expect(edgesBetween(g, "Hezbollah", "fights", "Zabadani"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads the subject of a clause opened by 'after' ('after the Jordanian army rejected X')", () => {
    const g = graphOf(["Amal Haddad got the post after the Jordanian army rejected Karl Osterberg on Monday."]);
    const facts = typedFacts(g).join("\n");
    expect(facts).not.toMatch(/Amal Haddad opposes/);
    expect(facts).toMatch(/Jordan(?:ian army)? opposes Karl Osterberg/);
  });

  it("reads the apposition of a possessed noun as the object ('rejected X 's first choice , Y')", () => {
    const g = graphOf(["In March, the Arab League rejected Karl Osterberg 's first choice , Amal Haddad , for the post."]);
    const facts = typedFacts(g).join("\n");
    expect(facts).not.toMatch(/opposes Karl Osterberg/);
    expect(facts).toMatch(/Arab League opposes Amal Haddad/);
  });
});

describe("coordinated adjectives before an object", () => {
  it("reads 'met with tribal and municipal Iraqi officials' as meeting Iraq", () => {
    const g = graphOf(["On Monday, Karl Osterberg met with tribal and municipal Iraqi officials in Basra."]);
    expect(edgesBetween(g, "Karl Osterberg", "meets", "Iraq"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("nouns of fighting with adjectives", () => {
  it("reads 'X maintained their defensive positions against Y' as X fighting Y", () => {
    const g = graphOf(["On Monday the Afghan army maintained their defensive positions against the Taliban near Kandahar."]);
    expect(edgesBetween(g, "Afghan army", "fights", "Taliban"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("participles after a comma", () => {
  it("reads 'X fired missiles into A, striking B' with X as the striker", () => {
    const g = graphOf(["On Monday, Russian jets were said to have launched several cruise missiles from the sea into Syria, striking Zabadani."]);
    expect(edgesBetween(g, "Russia", "fights", "Zabadani"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not reach past a clause with its own subject", () => {
    const g = graphOf(["Russia sent jets, and Iran said it was working with Syria, attacking Zabadani."]);
    expect(edgesBetween(g, "Russia", "fights", "Zabadani"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("subjects of participles and people behind a name", () => {
  it("reads 'X will meet Y before visiting Z' with X as the visitor", () => {
    const g = graphOf(["Karl Osterberg will meet President Amal Haddad in Amman before visiting Lebanon ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Karl Osterberg", "meets", "Lebanon"), facts).toHaveLength(1);
    expect(facts).not.toMatch(/Amal Haddad meets Lebanon/);
  });

  it("reads 'met with Osterberg campaign manager Joe Pratt' as meeting the manager", () => {
    const g = graphOf(["Karl Osterberg is running for mayor . On Monday Amal Haddad met with Osterberg campaign manager Joe Pratt in Amman ."]);
    expect(edgesBetween(g, "Amal Haddad", "meets", "Joe Pratt"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});
