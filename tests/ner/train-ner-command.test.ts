// The train-ner command: usage errors, help, and a small end-to-end training run.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { trainNerCommand } from "../../src/cli/train-ner.ts";
import { decodeNerModel, tagSentence } from "../../src/ner/index.ts";
import { TINY_CORPUS } from "./tiny-corpus.ts";

function toConll(): string {
  const lines = ["-DOCSTART- -X- O O", ""];
  for (const s of TINY_CORPUS) {
    s.words.forEach((word, i) => {
      const span = s.spans.find((p) => p.first <= i && i < p.end);
      lines.push(`${word} X X ${span ? `I-${span.type}` : "O"}`);
    });
    lines.push("");
  }
  return lines.join("\n");
}

describe("trainNerCommand", () => {
  it("prints usage on --help and exits 0", async () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    expect(await trainNerCommand(["--help"])).toBe(0);
    expect(String(write.mock.calls[0]?.[0])).toMatch(/^Usage: newsgraph train-ner FILES\.\.\. -o MODEL/);
    write.mockRestore();
  });

  it("exits 2 with advice on usage errors", async () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await trainNerCommand([])).toBe(2);
    expect(await trainNerCommand(["train.conll"])).toBe(2);
    expect(String(write.mock.calls[1]?.[0])).toMatch(/-o MODEL/);
    expect(await trainNerCommand(["x", "-o", "m.bin", "--epochs", "zero"])).toBe(2);
    expect(await trainNerCommand(["--bogus"])).toBe(2);
    write.mockRestore();
  });

  it("trains a model file from CoNLL input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-ner-"));
    writeFileSync(join(dir, "train.conll"), toConll());
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await trainNerCommand([join(dir, "train.conll"), "-o", join(dir, "m.bin"), "--epochs", "8", "--rare-count", "1"]);
    write.mockRestore();
    expect(code).toBe(0);
    const model = decodeNerModel(readFileSync(join(dir, "m.bin")));
    expect(model.info.epochs).toBe(8);
    const first = TINY_CORPUS[0];
    expect(first && tagSentence(model, first.words)).toEqual(first?.spans);
  });
});
