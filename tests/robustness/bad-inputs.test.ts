// The real CLI on a folder of messy inputs: every good article is kept, every bad one is named with its reason, and
// nothing from an HTML page's scripts or event handlers reaches the outputs, and a 20 MB article of repeated names
// builds whole.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliAsync, tempDir, type CliRun } from "../helpers/cli.ts";
import { BIG_BYTES, BIG_SENTENCE, JSONL_GOOD, writeBadInputFolder, type BadInputFolder } from "./bad-input-fixtures.ts";

/** Size of the long generated article in this folder. */
const LONG_ARTICLE_BYTES = BIG_BYTES;

/**
 * Not a speed test (that is `npm run bench`): a bound far above the ~20 s this build takes on 2 cores, which only a
 * stage that turned superlinear on the long article would cross.
 */
const BUILD_BUDGET_MS = 240_000;

interface GraphJson {
  attributes: {
    articles: Array<{ id: string; title: string; text: string }>;
    skipped: Array<{ source: string; reason: string; message: string }>;
  };
  nodes: Array<{ key: string; attributes: { label: string; mentions: number; citations: Array<{ article: string }> } }>;
}

let work = "";
let folder: BadInputFolder;
let run: CliRun;
let elapsedMs = 0;
let graphText = "";
let gexfText = "";
let graph: GraphJson;

beforeAll(async () => {
  work = tempDir("bad-inputs");
  folder = writeBadInputFolder(join(work, "in"), { bigBytes: LONG_ARTICLE_BYTES });
  const started = performance.now();
  run = await runCliAsync(["build", folder.root, "--out", join(work, "out")], 300_000);
  elapsedMs = performance.now() - started;
  graphText = readFileSync(join(work, "out", "graph.json"), "utf8");
  gexfText = readFileSync(join(work, "out", "graph.gexf"), "utf8");
  graph = JSON.parse(graphText) as GraphJson;
}, 320_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("build on a folder of bad inputs", () => {
  it("exits 0 and prints a summary that counts reads and skips", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/6 articles read, 3 skipped \(.*1 empty.*\)/);
    expect(run.stdout).toMatch(/1 binary/);
    expect(run.stdout).toMatch(/1 malformed-json/);
    expect(run.stdout).toMatch(/\d+ entities, \d+ relations/);
  });

  it("keeps every good article, both good JSONL records and the nested one included", () => {
    expect(graph.attributes.articles.map((a) => a.id).sort()).toEqual(folder.goodIds);
    for (const record of JSONL_GOOD) {
      expect(graph.attributes.articles.find((a) => a.id === record.id)?.text).toBe(record.text);
    }
  });

  it("decodes the Windows-1252 article: Café, no replacement characters", () => {
    const cafe = graph.attributes.articles.find((a) => a.id === "cafe-1252");
    expect(cafe?.title).toBe("Diplomats meet at the Café Europa in Vienna");
    expect(cafe?.text).toContain("met at the Café Europa in Vienna");
    expect(cafe?.text).not.toContain("\ufffd");
  });

  it("keeps the HTML article's body text", () => {
    const page = graph.attributes.articles.find((a) => a.id === "hostile");
    expect(page?.title).toBe("Leaders meet in Sochi");
    expect(page?.text).toContain("Vladimir Putin hosted Recep Tayyip Erdogan in Sochi on Tuesday");
    expect(page?.text).toContain("The two leaders agreed to extend the ceasefire in Idlib.");
  });

  it("keeps the whole long generated article and finds its actors", () => {
    const big = graph.attributes.articles.find((a) => a.id === "big-article");
    expect(big?.text.length).toBeGreaterThanOrEqual(LONG_ARTICLE_BYTES);
    expect(big?.text.endsWith(BIG_SENTENCE)).toBe(true);
    const labels = graph.nodes.map((n) => n.attributes.label);
    expect(labels).toEqual(expect.arrayContaining(["Vladimir Putin", "Recep Tayyip Erdoğan"]));
    // Every repetition is counted; the stored quotes are capped per article (assemble-settings.ts).
    const repeats = Math.ceil(LONG_ARTICLE_BYTES / BIG_SENTENCE.length);
    const putin = graph.nodes.find((n) => n.attributes.label === "Vladimir Putin")?.attributes;
    expect(putin?.mentions).toBeGreaterThanOrEqual(repeats);
    expect(putin?.citations.filter((c) => c.article === "big-article").length).toBe(50);
  });

  it("names each bad input with its reason in graph.json and on stderr", () => {
    const skipped = graph.attributes.skipped.map((s) => ({ source: s.source, reason: s.reason }));
    expect(skipped).toEqual(expect.arrayContaining(folder.bad));
    expect(skipped).toHaveLength(folder.bad.length);
    for (const { source, reason } of folder.bad) {
      expect(run.stderr).toContain(`skipped ${source}: ${reason}: `);
    }
    // Every message says what to do about it.
    for (const s of graph.attributes.skipped) expect(s.message).toMatch(/; (add|convert|fix)/);
  });

  it("lets no script or event handler into graph.json or graph.gexf", () => {
    for (const [name, text] of [["graph.json", graphText], ["graph.gexf", gexfText]] as const) {
      const lower = text.toLowerCase();
      for (const bad of ["<script", "&lt;script", "\\u003cscript", "onerror", "onclick", "javascript:", "alert("]) {
        expect(lower.includes(bad), `${name} contains ${bad}`).toBe(false);
      }
    }
  });

  it(`finishes within ${BUILD_BUDGET_MS / 1000} s, the long article included`, () => {
    console.info(`bad-input build with a ${LONG_ARTICLE_BYTES / 1024 / 1024} MB article: ${(elapsedMs / 1000).toFixed(1)} s wall clock; ${run.stdout.trim()}`);
    expect(elapsedMs).toBeLessThan(BUILD_BUDGET_MS);
  });
});
