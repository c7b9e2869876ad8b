// A country's possessive before one of its own office holders names the state the person speaks for, not a home.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("a state's possessive before its office holder", () => {
  it("does not read 'Peru's Morales said' as a home when the article gives Morales a post in Peru", () => {
    const g = graphOf(["Peruvian Defence Minister Ana Morales arrived in Lima on Monday. Peru’s Morales said after the meeting that Peru would keep talking with Chile."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Ana Morales", "holds_role_in", "Peru"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Ana Morales", "located_in", "Peru"), facts).toHaveLength(0);
  });

  it("still reads 'Bolivia's Juan Perez' as where a person without a post there is from", () => {
    const g = graphOf(["Bolivia’s Juan Perez won the race in Lima on Sunday."]);
    expect(edgesBetween(g, "Juan Perez", "located_in", "Bolivia"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});
