// Reads the benchmark corpus (a .jsonl of articles) for the in-process jobs, and writes the first N records to a
// temporary file so that every job, including the real CLI, sees exactly the same articles.
import { createReadStream, mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { jsonlRecords } from "../src/load/json-records.ts";
import type { Article } from "../src/model/article.ts";

/** The first `limit` non-blank lines of a .jsonl file, read line by line so a large corpus is never held whole. */
export async function firstLines(path: string, limit: number): Promise<string[]> {
  const lines: string[] = [];
  const reader = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of reader) {
    if (!line.trim()) continue;
    lines.push(line);
    if (lines.length >= limit) break;
  }
  reader.close();
  return lines;
}

/** Copies the first `limit` records of the corpus to a temporary .jsonl (outside the repository) and returns it. */
export async function limitedCorpus(path: string, limit: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  const out = join(dir, "corpus.jsonl");
  writeFileSync(out, `${(await firstLines(path, limit)).join("\n")}\n`);
  return out;
}

/** The articles of a .jsonl corpus, parsed the way `newsgraph build` parses them. */
export function readCorpus(path: string): Article[] {
  return jsonlRecords(path, readFileSync(path, "utf8")).articles;
}
