// A clause whose content is denied, and an aim that is not yet a deed, are never asserted. Invented texts.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

const fights = (text: string): number => edgesBetween(graphOf([text]), "Kelby Front", "fights", "Varn Brigade").length;

describe("denied content", () => {
  it("is not asserted after 'denied that' or 'denied reports that'", () => {
    expect(fights("Tovia denied that the Kelby Front attacked the Varn Brigade.")).toBe(0);
    expect(fights("Tovia denied reports that the Kelby Front attacked the Varn Brigade.")).toBe(0);
    expect(fights("Tovia rejected claims that the Kelby Front attacked the Varn Brigade.")).toBe(0);
  });

  it("is asserted when only reported", () => {
    const g = graphOf(["Tovia said that the Kelby Front attacked the Varn Brigade."]);
    expect(edgesBetween(g, "Kelby Front", "fights", "Varn Brigade"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("aims", () => {
  it("are not deeds yet: 'is preparing to attack', 'seeks talks with'", () => {
    expect(fights("The Kelby Front is preparing to attack the Varn Brigade.")).toBe(0);
    expect(fights("The Kelby Front is set to attack the Varn Brigade.")).toBe(0);
    const g = graphOf(["The Kelby Front seeks talks with the Varn Brigade."]);
    expect(edgesBetween(g, "Kelby Front", "meets", "Varn Brigade"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
