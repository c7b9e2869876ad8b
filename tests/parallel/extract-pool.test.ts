// The worker pool: results come back in input order, so the graph is byte-identical with 1 or 2 workers.
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../src/parallel/extract-pool.ts";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import { resolvePoolSettings } from "../../src/parallel/pool-settings.ts";
import { CONTEXT, INIT, graphJson, sampleCorpus } from "./graph-bytes.ts";

describe("extractArticles", () => {
  it("gives the same graph.json bytes with 1 and 2 workers", async () => {
    const corpus = sampleCorpus();
    expect(corpus.articles.length).toBeGreaterThan(2);
    const one = await graphJson(corpus, null, { workers: 1 });
    // Batches of one article spread the samples over both threads, so each sees a different history.
    const two = await graphJson(corpus, null, { workers: 2, batchSize: 1 });
    expect(two.json).toBe(one.json);
  }, 30_000);

  it("returns the results in input order, even when articles finish out of order", async () => {
    const corpus = sampleCorpus();
    const reversed = [...corpus.articles].reverse();
    const order: number[] = [];
    const results = await extractArticles({ articles: reversed, context: CONTEXT, init: INIT, onResult: (i) => order.push(i) }, { workers: 2, batchSize: 1 });
    expect(results.map((r) => r.segmented.article.id)).toEqual(reversed.map((a) => a.id));
    expect([...order].sort((a, b) => a - b)).toEqual(reversed.map((_a, i) => i));
    expect(JSON.stringify(results[0])).toBe(JSON.stringify(extractArticle(reversed[0]!, CONTEXT)));
  }, 30_000);

  it("rejects a pool of zero workers", () => {
    expect(() => resolvePoolSettings({ workers: 0 })).toThrow(/^newsgraph: --workers/);
  });
});
