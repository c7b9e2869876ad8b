// Relations read from a name's neighbourhood: brackets, prepositions and appositions.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("proximity patterns", () => {
  it("reads a country in brackets after a person as where the person is from", () => {
    const g = graphOf(["1. Amal Haddad ( Jordan ) 3:31.2"]);
    expect(edgesBetween(g, "Amal Haddad", "located_in", "Jordan"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read an acronym in brackets as a place", () => {
    const g = graphOf(["The Northern Relief Council ( NRC ) sent aid to Aleppo."]);
    expect(typedFacts(g).filter((f) => f.includes("located_in") && f.includes("NRC"))).toEqual([]);
  });

  it("reads 'X, a spokesman for Y' as X holding a role in Y", () => {
    const g = graphOf(["The plan was welcomed, said Amal Haddad, a spokeswoman for the United Nations."]);
    const [edge] = edgesBetween(g, "Amal Haddad", "holds_role_in", "United Nations");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.roles).toEqual(["spokeswoman"]);
  });

  it("reads 'X of Y' for a person as where the person is from, but not 'X in Y'", () => {
    const from = graphOf(["Amal Haddad of Amman said the talks had failed."]);
    expect(edgesBetween(from, "Amal Haddad", "located_in", "Amman"), typedFacts(from).join("\n")).toHaveLength(1);
    const visiting = graphOf(["Amal Haddad in Amman said the talks had failed."]);
    expect(edgesBetween(visiting, "Amal Haddad", "located_in", "Amman")).toHaveLength(0);
  });
});

describe("hyphenated wars", () => {
  it("reads 'the Armenia-Azerbaijan conflict' as the two countries fighting", () => {
    const g = graphOf(["Observers fear a new round of the Armenia-Azerbaijan conflict this year."]);
    expect(edgesBetween(g, "Armenia", "fights", "Azerbaijan"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("places in phrases", () => {
  it("reads 'X in eastern Y' and 'X, the capital of Y' as located_in", () => {
    const g = graphOf(["Fighting spread from Kassala in eastern Sudan to Yerevan, the capital of Armenia."]);
    expect(edgesBetween(g, "Kassala", "located_in", "Sudan"), typedFacts(g).join("\n")).toHaveLength(1);
    expect(edgesBetween(g, "Yerevan", "located_in", "Armenia"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'A in B , C in D' as two addresses, not B in C nor B in D", () => {
    const g = graphOf(["Fighting was reported in Karvala District in Anbar Province , Hadrat District in Nineveh Province , and the capital ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Karvala District", "located_in", "Anbar"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Hadrat District", "located_in", "Nineveh"), facts).toHaveLength(1);
    expect(facts).not.toMatch(/Anbar located_in/);
  });

  it("reads 'X, a small town in Y' as located_in", () => {
    const g = graphOf(["Troops entered Karvala, a small town in Anbar Province, on Monday."]);
    expect(edgesBetween(g, "Karvala", "located_in", "Anbar Province"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X, an ORG official' as membership", () => {
    const g = graphOf(["The report was confirmed by Amal Haddad, a senior Northern Relief Council official."]);
    expect(edgesBetween(g, "Amal Haddad", "member_of", "Northern Relief Council"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("roles in apposition", () => {
  it("reads a role that runs to its last link: 'X, a professor of history at Y'", () => {
    const g = graphOf(["Sam Rourke , a professor of medieval history at Lakeland University , said the find was rare ."]);
    const [edge] = edgesBetween(g, "Sam Rourke", "holds_role_in", "Lakeland University");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.roles).toEqual(["professor of medieval history"]);
  });

  it("reads 'X, one of the top engineers in Norway' as where X is", () => {
    const g = graphOf(["Sam Rourke , one of the top engineers in Norway , said the bridge was safe ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Sam Rourke", "located_in", "Norway"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Sam Rourke", "holds_role_in", "Norway"), facts).toHaveLength(0);
  });

  it("reads 'X , ORG 's chairman'", () => {
    const g = graphOf(["Results were strong , said Sam Rourke , International Shipping 's chairman and chief executive ."]);
    expect(edgesBetween(g, "Sam Rourke", "holds_role_in", "International Shipping"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not take another name in the apposition as part of the role", () => {
    const g = graphOf(["Sam Rourke , a Canadian living in Ottawa with the Lakeland Relief Council , said aid was coming ."]);
    expect(edgesBetween(g, "Sam Rourke", "holds_role_in", "Lakeland Relief Council"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("lists of places", () => {
  it("does not read 'A , B , C and D' as addresses, but keeps 'A , B , X said'", () => {
    const list = graphOf(["Floods hit Kassala , Atbara , Khartoum and Dongola on Monday ."]);
    expect(typedFacts(list).filter((f) => f.includes("located_in")), typedFacts(list).join("\n")).toEqual([]);
    const address = graphOf(["Talks were held in Kassala , Sudan , Amal Haddad said ."]);
    expect(edgesBetween(address, "Kassala", "located_in", "Sudan"), typedFacts(address).join("\n")).toHaveLength(1);
  });
});

describe("places listed before 'in Y'", () => {
  it("places every listed place in Y, and none in another of the list", () => {
    const g = graphOf(["Floods hit Kassala , Atbara and Dongola in northern Sudan on Monday ."]);
    const facts = typedFacts(g).join("\n");
    for (const town of ["Kassala", "Atbara", "Dongola"]) expect(edgesBetween(g, town, "located_in", "Sudan"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Kassala", "located_in", "Atbara"), facts).toHaveLength(0);
  });
});

describe("dated addresses and parts", () => {
  it("reads a dateline 'CITY , State date' as the city in the state", () => {
    const g = graphOf(["TABRIZ , Iran 1996-08-30\nOfficials said the border would reopen ."]);
    expect(edgesBetween(g, "Tabriz", "located_in", "Iran"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads a dateline's first name as its city even when it is not known as a place", () => {
    const g = graphOf(["PORT KELVIN , Canada 1996-08-30\nOfficials said the port would reopen ."]);
    expect(typedFacts(g).filter((f) => f.endsWith("located_in Canada")), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X must remain part of Y' as X part of Y, and not 'X near Y' as X in Y", () => {
    const g = graphOf(["He said Kassala must remain part of Sudan , and that Atbara near Khartoum was calm ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Kassala", "part_of", "Sudan"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Atbara", "located_in", "Khartoum"), facts).toHaveLength(0);
  });

  it("reads a role between commas: 'X, commander, ORG'", () => {
    const g = graphOf(["\"The roads are open,\" said Gen. Sam Rourke, commander, Northern Relief Council."]);
    expect(edgesBetween(g, "Sam Rourke", "holds_role_in", "Northern Relief Council"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("people and their organisations", () => {
  it("reads 'X taught at Y and Z' as membership of both", () => {
    const g = graphOf(["Sam Rourke taught at Lakeland University and the Northern Institute of Technology ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Sam Rourke", "member_of", "Lakeland University"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Sam Rourke", "member_of", "Northern Institute of Technology"), facts).toHaveLength(1);
  });

  it("reads 'X 's (adjective) party' as the person's organisation", () => {
    const g = graphOf(["Sam Rourke 's allegedly corrupt Liberal Party won the vote ."]);
    expect(edgesBetween(g, "Sam Rourke", "member_of", "Liberal Party"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'the deputy secretary of the ORG , X' as a role held in the organisation", () => {
    const g = graphOf(["He was met by the deputy secretary of the Northern Relief Council , Sam Rourke , on Monday ."]);
    expect(edgesBetween(g, "Sam Rourke", "holds_role_in", "Northern Relief Council"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});


describe("staff in apposition", () => {
  it("reads 'X , Y 's political adviser ,' as X affiliated with Y", () => {
    const g = graphOf(["The plan is sound , Amal Haddad , Karl Osterberg 's political adviser , told reporters ."]);
    expect(edgesBetween(g, "Amal Haddad", "affiliated_with", "Karl Osterberg"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a possessed thing that is not staff", () => {
    const g = graphOf(["Amal Haddad , Karl Osterberg 's old friend , told reporters ."]);
    expect(edgesBetween(g, "Amal Haddad", "affiliated_with", "Karl Osterberg"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("titles are not addresses", () => {
  it("does not place a title's words in the title's country ('the Minister of Foreign Affairs of X')", () => {
    const g = graphOf(["Amal Haddad received the Minister of Foreign Affairs of Jordan in Cairo on Monday."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/Foreign Affairs located_in/);
  });
});

describe("purposes are not posts", () => {
  it("does not read 'X, to align our efforts for Y' as a role in Y", () => {
    const g = graphOf(["I have written to the UN envoy Amal Haddad, to align our efforts for Syria."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/holds_role_in Syria/);
  });
});
