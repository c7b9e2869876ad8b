// Property tests of clean and segment: on any news-like text, nothing throws, every token and sentence lies inside
// the text and matches it, boilerplate is never segmented, and the result is the same when run twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean-article.ts";
import { segmentDocument, splitLongLine } from "../../src/segment/segment-document.ts";
import { articleOf, newsText, PROPERTY_TIMEOUT_MS } from "./news-text.ts";
import { checkSegmentation, checkSpanInside } from "./offset-checks.ts";

export const SEGMENT_RUNS = 3500;
export const SPLIT_RUNS = 1500;

describe("segmentDocument (property)", () => {
  it(`keeps every offset inside the text and is deterministic (${SEGMENT_RUNS} texts)`, () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const article = articleOf("p", text);
        const cleaned = cleanArticle(article);
        for (const span of [...cleaned.boilerplate, ...cleaned.captions]) checkSpanInside(span, text, "boilerplate");
        const doc = segmentDocument(cleaned);
        expect(doc.article.text).toBe(text);
        checkSegmentation(doc);
        expect(JSON.stringify(segmentDocument(cleanArticle(articleOf("p", text))))).toBe(JSON.stringify(doc));
      }),
      { numRuns: SEGMENT_RUNS, seed: 20240607 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe("splitLongLine (property)", () => {
  it(`cuts a long line into contiguous pieces no longer than the limit (${SPLIT_RUNS} lines)`, () => {
    fc.assert(
      fc.property(newsText, fc.integer({ min: 2, max: 80 }), (text, max) => {
        fc.pre(text.length > 0);
        const line = { start: 0, end: text.length };
        const pieces = splitLongLine(text, line, max);
        let at = 0;
        for (const piece of pieces) {
          expect(piece.start).toBe(at);
          expect(piece.end).toBeGreaterThan(piece.start);
          expect(piece.end - piece.start).toBeLessThanOrEqual(Math.max(max, 1));
          // Never between the halves of a surrogate pair.
          const before = text.charCodeAt(piece.end - 1);
          if (piece.end < text.length) expect(before >= 0xd800 && before <= 0xdbff && text.charCodeAt(piece.end) >= 0xdc00 && text.charCodeAt(piece.end) <= 0xdfff).toBe(false);
          at = piece.end;
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: SPLIT_RUNS, seed: 7 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
