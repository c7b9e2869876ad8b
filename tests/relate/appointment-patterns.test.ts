// Roles given by an appointment, with the appointee after the verb or before a passive, and posts stated as held.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("appointments", () => {
  it("reads 'A appointed X the lead commander for Y' as X holding a role in Y", () => {
    const g = graphOf(["In 2004 Karl Osterberg appointed Amal Haddad the lead Jordanian commander for Hezbollah 's logistics ."]);
    const [edge] = edgesBetween(g, "Amal Haddad", "holds_role_in", "Hezbollah");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.roles?.[0]).toMatch(/commander/);
  });

  it("reads 'X was named chief executive of Y'", () => {
    const g = graphOf(["Amal Haddad , 52 , was named chief executive of Reuters on Monday ."]);
    expect(edgesBetween(g, "Amal Haddad", "holds_role_in", "Reuters"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a denied appointment", () => {
    const g = graphOf(["Amal Haddad was not named chief executive of Reuters ."]);
    expect(edgesBetween(g, "Amal Haddad", "holds_role_in", "Reuters"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("posts stated as held", () => {
  it("reads 'X is the leader of Y' as X holding a role in Y", () => {
    const g = graphOf(["Mukhtar Robow is the leader of al-Shabaab."]);
    expect(edgesBetween(g, "Mukhtar Robow", "holds_role_in", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X became head of Y' as X holding a role in Y", () => {
    const g = graphOf(["Mukhtar Robow became head of al-Shabaab in 2008."]);
    expect(edgesBetween(g, "Mukhtar Robow", "holds_role_in", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not assert a denied post", () => {
    const g = graphOf(["Mukhtar Robow was not the leader of al-Shabaab."]);
    expect(edgesBetween(g, "Mukhtar Robow", "holds_role_in", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(0);
  });

  it("does not read a kinship noun as a post ('X is the son of Y')", () => {
    const g = graphOf(["Mukhtar Robow is the son of the founder of al-Shabaab."]);
    expect(edgesBetween(g, "Mukhtar Robow", "holds_role_in", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
