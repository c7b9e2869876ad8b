// Which names a verb takes as subject and object: titles before the object, relative clauses, attributive names.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("verb arguments", () => {
  it("reads a title before the object as part of it: 'who shot President X'", () => {
    const g = graphOf(["Police said Karl Brenner , who shot President Ellen Vasquez in 1991 , had died in prison ."]);
    expect(edgesBetween(g, "Karl Brenner", "fights", "Ellen Vasquez"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("takes the name a closed relative clause hangs on as the subject, not a name inside the clause", () => {
    const g = graphOf(["The Northern Front, which fought a long war with Armenia in 1994, has sent fighters to back Amal Haddad."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Northern Front", "supports", "Amal Haddad"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Armenia", "supports", "Amal Haddad"), facts).toHaveLength(0);
  });

  it("keeps the subject of a relative clause the verb is in", () => {
    const g = graphOf(["Rescuers came from the Relief Council of Tabriz, which is based in Ardabil, officials said."]);
    expect(edgesBetween(g, "Relief Council of Tabriz", "located_in", "Ardabil"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not take a country used as a modifier as the subject: 'a senior Belarus lawmaker accused X'", () => {
    const g = graphOf(["A senior Belarus lawmaker accused President Ivan Dromsky on Tuesday of rigging the vote."]);
    expect(typedFacts(g).filter((f) => f.startsWith("Belarus ")), typedFacts(g).join("\n")).toEqual([]);
  });

  it("reads headline verbs: 'X slams Y'", () => {
    const g = graphOf(["Norway slams Sweden over fishing quotas ."]);
    expect(edgesBetween(g, "Norway", "opposes", "Sweden"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not assert 'no talks between A and B'", () => {
    const g = graphOf(["There have been no talks between Norway and Sweden since May ."]);
    expect(edgesBetween(g, "Norway", "meets", "Sweden"), typedFacts(g).join("\n")).toHaveLength(0);
  });

  it("does not assert a planned or hoped-for meeting", () => {
    const g = graphOf(["Ambassador Sam Rourke is scheduled to meet Amal Haddad on Friday , and hopes to sign a deal with Norway ."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Sam Rourke", "meets", "Amal Haddad"), facts).toHaveLength(0);
    expect(edgesBetween(g, "Sam Rourke", "agrees_with", "Norway"), facts).toHaveLength(0);
  });

  it("reads 'X seized the Y from Z' as X fighting Z, but not a flight that took off from a city", () => {
    const g = graphOf(["The Northern Front seized the Kassala Barracks from Sudanese Army troops on Monday ."]);
    expect(typedFacts(g).filter((f) => f.startsWith("Northern Front fights")), typedFacts(g).join("\n")).toHaveLength(1);
    const flight = graphOf(["A Norway-bound jet was hijacked minutes after it took off from Kassala ."]);
    expect(typedFacts(flight).filter((f) => f.includes("fights")), typedFacts(flight).join("\n")).toEqual([]);
  });

  it("reads 'X includes A , B and C' as each a member of X", () => {
    const g = graphOf(["The Lakeland Alliance includes Norway , Sweden and Finland , officials said ."]);
    const facts = typedFacts(g).join("\n");
    for (const c of ["Norway", "Sweden", "Finland"]) expect(edgesBetween(g, c, "member_of", "Lakeland Alliance"), facts).toHaveLength(1);
  });

  it("does not take a name before 'and all the ...' or 'said the ...' as the next verb's subject", () => {
    const g = graphOf(["Norway faces challenges and all parties must fight the Northern Front , said Amal Haddad ."]);
    expect(edgesBetween(g, "Norway", "fights", "Northern Front"), typedFacts(g).join("\n")).toHaveLength(0);
    const said = graphOf(["Amal Haddad said the war against the Northern Front was going well ."]);
    expect(edgesBetween(said, "Amal Haddad", "fights", "Northern Front"), typedFacts(said).join("\n")).toHaveLength(0);
  });

  it("keeps 'X , director of Y and a member of Z'", () => {
    const g = graphOf(["Sam Rourke , director of the Lakeland Institute and a member of the Northern Relief Council , praised the plan ."]);
    expect(edgesBetween(g, "Sam Rourke", "member_of", "Northern Relief Council"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not make X a member of the owner of a list: 'the EU 's list includes X'", () => {
    const g = graphOf(["The Lakeland Alliance 's sanctions list includes Norway and Sweden ."]);
    expect(typedFacts(g).filter((f) => f.includes("member_of")), typedFacts(g).join("\n")).toEqual([]);
  });
});

