// Two names side by side: a nationality or place before a described name, possessives, and roles set before a name.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("nationalities before names", () => {
  it("reads 'Canadian X' and 'Canadian team captain X' as an affiliation with Canada", () => {
    const g = graphOf(["Canadian Sam Rourke beat Canadian team captain Lea Dubois in the final on Sunday ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Sam Rourke", "affiliated_with", "Canada"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Lea Dubois", "affiliated_with", "Canada"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Sam Rourke", "located_in", "Canada"), facts).toHaveLength(0);
  });

  it("reads a country's name before a description as where the person is from", () => {
    const g = graphOf(["The shares were bought by Netherlands businessman Pieter Smit on Monday ."]);
    expect(edgesBetween(g, "Pieter Smit", "located_in", "Netherlands"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not relate a nationality to a name that a verb separates from it", () => {
    const g = graphOf(["A roadblock stopped the young Canadian from answering Sam Rourke 's call ."]);
    expect(typedFacts(g).filter((f) => f.includes("Canada")), typedFacts(g).join("\n")).toEqual([]);
  });

  it("reads 'Canadian mining company X' as an affiliation and 'Hong Kong construction company X' as an address", () => {
    const g = graphOf(["Canadian mining company Lakeland Resources and Hong Kong construction company Tai Wah Holdings signed a deal ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Lakeland Resources", "affiliated_with", "Canada"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Tai Wah Holdings", "located_in", "Hong Kong"), facts).toHaveLength(1);
  });

  it("reads 'Norway 's X' as where X is from and 'the Lakeland Council 's X' as a member", () => {
    const g = graphOf(["The coach praised Norway 's Lars Berg and the Northern Relief Council 's Amal Haddad ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Lars Berg", "located_in", "Norway"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Amal Haddad", "member_of", "Northern Relief Council"), facts).toHaveLength(1);
  });

  it("reads 'assigned to the 2nd Battalion , 7th Infantry Brigade' as membership and a unit's parent", () => {
    const g = graphOf(["Sgt. Sam Rourke was assigned to 4th Battalion, 7th Lakeland Infantry Brigade, officials said."]);
    const facts = typedFacts(g).join("\n");
    expect(facts).toMatch(/Sam Rourke member_of .*Battalion/);
    expect(facts).toMatch(/Battalion part_of .*Lakeland Infantry Brigade/);
  });

  it("reads a wire sign-off '-- X , City Newsroom' as membership", () => {
    const g = graphOf(["Prices rose on Monday .\n-- Amal Haddad , Amman Newsroom +962 6 5551234"]);
    expect(typedFacts(g).filter((f) => f.startsWith("Amal Haddad member_of")), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X campaign manager Y' as Y affiliated with X", () => {
    const g = graphOf(["Senator Jim Rourke 's aide said . Rourke campaign manager Amal Haddad agreed ."]);
    expect(edgesBetween(g, "Amal Haddad", "affiliated_with", "Jim Rourke"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});


describe("a post of an organisation set before the name", () => {
  it("reads 'a spokeswoman for ORG , X' and 'the commander of ORG , Gen. X' as roles in the organisation", () => {
    const g = graphOf([
      "A spokeswoman for the World Food Programme , Anna Berg , said the convoy had arrived .\nThe commander of the Northern Relief Command , Gen. Tomas Hadley , said the offensive would continue .",
    ]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Anna Berg", "holds_role_in", "World Food Programme"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Tomas Hadley", "holds_role_in", "Northern Relief Command"), facts).toHaveLength(1);
  });

  it("does not read a list of an organisation and a person as a role", () => {
    const g = graphOf(["Donations came from the World Food Programme , Anna Berg and several churches ."]);
    expect(edgesBetween(g, "Anna Berg", "holds_role_in", "World Food Programme"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("a title set off by a comma before the name", () => {
  it("reads 'the Canadian Foreign Minister , X ,' as X's role in Canada", () => {
    const g = graphOf(["The Canadian Foreign Minister , Lea Dubois , arrived in Ottawa on Monday ."]);
    expect(edgesBetween(g, "Lea Dubois", "holds_role_in", "Canada"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a list of a country and a person as a title", () => {
    const g = graphOf(["The talks brought together Canada , Lea Dubois and Sam Rourke ."]);
    expect(edgesBetween(g, "Lea Dubois", "holds_role_in", "Canada"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
