// A strike named by its striker, then what it hit: the striker fights the target.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("strikes that hit", () => {
  it("reads 'a Russian air strike killed five X fighters' as Russia fighting X", () => {
    const g = graphOf(["A Russian air strike killed five Hamas fighters near the border."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Russia", "fights", "Hamas"), facts).toHaveLength(1);
  });

  it("reaches past a day between the strike and its verb", () => {
    const g = graphOf(["A U.S. drone strike on Tuesday destroyed three Hamas trucks outside the camp."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "United States", "fights", "Hamas"), facts).toHaveLength(1);
  });

  it("takes a named commander as the target", () => {
    const g = graphOf(["An Israeli strike killed Hamas commander Omar Haddad on Tuesday."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Israel", "fights", "Omar Haddad"), facts).toHaveLength(1);
  });

  it("does not make the place of an attack its attacker, nor a negated strike a deed", () => {
    expect(typedFacts(graphOf(["The Benghazi attacks killed five Hamas fighters."])).join("\n")).not.toMatch(/fights/);
    expect(typedFacts(graphOf(["A Russian air strike did not hit Hamas positions."])).join("\n")).not.toMatch(/fights/);
  });

  it("does not read a nationality of the victims as a side", () => {
    expect(typedFacts(graphOf(["A Hamas rocket struck an Israeli hospital."])).join("\n")).not.toMatch(/fights/);
  });
});
