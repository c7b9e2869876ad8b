// The extraction cache: a warm build reads every article back and gives the same bytes; a corrupt entry is
// ignored and rewritten; a different pipeline fingerprint never reuses an entry.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openExtractionCache } from "../../src/cache/extraction-cache.ts";
import { pipelineFingerprint } from "../../src/cache/pipeline-fingerprint.ts";
import { CONTEXT, INIT, graphJson, sampleCorpus } from "../parallel/graph-bytes.ts";
import { extractArticle } from "../../src/pipeline/extract-article.ts";

function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json")).map((f) => join(dir, f));
}

describe("extraction cache", () => {
  const fingerprint = pipelineFingerprint(INIT);

  it("gives the same graph.json bytes cold and warm", async () => {
    const corpus = sampleCorpus();
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-cache-test-"));
    const uncached = await graphJson(corpus, null, { workers: 1 });
    const cold = await graphJson(corpus, openExtractionCache(fingerprint, { dir }), { workers: 1 });
    expect(cold.cached).toBe(0);
    expect(entries(dir)).toHaveLength(corpus.articles.length);
    const warm = await graphJson(corpus, openExtractionCache(fingerprint, { dir }), { workers: 1 });
    expect(warm.cached).toBe(corpus.articles.length);
    expect(cold.json).toBe(uncached.json);
    expect(warm.json).toBe(cold.json);
  }, 30_000);

  it("ignores and rewrites a corrupt entry", async () => {
    const corpus = sampleCorpus();
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-cache-test-"));
    const cold = await graphJson(corpus, openExtractionCache(fingerprint, { dir }), { workers: 1 });
    const [first, second] = entries(dir);
    writeFileSync(first!, "{ not json");
    writeFileSync(second!, JSON.stringify({ key: "someone else's", extracted: {} }));
    // A third whose packed tokens point past the end of the article's text.
    const third = entries(dir)[2]!;
    const stored = JSON.parse(readFileSync(third, "utf8")) as { tokens: { ends: number[] } };
    stored.tokens.ends[0] = 1e9;
    writeFileSync(third, JSON.stringify(stored));
    const again = await graphJson(corpus, openExtractionCache(fingerprint, { dir }), { workers: 1 });
    expect(again.cached).toBe(corpus.articles.length - 3);
    expect(again.json).toBe(cold.json);
    expect(() => JSON.parse(readFileSync(first!, "utf8"))).not.toThrow();
  }, 30_000);

  it("keys entries by article content and pipeline fingerprint", () => {
    const [article] = sampleCorpus().articles;
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-cache-test-"));
    const cache = openExtractionCache(fingerprint, { dir });
    cache.set(article!, extractArticle(article!, CONTEXT));
    expect(cache.get(article!)).toBeDefined();
    expect(cache.get({ ...article!, text: `${article!.text} ` })).toBeUndefined();
    expect(openExtractionCache(`${fingerprint}x`, { dir }).get(article!)).toBeUndefined();
  });

  it("only costs speed when its folder cannot be written: a file where the folder should be", () => {
    const [article] = sampleCorpus().articles;
    const blocker = join(mkdtempSync(join(tmpdir(), "newsgraph-cache-test-")), "not-a-folder");
    writeFileSync(blocker, "a file");
    const cache = openExtractionCache(fingerprint, { dir: blocker });
    expect(() => cache.set(article!, extractArticle(article!, CONTEXT))).not.toThrow();
    expect(cache.get(article!)).toBeUndefined();
  });
});
