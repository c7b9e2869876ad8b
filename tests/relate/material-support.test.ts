// Arms given or received, and sanctions imposed, through the noun that carries the action.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("arms and sanctions", () => {
  it("reads 'X has supplied weapons to Y' as X supporting Y", () => {
    const g = graphOf(["Turkey has supplied weapons to the Free Syrian Army."]);
    expect(edgesBetween(g, "Turkey", "supports", "Free Syrian Army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'Y receives weapons from X' as X supporting Y", () => {
    const g = graphOf(["The Free Syrian Army receives weapons from Turkey."]);
    expect(edgesBetween(g, "Turkey", "supports", "Free Syrian Army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'X imposed sanctions on Y' as X opposing Y", () => {
    const g = graphOf(["The United States imposed sanctions on Iran."]);
    expect(edgesBetween(g, "United States", "opposes", "Iran"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not assert denied arms deliveries", () => {
    const g = graphOf(["Turkey has never supplied weapons to the Free Syrian Army."]);
    expect(edgesBetween(g, "Turkey", "supports", "Free Syrian Army"), typedFacts(g).join("\n")).toHaveLength(0);
  });

  it("does not read weapons sent by a third party as the subject's ('X said weapons to Y came from Z')", () => {
    const g = graphOf(["Turkey said the weapons to the Free Syrian Army came from smugglers."]);
    expect(edgesBetween(g, "Turkey", "supports", "Free Syrian Army"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
