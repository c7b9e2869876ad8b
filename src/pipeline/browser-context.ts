// The pipeline context in the browser: the bundled lexicon, and the shipped tagger fetched as a static asset
// (Vite turns `new URL(..., import.meta.url)` into the asset's URL). Node code loads the model from disk instead.
import { DEFAULT_LEXICON } from "../lexicon/index.ts";
import { decodeNerModel } from "../ner/index.ts";
import type { PipelineContext } from "./pipeline-context.ts";

let loading: Promise<PipelineContext> | undefined;

export function loadBrowserContext(): Promise<PipelineContext> {
  loading ??= (async () => {
    const response = await fetch(new URL("../../data/models/ner-conll2003.bin", import.meta.url));
    if (!response.ok) throw new Error(`newsgraph: cannot load the name tagger (${response.status}); serve data/models with the viewer`);
    return { lexicon: DEFAULT_LEXICON, ner: decodeNerModel(new Uint8Array(await response.arrayBuffer())) };
  })();
  return loading;
}
