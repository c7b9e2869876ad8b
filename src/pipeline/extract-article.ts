// The per-article half of the pipeline (clean → segment → recognise): a pure map, so it can run in workers or be
// cached by content hash.
import { cleanArticle, keepAll } from "../clean/clean-article.ts";
import type { Article } from "../model/article.ts";
import type { SegmentedDocument } from "../model/document.ts";
import type { RecognisedDocument } from "../model/mention.ts";
import { recogniseDocument } from "../recognise/recognise-document.ts";
import { segmentDocument } from "../segment/segment-document.ts";
import type { PipelineContext } from "./pipeline-context.ts";

export interface ExtractedArticle {
  segmented: SegmentedDocument;
  recognised: RecognisedDocument;
}

export interface ExtractOptions {
  /** Skip boilerplate detection: for text known to be clean, such as evaluation documents. */
  clean: boolean;
}

export function extractArticle(article: Article, context: PipelineContext, options: ExtractOptions = { clean: true }): ExtractedArticle {
  const cleaned = options.clean ? cleanArticle(article) : keepAll(article);
  const segmented = segmentDocument(cleaned);
  return { segmented, recognised: recogniseDocument(segmented, context) };
}
