// A second role after "and" in an apposition: "X, leader of A and vice-president of B".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("apposition chains", () => {
  it("reads 'X , a professor at A and honorary president of B' as X holding a role in B", () => {
    const g = graphOf(["Amal Haddad , a professor of history at Cairo University and honorary president of the Red Crescent , died on Monday ."]);
    const [edge] = edgesBetween(g, "Amal Haddad", "holds_role_in", "Red Crescent");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.roles).toEqual(["honorary president"]);
  });

  it("does not read a list of people as a chain", () => {
    const g = graphOf(["Amal Haddad , Karl Osterberg and the president of the Red Crescent met on Monday ."]);
    expect(edgesBetween(g, "Amal Haddad", "holds_role_in", "Red Crescent"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
