// Every command answers --help with its usage and exit code 0; unknown commands and bad usage exit 2.
// The dispatcher runs in-process (fast); one case goes through bin/newsgraph.js to check the real exit code.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.ts";
import { runCliAsync } from "../helpers/cli.ts";

let stdout = "";
let stderr = "";

beforeEach(() => {
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("newsgraph --help", () => {
  it.each([
    ["build", /^Usage: newsgraph build/],
    ["annotate", /^Usage: newsgraph annotate/],
    ["train-ner", /^Usage: newsgraph train-ner/],
  ])("%s --help prints its usage and exits 0", async (command, usage) => {
    expect(await main([command, "--help"])).toBe(0);
    expect(stdout).toMatch(usage);
    expect(stdout.split("\n").length).toBeGreaterThan(3);
  });

  it.each(["build", "annotate"])("%s -h is the same as --help", async (command) => {
    expect(await main([command, "-h"])).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: newsgraph ${command}`));
  });

  it("--help alone lists every command and exits 0", async () => {
    expect(await main(["--help"])).toBe(0);
    for (const command of ["build", "annotate", "train-ner"]) expect(stdout).toContain(command);
  });

  it("no command exits 2 with the usage", async () => {
    expect(await main([])).toBe(2);
    expect(stdout + stderr).toMatch(/Usage: newsgraph/);
  });

  it("an unknown command exits 2, names it and prints the usage", async () => {
    expect(await main(["frobnicate"])).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
    expect(stderr).toMatch(/Usage: newsgraph/);
  });

  it("annotate without -o is a usage error (exit 2) that says what to do", async () => {
    expect(await main(["annotate", "docs.jsonl"])).toBe(2);
    expect(stderr).toMatch(/-o OUTPUT/);
  });

  it("annotate of a missing file is a usage error (exit 2) that says what to pass", async () => {
    expect(await main(["annotate", "no-such-docs.jsonl", "-o", "pred.jsonl"])).toBe(2);
    expect(stderr).toMatch(/"no-such-docs\.jsonl" is not a file; pass a JSON Lines file/);
    expect(stderr).not.toMatch(/unexpected error/);
  });

  it("a --model that is not a file is a usage error (exit 2) that says what to pass", async () => {
    expect(await main(["annotate", "tests/cli/help-and-usage.test.ts", "-o", "pred.jsonl", "--model", "no-such-model.bin"])).toBe(2);
    expect(stderr).toMatch(/--model "no-such-model\.bin" is not a file; pass a model written by newsgraph train-ner/);
  });

  it("train-ner on a file that is not CoNLL is a usage error (exit 2) that names the file", async () => {
    expect(await main(["train-ner", "package.json", "-o", "model.bin"])).toBe(2);
    expect(stderr).toMatch(/package\.json: line \d+: .*train-ner reads CoNLL-2003 column files/);
  });

  it("an unknown option is a usage error (exit 2)", async () => {
    expect(await main(["build", "--no-such-option"])).toBe(2);
    expect(stderr).toMatch(/Usage: newsgraph build/);
  });
});

describe("bin/newsgraph.js", () => {
  it("sets the process exit code: 2 on an unknown command", async () => {
    vi.restoreAllMocks();
    const unknown = await runCliAsync(["frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});
