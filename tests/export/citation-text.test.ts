// The readable citation line that GEXF, GraphML and CSV share.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCitation } from "../../src/export/citation-text.ts";
import type { Article } from "../../src/model/article.ts";
import type { Citation } from "../../src/model/relation.ts";

const article = (outlet: string | null, date: string | null, url: string | null): Article => ({
  id: "n1.txt",
  title: "Harbour plan approved",
  outlet,
  date,
  url,
  text: "",
});

const citation = (quote: string, extra: Partial<Citation> = {}): Citation => ({
  article: "n1.txt",
  sentence: 0,
  start: 3,
  end: 3 + quote.length,
  quote,
  ...extra,
});

describe("formatCitation", () => {
  it("writes quote, title, outlet and date, URL and offsets", () => {
    const articles = new Map([["n1.txt", article("Coast Gazette", "2022-06-01", "https://example.org/n1")]]);
    expect(formatCitation(citation("The council voted.", { attributedTo: "the mayor", hedge: "reportedly" }), articles)).toBe(
      "The council voted. — Harbour plan approved (Coast Gazette, 2022-06-01) https://example.org/n1 [3-21] attributed to: the mayor hedge: reportedly",
    );
  });

  it("leaves out what the article does not have", () => {
    const line = (a: Article) => formatCitation(citation("Boats wait."), new Map([["n1.txt", a]]));
    expect(line(article("Coast Gazette", null, null))).toBe("Boats wait. — Harbour plan approved (Coast Gazette) [3-14]");
    expect(line(article(null, "2022-06-01", null))).toBe("Boats wait. — Harbour plan approved (2022-06-01) [3-14]");
    expect(line(article("", "", null))).toBe("Boats wait. — Harbour plan approved [3-14]");
    expect(formatCitation(citation("Boats wait."), new Map())).toBe("Boats wait. — n1.txt [3-14]");
  });

  it("puts any quote on one line with single spaces, as folding every whitespace run would", () => {
    const whitespace = fc.constantFrom(" ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2028", "\ufeff");
    const quote = fc.array(fc.oneof(fc.constantFrom("word", "x", "—"), whitespace), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(quote, (q) => {
        const line = formatCitation(citation(q), new Map());
        expect(line).toBe(`${q.replace(/\s+/g, " ").trim()} — n1.txt [3-${3 + q.length}]`);
      }),
      { numRuns: 300 },
    );
  });
});
