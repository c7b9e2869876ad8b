// The version half of a cache key: anything that can change what extraction produces for the same article (the
// pipeline code, the lexicon files, the tagger model) is hashed here, so a stale entry can never be reused.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when the cached data shape changes without a source change (a new field in the stored entry). */
export const PIPELINE_VERSION = "newsgraph-extract-2";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The source folders whose code runs in, or shapes the output of, per-article extraction. */
export const EXTRACTION_SOURCE_DIRS: readonly string[] = [
  "src/clean", "src/segment", "src/recognise", "src/lexicon", "src/ner", "src/model", "src/pipeline", "src/shared",
  "src/load", "data/lexicon",
];

export const DEFAULT_MODEL_PATH = "data/models/ner-conll2003.bin";

export interface FingerprintInputs {
  /** Extra lexicon files given with --lexicon, in order. */
  lexiconFiles: readonly string[];
  /** The tagger model file; undefined means the shipped one. */
  modelFile: string | undefined;
}

function filesUnder(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else if (/\.(ts|json|js)$/.test(entry)) out.push(path);
  }
}

function hashFile(hash: ReturnType<typeof createHash>, label: string, path: string): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    bytes = Buffer.alloc(0);
  }
  hash.update(`\0${label}\0${bytes.length}\0`);
  hash.update(bytes);
}

/** sha256 (hex) over the pipeline version, the extraction code, the lexicon files and the model bytes. */
export function pipelineFingerprint(inputs: FingerprintInputs): string {
  return fingerprintOf(PIPELINE_VERSION, EXTRACTION_SOURCE_DIRS, inputs);
}

/** Bump when the stored relations' shape changes without a source change. */
export const RELATION_VERSION = "newsgraph-relate-1";

/**
 * What stored relations depend on besides the article and its resolved mentions: every source folder (relating
 * reads the model types, the lexicon and helpers from recognition and segmentation), the lexicon files and the
 * model. Any change to the code gives new keys.
 */
export const RELATION_SOURCE_DIRS: readonly string[] = ["src", "data/lexicon"];

export function relationFingerprint(inputs: FingerprintInputs): string {
  return fingerprintOf(RELATION_VERSION, RELATION_SOURCE_DIRS, inputs);
}

function fingerprintOf(version: string, dirs: readonly string[], inputs: FingerprintInputs): string {
  const hash = createHash("sha256");
  hash.update(version);
  const sources: string[] = [];
  for (const dir of dirs) filesUnder(join(ROOT, dir), sources);
  for (const path of sources) hashFile(hash, path.slice(ROOT.length), path);
  inputs.lexiconFiles.forEach((file, i) => hashFile(hash, `lexicon:${i}`, file));
  hashFile(hash, "model", inputs.modelFile ?? join(ROOT, DEFAULT_MODEL_PATH));
  return hash.digest("hex");
}
