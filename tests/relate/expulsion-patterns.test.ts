// Sides driven from ground, with the verb's particle after its object: "drove X out of Y", "pushed X back".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("driving a side from ground", () => {
  it("reads 'X drove Y out of Z' as X fighting Y", () => {
    const g = graphOf(["Kenyan forces drove al-Shabaab out of Kismayo last year."]);
    expect(edgesBetween(g, "Kenyan forces", "fights", "al-Shabaab"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X pushed Y fighters back' as X fighting them", () => {
    const g = graphOf(["Kenyan troops pushed al-Shabaab fighters back from the coast."]);
    expect(typedFacts(g).join("\n")).toMatch(/Kenyan troops fights al-Shabaab/);
  });

  it("does not assert a denied expulsion", () => {
    const g = graphOf(["Kenyan troops never drove al-Shabaab out of Kismayo."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/fights/);
  });

  it("does not read 'forced X out of office' as a battle", () => {
    const g = graphOf(["Odinga forced Ruto out of office in 2019."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/fights/);
  });

  it("does not read 'drove X back to Nairobi' as a battle", () => {
    const g = graphOf(["Kenyatta drove Ruto back to Nairobi after the meeting."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/fights/);
  });
});
