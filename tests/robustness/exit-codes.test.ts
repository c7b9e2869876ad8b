// Exit codes of build: 1 when no input gives a usable article, 2 for usage errors; each message says what to do.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliAsync, tempDir } from "../helpers/cli.ts";
import { seededBytes } from "./bad-input-fixtures.ts";

let work = "";

beforeAll(() => {
  work = tempDir("exit-codes");
  const bad = join(work, "only-bad");
  mkdirSync(bad);
  writeFileSync(join(bad, "empty.txt"), "");
  writeFileSync(join(bad, "noise.txt"), seededBytes(11, 2048));
  writeFileSync(join(bad, "broken.jsonl"), "{not json\n");
  writeFileSync(join(bad, "picture.png"), seededBytes(12, 64));
  writeFileSync(join(work, "good.txt"), "Ministers meet in Ankara\n\nThe defence ministers met in Ankara on Monday.\n");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.concurrent("build exit codes", () => {
  it("exits 1 when no input is usable, names every bad input and says what to pass instead", async () => {
    const run = await runCliAsync(["build", join(work, "only-bad"), "--out", join(work, "out-bad")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`skipped ${join(work, "only-bad", "empty.txt")}: empty:`);
    expect(run.stderr).toContain(`skipped ${join(work, "only-bad", "noise.txt")}: binary:`);
    expect(run.stderr).toContain(`skipped ${join(work, "only-bad", "broken.jsonl")}:1: malformed-json:`);
    expect(run.stderr).toContain(`skipped ${join(work, "only-bad", "picture.png")}: unsupported-type:`);
    expect(run.stderr).toMatch(/no usable article in .*; pass files or folders of/);
  });

  it("still lists the skips with --quiet when nothing is usable", async () => {
    const run = await runCliAsync(["build", join(work, "only-bad"), "--out", join(work, "out-quiet"), "--quiet"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("empty.txt: empty:");
  });

  it("exits 2 on an unknown option and points to --help", async () => {
    const run = await runCliAsync(["build", join(work, "good.txt"), "--no-such-flag", "--out", join(work, "out-flag")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--no-such-flag");
    expect(run.stderr).toMatch(/newsgraph build --help/);
  });

  it("exits 2 on a missing input and says to pass files or folders", async () => {
    const run = await runCliAsync(["build", join(work, "no-such-folder"), "--out", join(work, "out-missing")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/input ".*no-such-folder" does not exist; pass files or folders of articles/);
  });

  it("exits 2 on a bad --max-bytes and says what it needs", async () => {
    const run = await runCliAsync(["build", join(work, "good.txt"), "--max-bytes", "lots", "--out", join(work, "out-max")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--max-bytes needs a positive whole number/);
  });

  it("exits 0 with a usable article, and names a file over --max-bytes as too-large", async () => {
    const big = join(work, "big-one.txt");
    writeFileSync(big, `Long story\n\n${"The talks went on. ".repeat(200)}`);
    const run = await runCliAsync(["build", join(work, "good.txt"), big, "--max-bytes", "1000", "--out", join(work, "out-ok")]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/skipped .*big-one\.txt: too-large: .*raise --max-bytes/);
    expect(run.stdout).toMatch(/1 articles read, 1 skipped \(1 too-large\)/);
  });
});
