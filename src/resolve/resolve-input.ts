// What resolution reads of one extracted article: its tokens and sentences, and the names recognised in it.
import type { SegmentedDocument } from "../model/document.ts";
import type { RecognisedDocument } from "../model/mention.ts";

export interface ResolveInput {
  segmented: SegmentedDocument;
  recognised: RecognisedDocument;
}
