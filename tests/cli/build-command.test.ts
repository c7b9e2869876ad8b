// `newsgraph build` on a small folder written here: the files it writes and its one-line summary.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SerializedKnowledgeGraph } from "../../src/model/graph.ts";
import { runCliAsync, tempDir, type CliRun } from "../helpers/cli.ts";

let input = "";
let out = "";
let run: CliRun;

beforeAll(async () => {
  input = tempDir("build-in");
  out = tempDir("build-out");
  writeFileSync(join(input, "one.txt"), "Ankara talks\n\nRussia and Turkey agreed on a ceasefire on Monday, officials said.\n\nSource: Daily Ledger");
  writeFileSync(join(input, "two.txt"), "Aid arrives\n\nThe Northern Relief Council sent aid to Aleppo, Amal Haddad said.");
  writeFileSync(join(input, "empty.txt"), "");
  run = await runCliAsync(["build", input, "--out", out, "--no-cache"]);
});

describe("newsgraph build", () => {
  it("exits 0 even when an input is skipped", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("ends with a one-line summary: articles read and skipped, entities, relations, seconds", () => {
    const lines = run.stdout.trim().split("\n");
    const summary = lines[lines.length - 1] ?? "";
    expect(summary).toMatch(/\b2 articles read\b/);
    expect(summary).toMatch(/\b1 skipped\b/);
    expect(summary).toMatch(/\b\d+ entities\b/);
    expect(summary).toMatch(/\b\d+ relations\b/);
    expect(summary).toMatch(/\b\d+(\.\d+)? s\b/);
  });

  it("names the skipped input and the reason", () => {
    expect(run.stderr).toMatch(/empty\.txt/);
    expect(run.stderr).toMatch(/empty/);
  });

  it("writes graph.json and graph.gexf whose counts match the summary", () => {
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as SerializedKnowledgeGraph;
    const entities = Number(/(\d+) entities/.exec(run.stdout)?.[1]);
    expect(graph.nodes).toHaveLength(entities);
    expect(graph.attributes?.articles?.map((a) => a.id).sort()).toEqual(["one", "two"]);
    const typed = graph.edges.filter((e) => e.attributes?.predicate !== "co_mentioned").length;
    expect(typed).toBe(Number(/(\d+) relations/.exec(run.stdout)?.[1]));
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toMatch(/^<\?xml[^>]*>\s*<gexf/);
  });

  it("exits 1 with advice when no article can be read", async () => {
    const none = tempDir("build-none");
    writeFileSync(join(none, "empty.txt"), "");
    const failed = await runCliAsync(["build", none, "--out", tempDir("build-none-out"), "--no-cache"]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/no usable article/);
  });
});
