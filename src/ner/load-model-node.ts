// Node-only loader for the shipped model (the browser fetches the same file and calls decodeNerModel).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeNerModel } from "./decode-ner-model.ts";
import type { NerModel } from "./types.ts";

export const DEFAULT_NER_MODEL_URL = new URL("../../data/models/ner-conll2003.bin", import.meta.url);

let cached: NerModel | undefined;

export function loadNerModelFile(path: string): NerModel {
  return decodeNerModel(readFileSync(path));
}

export function loadDefaultNerModel(): NerModel {
  cached ??= loadNerModelFile(fileURLToPath(DEFAULT_NER_MODEL_URL));
  return cached;
}
