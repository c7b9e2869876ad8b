// A 20 MB generated article of repeated names ("Vladimir Putin met Recep Tayyip Erdogan in Ankara. " over and over)
// must build in seconds. The load, clean and segment stages handle it in linear time (segmentation cuts such a
// line into bounded pieces for wink-nlp); the rest of the pipeline does not build it yet.
import { describe, it } from "vitest";

describe("build on a 20 MB article", () => {
  // Not yet in seconds: the stack overflow this article used to cause is fixed, and every stage is linear, but
  // the article yields 1.26 million mentions and 1.26 million citations (each edge cites every sentence), so a
  // build takes about 160 s and 4.6 GB here, and writes graph files of several hundred MB. Making it fast needs
  // leaner per-mention records and citation storage; until then this stays a todo, measured by hand with
  // `newsgraph build big.txt` on the article this file describes.
  it.todo("builds the article with exit 0 and keeps it whole, in seconds");
});
