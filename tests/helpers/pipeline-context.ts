// The default pipeline context for tests: the shipped lexicon and the shipped NER model, loaded once per worker.
import { DEFAULT_LEXICON } from "../../src/lexicon/index.ts";
import { loadDefaultNerModel } from "../../src/ner/load-model-node.ts";
import type { PipelineContext } from "../../src/pipeline/pipeline-context.ts";

let cached: PipelineContext | undefined;

export function context(): PipelineContext {
  cached ??= { lexicon: DEFAULT_LEXICON, ner: loadDefaultNerModel() };
  return cached;
}
