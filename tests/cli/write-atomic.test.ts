// Files written from pieces have exactly the bytes of their joined text, across write batches and whatever the
// characters; a failing piece leaves no file and no temporary behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OutputError } from "../../src/cli/output-error.ts";
import { writeFilesAtomic, writeFilesAtomicOverlapped } from "../../src/cli/write-atomic.ts";

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-write-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** About 3 MB in pieces of every size, with two- and four-byte characters at piece edges. */
function mixedPieces(): string[] {
  const pieces: string[] = [];
  for (let i = 0, length = 0; length < 3_000_000; i++) {
    pieces.push(`é${"x".repeat(i % 5000)}😀`, "", "<&>");
    length += (i % 5000) + 6;
  }
  return pieces;
}

describe("writeFilesAtomic with text in pieces", () => {
  it("writes the joined text as UTF-8, across several write batches", () => {
    const pieces = mixedPieces();
    const dir = freshDir();
    function* chunks(): Generator<string> {
      yield* pieces;
    }
    writeFilesAtomic([{ path: join(dir, "graph.json"), content: chunks() }]);
    expect(readFileSync(join(dir, "graph.json")).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("leaves nothing behind when producing a piece fails", () => {
    const dir = freshDir();
    function* failing(): Generator<string> {
      yield "x".repeat(2_000_000);
      throw new Error("export failed");
    }
    expect(() => writeFilesAtomic([{ path: join(dir, "a.json"), content: "{}" }, { path: join(dir, "b.gexf"), content: failing() }])).toThrow(
      "export failed",
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("writeFilesAtomic on a path it cannot write", () => {
  it("says which file and what to do when a file is in the way of the output folder", () => {
    const dir = freshDir();
    writeFileSync(join(dir, "out"), "a file, not a folder");
    const write = () => writeFilesAtomic([{ path: join(dir, "out", "graph.json"), content: "{}" }]);
    expect(write).toThrow(OutputError);
    expect(write).toThrow(/cannot write .*out\/graph\.json \(EEXIST\): a file is in the way.*pass --out a folder/);
  });
});

describe("writeFilesAtomicOverlapped, the build's writer", () => {
  it("writes the same bytes as writeFilesAtomic, across several write batches", async () => {
    const pieces = mixedPieces();
    const dir = freshDir();
    function* chunks(): Generator<string> {
      yield* pieces;
    }
    await writeFilesAtomicOverlapped([
      { path: join(dir, "graph.json"), content: chunks() },
      { path: join(dir, "graph.gexf"), content: "<gexf/>" },
      { path: join(dir, "bytes.bin"), content: new Uint8Array([1, 2, 3]) },
    ]);
    expect(readFileSync(join(dir, "graph.json")).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
    expect(readFileSync(join(dir, "graph.gexf"), "utf8")).toBe("<gexf/>");
    expect([...readFileSync(join(dir, "bytes.bin"))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir).sort()).toEqual(["bytes.bin", "graph.gexf", "graph.json"]);
  });

  it("leaves nothing behind when producing a piece fails, even with a write in flight", async () => {
    const dir = freshDir();
    function* failing(): Generator<string> {
      yield "x".repeat(3_000_000);
      throw new Error("export failed");
    }
    await expect(writeFilesAtomicOverlapped([{ path: join(dir, "a.json"), content: "{}" }, { path: join(dir, "b.gexf"), content: failing() }])).rejects.toThrow(
      "export failed",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("says which file and what to do when a file is in the way of the output folder", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "out"), "a file, not a folder");
    const write = writeFilesAtomicOverlapped([{ path: join(dir, "out", "graph.json"), content: "{}" }]);
    await expect(write).rejects.toThrow(/cannot write .*out\/graph\.json \(EEXIST\): a file is in the way.*pass --out a folder/);
  });
});
