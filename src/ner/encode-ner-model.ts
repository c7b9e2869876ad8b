// Serialises a NerModel to the compact binary format described in model-format.ts.
import { modelRows } from "./create-ner-model.ts";
import { checksum, HEADER_BYTES, MODEL_FORMAT_VERSION, MODEL_MAGIC } from "./model-format.ts";
import type { NerModel } from "./types.ts";

export function encodeNerModel(model: NerModel): Uint8Array {
  const rows = modelRows(model);
  const tagCount = model.tagCount;
  const info = new TextEncoder().encode(JSON.stringify(model.info));
  const bound =
    HEADER_BYTES + 4 + info.length + model.transitions.length * 4 + rows.length * (5 + 5 + 2 * tagCount) + 4;
  const bytes = new Uint8Array(bound);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (let i = 0; i < MODEL_MAGIC.length; i++) bytes[at++] = MODEL_MAGIC.charCodeAt(i);
  for (const value of [MODEL_FORMAT_VERSION, model.featureSet, tagCount, rows.length]) {
    view.setUint32(at, value, true);
    at += 4;
  }
  view.setFloat64(at, model.scale, true);
  at += 8;
  view.setUint32(at, info.length, true);
  at += 4;
  bytes.set(info, at);
  at += info.length;
  for (const t of model.transitions) {
    view.setFloat32(at, t, true);
    at += 4;
  }
  const varint = (value: number): void => {
    let v = value >>> 0;
    while (v >= 0x80) {
      bytes[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    bytes[at++] = v;
  };
  let previousKey = 0;
  const weightOf = new Int16Array(tagCount);
  for (const [key, start, count] of rows) {
    let mask = 0;
    weightOf.fill(0);
    for (let e = start; e < start + count; e++) {
      const entry = model.entries[e] ?? 0;
      mask |= 1 << (entry & 31);
      weightOf[entry & 31] = entry >> 5;
    }
    varint(key - previousKey);
    varint(mask);
    for (let t = 0; t < tagCount; t++) {
      if (!(mask & (1 << t))) continue;
      view.setInt16(at, weightOf[t] ?? 0, true);
      at += 2;
    }
    previousKey = key;
  }
  view.setUint32(at, checksum(bytes, at), true);
  at += 4;
  return bytes.slice(0, at);
}
