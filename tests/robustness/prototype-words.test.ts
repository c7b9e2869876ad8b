// Words that name Object's own properties ("constructor", "toString", "__proto__") are ordinary words: no lookup
// table may find a function for them. Invented texts.
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, PREDICATES } from "../../src/model/ontology.ts";
import { graphOf } from "../helpers/build-texts.ts";

describe("words that are names of Object's properties", () => {
  it("build like any other words", () => {
    const graph = graphOf([
      "The constructor between Ruritania and Elbonia was signed in Geneva. The Ruritanian constructor met the Elbonian toString.",
      "Elbonia-constructor militias and the valueOf hasOwnProperty of Ruritania spoke. Ruritania, constructor by Elbonia, said the __proto__ group left.",
    ]);
    expect(graph.order).toBeGreaterThan(0);
    graph.forEachNode((_key, a) => expect(ENTITY_KINDS).toContain(a.kind));
    graph.forEachEdge((_key, a) => expect(PREDICATES).toContain(a.predicate));
  });
});
