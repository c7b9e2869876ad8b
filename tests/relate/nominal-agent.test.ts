// Support or opposition for the one whose deed a verb names: "condemned the attack by X", "welcomed the recapture of Y by Z".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("the agent of a deed as the object", () => {
  it("reads 'condemned the attack by X' as opposing X", () => {
    const g = graphOf(["Canada condemned the attack by al-Shabaab on the hotel."]);
    expect(edgesBetween(g, "Canada", "opposes", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'welcomed the recapture of Y by X' as supporting X", () => {
    const g = graphOf(["Norway welcomed the recapture of Gao by Malian soldiers."]);
    expect(edgesBetween(g, "Norway", "supports", "Malian soldiers"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'have supported the recapture by X of Y' with a listed subject as each side supporting X", () => {
    const g = graphOf(["Norway and the Government of Mali have supported the recapture by Malian soldiers of most of the north."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Norway", "supports", "Malian soldiers"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Government of Mali", "supports", "Malian soldiers"), facts).toHaveLength(1);
  });

  it("does not read a report by X as X's deed ('welcomed the report by Amnesty International')", () => {
    const g = graphOf(["Canada welcomed the report by Amnesty International."]);
    expect(edgesBetween(g, "Canada", "supports", "Amnesty International"), typedFacts(g).join("\n")).toHaveLength(0);
  });

  it("does not assert a denied condemnation", () => {
    const g = graphOf(["Canada did not condemn the attack by al-Shabaab."]);
    expect(edgesBetween(g, "Canada", "opposes", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("a deed named with its agent's participle", () => {
  it("reads 'condemned the bombing claimed by X' as opposing X", () => {
    const g = graphOf(["Norway condemned the bombing claimed by al-Shabaab in Mogadishu."]);
    expect(edgesBetween(g, "Norway", "opposes", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a statement by X as X's deed ('welcomed the statement issued by X')", () => {
    const g = graphOf(["Norway welcomed the statement issued by al-Shabaab."]);
    expect(edgesBetween(g, "Norway", "supports", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("a manner phrase before the object", () => {
  it("reads 'condemned in the strongest possible terms the attack by X' as opposing X", () => {
    const g = graphOf(["Yesterday Norway condemned in the strongest possible terms the attack by al-Shabaab."]);
    expect(edgesBetween(g, "Norway", "opposes", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("joining or leading a fight", () => {
  it("reads 'X has joined the fight against Y' as X fighting Y", () => {
    const g = graphOf(["Norway has joined the fight against al-Shabaab."]);
    expect(edgesBetween(g, "Norway", "fights", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a team led against a rival in a final as a fight", () => {
    const g = graphOf(["Kenya led the team against Ethiopia in the final."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/fights/);
  });
});
