// Property test of the whole pure pipeline (buildGraph): on generated corpora every edge citation's quote is the
// text of its article at its offsets, and the exported graph is identical when built twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/model/relation.ts";
import { buildGraph } from "../../src/pipeline/build-graph.ts";
import { context } from "../helpers/pipeline-context.ts";
import { newsCorpus, PROPERTY_TIMEOUT_MS, RERUN_EVERY } from "./news-text.ts";
import { check, checkCitation } from "./offset-checks.ts";

export const BUILD_GRAPH_RUNS = 500;

describe("buildGraph (property)", () => {
  it(`cites article text exactly and is deterministic (${BUILD_GRAPH_RUNS} corpora)`, () => {
    const ctx = context();
    let citations = 0;
    let runs = 0;
    fc.assert(
      fc.property(newsCorpus, (articles) => {
        const graph = buildGraph({ articles, skipped: [] }, ctx);
        const texts = new Map(articles.map((a) => [a.id, a.text]));
        graph.forEachEdge((_edge, attributes) => {
          for (const citation of attributes.citations as Citation[]) {
            const text = texts.get(citation.article);
            check(text !== undefined, () => `edge cites unknown article ${citation.article}`);
            if (text !== undefined) checkCitation(citation, text);
            citations++;
          }
        });
        graph.forEachNode((node, attributes) => {
          check(Number.isFinite(attributes.x) && Number.isFinite(attributes.y), () => `node ${node} has no finite position`);
        });
        if (runs++ % RERUN_EVERY !== 0) return;
        const again = buildGraph({ articles: articles.map((a) => ({ ...a })), skipped: [] }, ctx);
        check(JSON.stringify(again.export()) === JSON.stringify(graph.export()), () => "a second build exported a different graph");
      }),
      { numRuns: BUILD_GRAPH_RUNS, seed: 2024 },
    );
    expect(citations).toBeGreaterThan(BUILD_GRAPH_RUNS);
  }, PROPERTY_TIMEOUT_MS);
});
