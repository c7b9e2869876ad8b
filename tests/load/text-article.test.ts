// textArticle: title, outlet and date of .txt and .md articles from their header and footer lines.
import { describe, expect, it } from "vitest";
import { textArticle } from "../../src/load/text-article.ts";
import { parseDateLine } from "../../src/load/article-metadata.ts";

describe("textArticle", () => {
  it("takes the title from the first line and the outlet from a Source: line", () => {
    const text = "Ministers meet in Ankara\n\nThe defence ministers of two countries met on Monday.\n\nSource: Al Jazeera";
    const article = textArticle("a/meeting", text);
    expect(article).toMatchObject({ id: "a/meeting", title: "Ministers meet in Ankara", outlet: "Al Jazeera", date: null, url: null });
    expect(article.text).toBe(text);
  });

  it("reads a day-first dateline followed by the outlet's name", () => {
    const text = "Leaders call for calm in the north\n\n11-02-2019\nRudaw\n\nERBIL – Officials called for calm on Monday after clashes.";
    const article = textArticle("b", text);
    expect(article.date).toBe("2019-02-11");
    expect(article.outlet).toBe("Rudaw");
  });

  it("strips Markdown heading markers from the title of an .md article", () => {
    const article = textArticle("c", "# **Talks resume in Geneva**\n\nEnvoys met for a second day.\n");
    expect(article.title).toBe("Talks resume in Geneva");
  });

  it("skips a breadcrumb line when choosing the title", () => {
    const article = textArticle("d", "News / World / Middle East\n\nTalks stall over border crossing\n\nNegotiators left without a deal.");
    expect(article.title).toBe("Talks stall over border crossing");
  });

  it("handles CRLF line ends: no carriage return in title, outlet or date", () => {
    const text = "Envoy visits Damascus\r\n\r\nPublished: 3 March 2020\r\n\r\nThe envoy arrived on Tuesday.\r\n\r\nSource: Example Wire\r\n";
    const article = textArticle("e", text);
    expect(article.title).toBe("Envoy visits Damascus");
    expect(article.date).toBe("2020-03-03");
    expect(article.outlet).toBe("Example Wire");
    expect(article.text).toBe(text);
  });

  it("falls back to the id when no line can be a title", () => {
    expect(textArticle("only-furniture", "Share\nTweet\n").title).toBe("only-furniture");
  });
});

describe("parseDateLine", () => {
  it("reads the common news formats and refuses impossible dates", () => {
    expect(parseDateLine("2019-02-11")).toBe("2019-02-11");
    expect(parseDateLine("11.02.2019")).toBe("2019-02-11");
    expect(parseDateLine("Monday, 11 February 2019")).toBe("2019-02-11");
    expect(parseDateLine("Feb. 11, 2019")).toBe("2019-02-11");
    expect(parseDateLine("Updated: 2019-02-11T10:00:00Z")).toBe("2019-02-11");
    expect(parseDateLine("31-13-2019")).toBeNull();
    expect(parseDateLine("The talks lasted 11 hours")).toBeNull();
  });
});
