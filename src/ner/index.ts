// Public API of the statistical NER tagger (browser-safe; the Node file loader is in load-model-node.ts).
export type { NerModel, NerModelInfo, NerType, TaggedSpan, TrainingDocument, TrainingSentence } from "./types.ts";
export { NerModelError } from "./ner-model-error.ts";
export { NerSettingsError } from "./ner-settings-error.ts";
export { ConllFormatError } from "./conll-format-error.ts";
export { decodeNerModel } from "./decode-ner-model.ts";
export { encodeNerModel } from "./encode-ner-model.ts";
export { tagSentence } from "./tag-sentence.ts";
export { harmoniseSpans, tagDocument, type DocumentSentence } from "./tag-document.ts";
export { DEFAULT_CONSISTENCY_SETTINGS, resolveConsistencySettings, type ConsistencySettings } from "./consistency-settings.ts";
export { trainNer } from "./train-ner.ts";
export { DEFAULT_TRAIN_SETTINGS, resolveTrainSettings, validateTrainSettings } from "./train-settings.ts";
export type { TrainSettings } from "./train-settings.ts";
export { readConll } from "./read-conll.ts";
export { NER_TYPES, TAG_NAMES } from "./tags.ts";
