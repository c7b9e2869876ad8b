// Tokens packed for the trip between threads (and kept packed until the merge) read back equal, texts sliced
// from the caller's article.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import { packExtracted, lazyExtracted } from "../../src/pipeline/packed-extracted.ts";
import { articlesOf } from "../helpers/build-texts.ts";
import { context } from "../helpers/pipeline-context.ts";

describe("packExtracted / lazyExtracted", () => {
  it("gives back the same extracted article, on the caller's article object", () => {
    const [article] = articlesOf(["Turkey’s President Recep Tayyip Erdoğan met Vladimir Putin in Sochi.\n\nHTS fighters — Hay'et Tahrir al-Sham — withdrew."]);
    const extracted = extractArticle(article!, context());
    const packed = structuredClone(packExtracted(extracted));
    const back = lazyExtracted(packed, article!);
    expect(back.recognised).toEqual(extracted.recognised);
    const { article: _a, tokens: _t, ...rest } = extracted.segmented;
    expect({ boilerplate: back.segmented.boilerplate, captions: back.segmented.captions, sentences: back.segmented.sentences }).toEqual(rest);
    expect(back.segmented.tokens).toEqual(extracted.segmented.tokens);
    expect(JSON.stringify(back)).toBe(JSON.stringify(extracted));
    expect(back.segmented.article).toBe(article);
    // Each read unpacks afresh: nothing holds the token objects between reads.
    expect(back.segmented.tokens).not.toBe(back.segmented.tokens);
    for (const token of back.segmented.tokens) expect(token.text).toBe(article!.text.slice(token.start, token.end));
  });
});
