// Attacks told from the side attacked: "X came under fire from Y".
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("incoming fire", () => {
  it("reads 'X came under heavy fire from Y' as Y fighting X", () => {
    const g = graphOf(["On Monday the Afghan army came under heavy fire from the Taliban near Kandahar."]);
    expect(edgesBetween(g, "Taliban", "fights", "Afghan army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("reads 'after X continued to receive machine gun fire from Y'", () => {
    const g = graphOf(["Air support was called in after the Afghan army continued to receive heavy machine gun fire from the Taliban."]);
    expect(edgesBetween(g, "Taliban", "fights", "Afghan army"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read fire that never came", () => {
    const g = graphOf(["The Afghan army did not come under fire from the Taliban on Monday."]);
    expect(edgesBetween(g, "Taliban", "fights", "Afghan army"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});
