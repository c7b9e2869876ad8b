// Strikes counted in a military report: the striker and the target stand apart from the strike noun.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("strikes in a report", () => {
  it("reads 'X conducted 12 strikes using ... aircraft against Y targets' as X fighting Y", () => {
    const g = graphOf(["In Varnia , the Northern Coalition conducted 12 strikes using bomber , fighter and drone aircraft against Qarun Front targets ."]);
    expect(edgesBetween(g, "Northern Coalition", "fights", "Qarun Front"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads a possessor as the striker: 'the coalition's two airstrikes delivered 9 precision munitions against Y targets'", () => {
    const g = graphOf(["Over the weekend , the Northern Coalition's two airstrikes delivered 9 precision munitions against Qarun Front targets ."]);
    expect(edgesBetween(g, "Northern Coalition", "fights", "Qarun Front"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not reach past the end of the clause", () => {
    const g = graphOf(["The Northern Coalition conducted strikes near Hama , which the Qarun Front denied ."]);
    expect(edgesBetween(g, "Northern Coalition", "fights", "Qarun Front"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
