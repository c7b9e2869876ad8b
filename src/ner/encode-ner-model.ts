// Serialises a NerModel to the binary format described in model-format.ts: its typed arrays as they are in memory.
import { checksum, HEADER_BYTES, MODEL_FORMAT_VERSION, MODEL_MAGIC, wordsOf } from "./model-format.ts";
import type { NerModel } from "./types.ts";

export function encodeNerModel(model: NerModel): Uint8Array {
  const info = new TextEncoder().encode(JSON.stringify(model.info));
  const infoEnd = HEADER_BYTES + 4 + info.length;
  const sectionsAt = infoEnd + ((4 - (infoEnd % 4)) % 4);
  const sections: ArrayLike<number>[] = [model.table, model.filter, model.entries];
  const wordCount = sectionsAt / 4 + model.transitions.length + 1 + sections.reduce((sum, s) => sum + s.length, 0) + 1;
  const bytes = new Uint8Array(wordCount * 4);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (let i = 0; i < MODEL_MAGIC.length; i++) bytes[at++] = MODEL_MAGIC.charCodeAt(i);
  for (const value of [MODEL_FORMAT_VERSION, model.featureSet, model.tagCount, model.rowCount]) {
    view.setUint32(at, value, true);
    at += 4;
  }
  view.setFloat64(at, model.scale, true);
  at += 8;
  view.setUint32(at, info.length, true);
  at += 4;
  bytes.set(info, at);
  at = sectionsAt;
  for (const t of model.transitions) {
    view.setFloat32(at, t, true);
    at += 4;
  }
  view.setUint32(at, model.entries.length, true);
  at += 4;
  for (const section of sections) {
    for (let i = 0; i < section.length; i++, at += 4) view.setInt32(at, section[i] ?? 0, true);
  }
  view.setUint32(at, checksum(wordsOf(bytes), at / 4), true);
  return bytes;
}
