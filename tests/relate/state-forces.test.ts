// A nationality before a state's own forces or officials ("Israeli jets", "a Russian military spokesman") names the
// state as the actor; before anyone else it is only an adjective.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("state forces", () => {
  it("reads 'a Russian military spokesman accused X' as Russia opposing X", () => {
    const g = graphOf(["On Monday, a Russian military spokesman accused NATO of provoking the crisis."]);
    expect(edgesBetween(g, "Russia", "opposes", "NATO"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not make a state of a described person", () => {
    const g = graphOf(["Critics attacked Karl Osterberg, the Swiss lawyer who heads the OSCE office."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/Switzerland leads/);
  });

  it("does not make a state of its nationals", () => {
    const g = graphOf(["Three Russian tourists criticised NATO on Monday."]);
    expect(edgesBetween(g, "Russia", "opposes", "NATO"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
