// Tokens kept as bytes until the merge read back exactly as the typed arrays they were made from, whatever the
// sizes of the numbers, and take about four bytes a token on ordinary text.
import { describe, expect, it } from "vitest";
import type { Token } from "../../src/model/document.ts";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import { packTokens } from "../../src/pipeline/packed-extracted.ts";
import { decodeTokens, encodeTokens } from "../../src/pipeline/token-bytes.ts";
import { articlesOf } from "../helpers/build-texts.ts";
import { context } from "../helpers/pipeline-context.ts";

describe("encodeTokens / decodeTokens", () => {
  it("gives back the segmenter's tokens, at about four bytes each", () => {
    const [article] = articlesOf(["Turkey’s President Recep Tayyip Erdoğan met Vladimir Putin in Sochi.\n\nHTS fighters — Hay'et Tahrir al-Sham — withdrew from the buffer zone on Monday."]);
    const { tokens } = extractArticle(article!, context()).segmented;
    const encoded = encodeTokens(packTokens(tokens));
    expect(decodeTokens(encoded, article!.text)).toEqual(tokens);
    expect(encoded.bytes.length).toBe(tokens.length * 4);
  });

  it("keeps numbers of any size: long gaps, long tokens, sentence jumps and overlaps", () => {
    const text = `${"a".repeat(20_000)} ${"b".repeat(300)}`;
    const token = (start: number, end: number, sentence: number, pos: string): Token => ({ start, end, text: text.slice(start, end), pos, sentence });
    const tokens = [
      token(0, 5, 0, "NOUN"),
      token(200, 201, 0, "PUNCT"),
      token(20_001, 20_301, 400, "PROPN"),
      token(20_100, 20_200, 2, "NOUN"),
      token(20_300, 20_301, -1, "X"),
    ];
    const encoded = encodeTokens(packTokens(tokens));
    expect(encoded.count).toBe(5);
    expect(decodeTokens(encoded, text)).toEqual(tokens);
  });
});
