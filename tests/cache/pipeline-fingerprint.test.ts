// The cache's version covers every source file that per-article extraction runs: a change to any of them must
// make every cached entry stale.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXTRACTION_SOURCE_DIRS } from "../../src/cache/pipeline-fingerprint.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const IMPORT = /^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms;

/** Every repository source file reached through relative imports from `entry`. */
function sourcesReached(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = join(dirname(file), spec as string);
      if (target.endsWith(".ts")) queue.push(target);
    }
  }
  return [...seen].map((f) => relative(ROOT, f)).sort();
}

describe("EXTRACTION_SOURCE_DIRS", () => {
  it("holds every file that per-article extraction imports", () => {
    const outside = sourcesReached("src/pipeline/extract-article.ts").filter(
      (f) => !EXTRACTION_SOURCE_DIRS.some((dir) => f.startsWith(`${dir}/`)),
    );
    expect(outside).toEqual([]);
  });
});
