// Tokens packed for the trip between threads come back equal, texts sliced from the caller's article.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import { packExtracted, unpackExtracted } from "../../src/pipeline/packed-extracted.ts";
import { articlesOf } from "../helpers/build-texts.ts";
import { context } from "../helpers/pipeline-context.ts";

describe("packExtracted / unpackExtracted", () => {
  it("gives back the same extracted article, on the caller's article object", () => {
    const [article] = articlesOf(["Turkey’s President Recep Tayyip Erdoğan met Vladimir Putin in Sochi.\n\nHTS fighters — Hay'et Tahrir al-Sham — withdrew."]);
    const extracted = extractArticle(article!, context());
    const packed = structuredClone(packExtracted(extracted));
    const back = unpackExtracted(packed, article!);
    expect(back).toEqual(extracted);
    expect(back.segmented.article).toBe(article);
    for (const token of back.segmented.tokens) expect(token.text).toBe(article!.text.slice(token.start, token.end));
  });
});
