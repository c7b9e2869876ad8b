// Actors named before a process take part in it, unless the process is only what something sets out to end.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("participation in a process", () => {
  it("reads 'X joined the Y process' as participation", () => {
    const g = graphOf(["Canada joined the Astana process in May."]);
    expect(edgesBetween(g, "Canada", "participates_in", "Astana process"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read talks 'to end the X war' as taking part in the war", () => {
    const g = graphOf(["Karl Osterberg backed the UN plan for fresh talks to end the Syrian civil war."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/participates_in/);
  });
});
