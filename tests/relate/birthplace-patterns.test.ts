// Where a person is from, across a date ("born on ... in") or from a place named as the person's home.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("birthplaces and hometowns", () => {
  it("reads 'X was born on a date in Y' as located_in", () => {
    const g = graphOf(["Amal Haddad was born on March 3 , 1951 , in Amman and moved to Cairo in 1970 ."]);
    expect(edgesBetween(g, "Amal Haddad", "located_in", "Amman"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'Y , X 's hometown' and 'Y being X 's home state' as located_in", () => {
    const town = graphOf(["A statue will stand in Tulsa , Karl Osterberg 's hometown , next spring ."]);
    expect(edgesBetween(town, "Karl Osterberg", "located_in", "Tulsa"), typedFacts(town).join("\n")).toHaveLength(1);
    const state = graphOf(["With Ohio being Karl Osterberg 's home state , turnout was high ."]);
    expect(edgesBetween(state, "Karl Osterberg", "located_in", "Ohio"), typedFacts(state).join("\n")).toHaveLength(1);
  });

  it("does not read a place that is not the person's home", () => {
    const g = graphOf(["Karl Osterberg flew to Tulsa , Amal Haddad 's new office ."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/located_in Tulsa/);
  });
});
