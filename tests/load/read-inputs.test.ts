// findInputFiles and readInputFile on a real folder: recursion, sorted order, hidden files, size limit and missing input.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInputFiles, InputError, readInputFile } from "../../src/load/read-inputs.ts";

let root = "";

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "newsgraph-read-inputs-"));
  mkdirSync(join(root, "b-folder", "deeper"), { recursive: true });
  writeFileSync(join(root, "z-last.txt"), "Last story\n\nThe last story of the folder.");
  writeFileSync(join(root, "a-first.md"), "# First story\n\nThe first story of the folder.");
  writeFileSync(join(root, "b-folder", "deeper", "inner.txt"), "Inner story\n\nA story two folders down.");
  writeFileSync(join(root, ".hidden.txt"), "Hidden\n\nEditors leave these behind.");
  writeFileSync(join(root, "notes.docx"), "PK");
  writeFileSync(join(root, "big.txt"), `Big story\n\n${"word ".repeat(400)}`);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("findInputFiles", () => {
  it("walks folders recursively in sorted order, skips hidden files and names unsupported ones", () => {
    const { files, skipped } = findInputFiles([root]);
    expect(files.map((f) => f.name)).toEqual(["a-first.md", "b-folder/deeper/inner.txt", "big.txt", "z-last.txt"]);
    expect(skipped).toEqual([{ source: join(root, "notes.docx"), reason: "unsupported-type", message: expect.stringMatching(/supported: \.txt/) }]);
  });

  it("reads a folder once however many links reach it: a link loop, or the same folder named twice", () => {
    const looped = mkdtempSync(join(tmpdir(), "newsgraph-link-loop-"));
    try {
      mkdirSync(join(looped, "sub"));
      writeFileSync(join(looped, "story.txt"), "Story\n\nA story beside a link loop.");
      writeFileSync(join(looped, "sub", "inner.txt"), "Inner\n\nA story in a sub-folder.");
      symlinkSync(looped, join(looped, "sub", "back-to-top"));
      const { files, skipped } = findInputFiles([looped, join(looped, "sub")]);
      expect(files.map((f) => f.name)).toEqual(["story.txt", "sub/inner.txt"]);
      expect(skipped.map((s) => [s.source, s.reason])).toEqual([
        [join(looped, "sub", "back-to-top"), "duplicate"],
        [join(looped, "sub"), "duplicate"],
      ]);
      expect(skipped[0]?.message).toMatch(/already read; each file is read once/);
    } finally {
      rmSync(looped, { recursive: true, force: true });
    }
  });

  it("takes a single file by its base name", () => {
    const { files } = findInputFiles([join(root, "z-last.txt")]);
    expect(files).toEqual([{ path: join(root, "z-last.txt"), name: "z-last.txt" }]);
  });

  it("throws an InputError that says what to do for a missing input", () => {
    expect(() => findInputFiles([join(root, "missing")])).toThrow(InputError);
    expect(() => findInputFiles([join(root, "missing")])).toThrow(/does not exist; pass files or folders/);
  });
});

describe("readInputFile", () => {
  it("skips files over the size limit as too-large and names the flag to raise", () => {
    const result = readInputFile({ path: join(root, "big.txt"), name: "big.txt" }, { maxBytes: 1000 });
    expect(result.articles).toEqual([]);
    expect(result.skipped[0]).toMatchObject({ source: join(root, "big.txt"), reason: "too-large" });
    expect(result.skipped[0]?.message).toMatch(/--max-bytes/);
    expect(readInputFile({ path: join(root, "big.txt"), name: "big.txt" }, { maxBytes: 1_000_000 }).articles).toHaveLength(1);
  });

  it("reports unreadable files instead of throwing", () => {
    const result = readInputFile({ path: join(root, "vanished.txt"), name: "vanished.txt" });
    expect(result.skipped[0]).toMatchObject({ reason: "unreadable" });
  });

  it.skipIf(process.getuid?.() === 0)("reports a file without read permission as unreadable", () => {
    const locked = join(root, "locked.txt");
    writeFileSync(locked, "Locked\n\nNo one may read this.");
    chmodSync(locked, 0o000);
    const result = readInputFile({ path: locked, name: "locked.txt" });
    expect(result.skipped[0]).toMatchObject({ source: locked, reason: "unreadable" });
  });

  it("names a broken JSONL line by the path the user can open", () => {
    const path = join(root, "b-folder", "feed.jsonl");
    writeFileSync(path, '{"id":"ok","text":"Fine."}\nnot json\n');
    const result = readInputFile({ path, name: "b-folder/feed.jsonl" });
    expect(result.skipped.map((s) => s.source)).toEqual([`${path}:2`]);
  });
});
