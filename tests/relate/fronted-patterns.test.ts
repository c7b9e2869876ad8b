// Phrases set before their clause ("In support of X, Y ...") and the owner of an effort ("Y efforts to support X").
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("fronted phrases", () => {
  it("reads 'In support of X, Y ...' as Y supporting X", () => {
    const g = graphOf(["In support of the Afghan army, NATO aircraft struck a compound near Kandahar."]);
    expect(edgesBetween(g, "NATO", "supports", "Afghan army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'In the campaign against X, Y ...' as Y fighting X", () => {
    const g = graphOf(["Meanwhile in the campaign against Boko Haram, the Nigerian army has retaken two towns."]);
    expect(edgesBetween(g, "Nigerian army", "fights", "Boko Haram"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a fronted phrase whose clause denies it", () => {
    const g = graphOf(["In support of the Afghan army, NATO has not sent any aircraft."]);
    expect(edgesBetween(g, "NATO", "supports", "Afghan army"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("efforts", () => {
  it("reads 'the importance of X efforts to support Y' as X supporting Y", () => {
    const g = graphOf(["The minister stressed the importance of NATO efforts to support the Afghan army this year."]);
    expect(edgesBetween(g, "NATO", "supports", "Afghan army"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});
