// Relations stated by nouns ("condemnation of", "raids on"), whose subject is the possessor or a light verb's subject.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("nominal triggers", () => {
  it("takes the possessor as the subject: 'Turkey 's backing for X'", () => {
    const g = graphOf(["Critics feared Turkey 's backing for the Northern Front would prolong the war ."]);
    expect(edgesBetween(g, "Turkey", "supports", "Northern Front"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("takes the subject of a light verb: 'X conducted raids on Y', 'X is united in its strong condemnation of Y'", () => {
    const raids = graphOf(["Jordan conducted over 40 raids on the Northern Front last month ."]);
    expect(edgesBetween(raids, "Jordan", "fights", "Northern Front"), typedFacts(raids).join("\n")).toHaveLength(1);
    const condemn = graphOf(["Norway is united in its strong condemnation of the Northern Front ."]);
    expect(edgesBetween(condemn, "Norway", "opposes", "Northern Front"), typedFacts(condemn).join("\n")).toHaveLength(1);
  });

  it("takes the clause's subject for a deed it was engaged in: 'X lost 20 men in operations against Y'", () => {
    const g = graphOf(["Jordan lost 20 soldiers in operations against the Northern Front last year ."]);
    expect(edgesBetween(g, "Jordan", "fights", "Northern Front"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not make the subject of another verb the author of an attack: 'X condemned the attack on Y'", () => {
    const g = graphOf(["Norway condemned the attack on Camp Ashraf that killed six people ."]);
    expect(edgesBetween(g, "Norway", "fights", "Camp Ashraf"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
