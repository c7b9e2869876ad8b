// A particle can make another verb of a trigger, and signing a person is hiring. Invented texts.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("verbs with particles", () => {
  it("reads 'heads to X' as a journey, and 'heads X' as leading it", () => {
    const g = graphOf(["Dana Varga heads to Poland on Sunday, and Piet Dorn heads the Varn Front."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Dana Varga", "leads", "Poland"), facts).toHaveLength(0);
    expect(edgesBetween(g, "Piet Dorn", "leads", "Varn Front"), facts).toHaveLength(1);
  });

  it("reads 'signed up for' as joining, not as an agreement between those who signed", () => {
    const g = graphOf(["Ann Varga and Piet Dorn have signed up for the autumn tour."]);
    expect(edgesBetween(g, "Ann Varga", "agrees_with", "Piet Dorn"), typedFacts(g).join("\n")).toHaveLength(0);
  });

  it("reads signing a person as hiring them, not agreeing with them", () => {
    const g = graphOf(["Kelby Rovers signed Piet Dorn last week."]);
    expect(edgesBetween(g, "Kelby Rovers", "agrees_with", "Piet Dorn"), typedFacts(g).join("\n")).toHaveLength(0);
  });

  it("still reads an agreement signed between sides", () => {
    const g = graphOf(["Russia and Turkey signed a deal on Idlib."]);
    expect(edgesBetween(g, "Russia", "agrees_with", "Turkey"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});
