// The annotate output relates two mentions: a relation found inside one name ("the Turkish government" part of
// Turkey) stays in the graph but is not a prediction.
import { describe, expect, it } from "vitest";
import { annotateDocument } from "../../src/pipeline/annotate-document.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { context } from "../helpers/pipeline-context.ts";

const TEXT = "The Turkish government welcomed the agreement, and Turkey said Russia had kept its word.";

describe("annotate relations", () => {
  it("never pairs two overlapping spans", () => {
    const prediction = annotateDocument("t", TEXT, context());
    for (const r of prediction.relations) {
      const overlap = r.head.start < r.tail.end && r.tail.start < r.head.end;
      expect(overlap, JSON.stringify(r)).toBe(false);
    }
  });

  it("keeps the relation inside the name in the graph", () => {
    const graph = graphOf([TEXT]);
    expect(graph.filterEdges((_e, a) => a.predicate === "part_of").length).toBeGreaterThan(0);
  });
});
