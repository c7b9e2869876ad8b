// A 20 MB generated article of repeated names ("Vladimir Putin met Recep Tayyip Erdogan in Ankara. " over and over)
// must build in seconds. The load, clean and segment stages handle it in linear time (segmentation cuts such a
// line into bounded pieces for wink-nlp); the rest of the pipeline does not build it yet.
import { describe, it } from "vitest";

describe("build on a 20 MB article", () => {
  // Blocked outside the loader: src/pipeline/build-graph.ts collects relations with
  // `relations.push(...relateDocument(...))`, and the ~800,000 relations of this article overflow the call stack
  // (RangeError: Maximum call stack size exceeded, after about 95 s of extraction, most of it garbage collection
  // in recognise, resolve and relate). Once fixed, this test writes the article with writeBadInputFolder's
  // generator, runs `newsgraph build`, and asserts exit 0, the article in graph.json, and a wall time of seconds.
  it.todo("builds the article with exit 0 and keeps it whole, in seconds");
});
