// cleanArticle: boilerplate and captions are marked as ranges of the original text, which is never rewritten.
import { describe, expect, it } from "vitest";
import { cleanArticle, mergeSpans } from "../../src/clean/clean-article.ts";
import { textArticle } from "../../src/load/text-article.ts";
import type { Span } from "../../src/model/article.ts";

const LINES = [
  "Border crossing reopens after talks",
  "By Jane Example",
  "Lorries wait at the crossing on Friday [File: Sam Person/Reuters]",
  "Officials reopened the border crossing on Friday after two days of talks.",
  "Traders said the queue of lorries stretched for ten kilometres.",
  "Example News's website can also be accessed at the alternate address.",
  "Comments",
  "We welcome comments that keep to the subject.",
  "Great news for the traders!",
];

function spanTexts(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

describe("cleanArticle", () => {
  for (const eol of ["\n", "\r\n"]) {
    it(`marks bylines, captions, outlet lines and the comment section (${JSON.stringify(eol)} line ends)`, () => {
      const text = LINES.join(eol + eol);
      const article = textArticle("border", text);
      const cleaned = cleanArticle(article);
      expect(cleaned.article.text).toBe(text);
      const marked = spanTexts(text, cleaned.boilerplate).join("|");
      expect(marked).toContain("By Jane Example");
      expect(marked).toContain("website can also be accessed");
      expect(marked).toContain("We welcome comments");
      expect(marked).toContain("Great news for the traders!");
      expect(marked).not.toContain("Officials reopened");
      expect(marked).not.toContain("\r");
      expect(spanTexts(text, cleaned.captions)).toEqual(["Lorries wait at the crossing on Friday [File: Sam Person/Reuters]"]);
      for (const span of [...cleaned.boilerplate, ...cleaned.captions]) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThan(span.end);
      }
      expect(article.outlet).toBe("Example News");
    });
  }

  it("marks a Source: footer and a dateline as metadata, not body", () => {
    const text = "Aid convoy arrives\n\n02-03-2021\nExample Herald\n\nThe convoy reached the town at dawn.\n\nSource: Example Herald";
    const cleaned = cleanArticle(textArticle("aid", text));
    expect(spanTexts(text, cleaned.boilerplate)).toEqual(["02-03-2021", "Example Herald", "Source: Example Herald"]);
  });

  it("treats very long lines as body text whatever they contain", () => {
    const long = `Comments moderated ${"and the talks went on ".repeat(40)}`;
    const cleaned = cleanArticle(textArticle("long", `Title\n\n${long}`));
    expect(cleaned.boilerplate).toEqual([]);
  });
});

describe("mergeSpans", () => {
  it("merges overlapping and touching spans in order", () => {
    expect(mergeSpans([{ start: 10, end: 12 }, { start: 0, end: 5 }, { start: 4, end: 8 }, { start: 12, end: 13 }])).toEqual([
      { start: 0, end: 8 },
      { start: 10, end: 13 },
    ]);
  });
});
