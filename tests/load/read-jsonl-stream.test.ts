// JSON Lines are streamed: the size limit applies to each record, and records straddling read chunks survive.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputFile } from "../../src/load/read-inputs.ts";

function jsonl(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-jsonl-"));
  const path = join(dir, "feed.jsonl");
  writeFileSync(path, lines.join("\n"));
  return path;
}

describe("readInputFile on JSON Lines", () => {
  it("applies --max-bytes to each record, not to the file", () => {
    const small = JSON.stringify({ id: "small", text: "Ankara and Moscow held talks." });
    const big = JSON.stringify({ id: "big", text: "x".repeat(5000) });
    const path = jsonl([small, big, small.replace("small", "small2")]);
    const result = readInputFile({ path, name: "feed.jsonl" }, { maxBytes: 1000 });
    expect(result.articles.map((a) => a.id)).toEqual(["small", "small2"]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({ reason: "too-large" });
    expect(result.skipped[0]?.source).toMatch(/feed\.jsonl:2$/);
  });

  it("refuses UTF-16 JSON Lines with a message that says how to convert them", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-jsonl-"));
    const path = join(dir, "feed.jsonl");
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${JSON.stringify({ id: "a", text: "Iran met Turkey." })}\n`, "utf16le")]));
    const result = readInputFile({ path, name: "feed.jsonl" });
    expect(result.articles).toEqual([]);
    expect(result.skipped).toEqual([{ source: path, reason: "unreadable", message: expect.stringMatching(/UTF-16.*save it as UTF-8/) }]);
  });

  it("keeps records that straddle the 1 MB read chunks, byte for byte", () => {
    const text = "Café in Damascus. ".repeat(40_000);
    const records = ["a", "b", "c"].map((id) => JSON.stringify({ id, text: `${id} ${text}` }));
    const result = readInputFile({ path: jsonl(records), name: "feed.jsonl" }, { maxBytes: 10_000_000 });
    expect(result.articles.map((a) => a.text.length)).toEqual(records.map((r) => (JSON.parse(r) as { text: string }).text.length));
    expect(result.articles[1]?.text.startsWith("b Café")).toBe(true);
  });
});
