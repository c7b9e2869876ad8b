// The model file format: encode/decode round trip and rejection of damaged or foreign files.
import { describe, expect, it } from "vitest";
import { decodeNerModel, encodeNerModel, NerModelError, tagSentence, trainNer } from "../../src/ner/index.ts";
import { TINY_CORPUS } from "./tiny-corpus.ts";

const model = trainNer(TINY_CORPUS, { epochs: 5, rareWordCount: 1 });
const bytes = encodeNerModel(model);

function expectModelError(damaged: Uint8Array, message: RegExp): void {
  let error: unknown;
  try {
    decodeNerModel(damaged);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(NerModelError);
  expect((error as Error).name).toBe("NerModelError");
  expect((error as Error).message).toMatch(/^newsgraph: /);
  expect((error as Error).message).toMatch(message);
}

describe("encodeNerModel / decodeNerModel", () => {
  it("round-trips to identical bytes and identical tagging", () => {
    const decoded = decodeNerModel(bytes);
    expect(encodeNerModel(decoded)).toEqual(bytes);
    expect(decoded.rowCount).toBe(model.rowCount);
    expect(decoded.info).toEqual(model.info);
    for (const s of TINY_CORPUS) expect(tagSentence(decoded, s.words)).toEqual(tagSentence(model, s.words));
  });

  it("decodes from a view into a larger buffer", () => {
    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 7);
    expect(decodeNerModel(padded.subarray(7, 7 + bytes.length)).rowCount).toBe(model.rowCount);
  });

  it("rejects a flipped byte", () => {
    const damaged = bytes.slice();
    const middle = Math.floor(damaged.length / 2);
    damaged[middle] = (damaged[middle] ?? 0) ^ 0x40;
    expectModelError(damaged, /corrupt/);
  });

  it("rejects a truncated file", () => {
    expectModelError(bytes.slice(0, bytes.length - 10), /corrupt|truncated/);
    expectModelError(bytes.slice(0, 12), /too short/);
  });

  it("rejects a file of another format version", () => {
    const older = bytes.slice();
    new DataView(older.buffer).setUint32(8, 1, true);
    expectModelError(older, /unsupported NER model format 1/);
  });

  it("rejects a table without an empty slot, where a lookup of an absent key would never end", () => {
    const decoded = decodeNerModel(bytes);
    const full = decoded.table.slice();
    for (let slot = 0; slot < full.length; slot += 2) {
      if (full[slot] === 0) {
        full[slot] = slot + 1;
        full[slot + 1] = (0 << 5) | 1;
      }
    }
    expectModelError(encodeNerModel({ ...decoded, table: full }), /malformed/);
  });

  it("rejects a file that is not a model", () => {
    expectModelError(new TextEncoder().encode("this is certainly not a newsgraph model file at all"), /bad magic/);
    expectModelError(new Uint8Array(0), /too short/);
  });
});
