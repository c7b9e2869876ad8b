// What every stage needs besides its input: the lexicon and the statistical tagger.
import type { Lexicon } from "../lexicon/index.ts";
import type { NerModel } from "../ner/index.ts";

export interface PipelineContext {
  lexicon: Lexicon;
  /** null runs without the statistical tagger: only lexicon and pattern names are found. */
  ner: NerModel | null;
}
