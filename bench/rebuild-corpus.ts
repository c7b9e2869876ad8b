// Prepares the "rebuild after adding one article" measurement: a cache primed with every article but the last,
// and the full corpus to build against it. The priming build is not timed.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runJob } from "./run-job.ts";

export interface RebuildCorpus {
  /** The corpus with the added article. */
  full: string;
  /** Arguments for one timed rebuild: each gets a fresh copy of the primed cache, so every run adds the article. */
  args: () => string[];
}

export async function prepareRebuild(corpus: string, workers: number): Promise<RebuildCorpus> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-rebuild-"));
  const lines = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim());
  const before = join(dir, "before.jsonl");
  writeFileSync(before, `${lines.slice(0, -1).join("\n")}\n`);
  const cache = join(dir, "cache");
  runJob("job-build", [before, "--cache", cache, "--workers", String(workers)]);
  let run = 0;
  return {
    full: corpus,
    args: () => {
      const copy = join(dir, `cache-${++run}`);
      cpSync(cache, copy, { recursive: true });
      return [corpus, "--cache", copy, "--workers", String(workers)];
    },
  };
}
