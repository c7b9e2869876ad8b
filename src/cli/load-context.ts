// Builds the pipeline context for the CLI: the default lexicon plus the user's --lexicon files, and the shipped
// tagger model (or the one named by --model).
import { readFileSync, statSync } from "node:fs";
import { buildLexicon, DEFAULT_LEXICON, DEFAULT_LEXICON_ENTRIES, parseLexicon } from "../lexicon/index.ts";
import { loadDefaultNerModel, loadNerModelFile } from "../ner/load-model-node.ts";
import type { PipelineContext } from "../pipeline/pipeline-context.ts";

export class UsageError extends Error {
  override name = "UsageError";
}

export function loadContext(lexiconFiles: readonly string[], modelFile: string | undefined): PipelineContext {
  const extra = lexiconFiles.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new UsageError(`newsgraph: cannot read lexicon "${file}" (${error instanceof Error ? error.message : String(error)}); pass a JSON file in the format of data/lexicon/README.md`);
    }
    return parseLexicon(json, file);
  });
  const lexicon = extra.length === 0 ? DEFAULT_LEXICON : buildLexicon([...DEFAULT_LEXICON_ENTRIES, ...extra]);
  if (modelFile !== undefined && !statSync(modelFile, { throwIfNoEntry: false })?.isFile()) {
    throw new UsageError(`newsgraph: --model "${modelFile}" is not a file; pass a model written by newsgraph train-ner, or leave --model out to use the shipped one`);
  }
  return { lexicon, ner: modelFile ? loadNerModelFile(modelFile) : loadDefaultNerModel() };
}
