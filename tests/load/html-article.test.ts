// htmlArticle: title and main text from HTML; script, style and noscript dropped; attributes never reach the text.
import { describe, expect, it } from "vitest";
import { htmlArticle } from "../../src/load/html-article.ts";

const PAGE = `<!DOCTYPE html>
<html><head>
<title>Page title | Example Times</title>
<meta property="og:title" content="Ceasefire talks open in Doha">
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2021-06-04T08:30:00Z">
<link rel="canonical" href="https://example.org/doha-talks">
<style>body { font-family: "Secret Style"; }</style>
<script>window.tracker = "SECRET_SCRIPT";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Ceasefire talks open in Doha</h1>
<p>Negotiators from both sides arrived in <b>Doha</b> on Friday &amp; talks began at noon.</p>
<img src="x" onerror="alert('SECRET_HANDLER')" alt="SECRET_ALT">
<noscript>Please enable SECRET_NOSCRIPT</noscript>
<p title="SECRET_TITLE_ATTR">The mediator said the first day went well.</p>
<script type="text/javascript">document.write("<p>SECRET_WRITTEN</p>")</script>
</article>
<footer>Copyright SECRET_FOOTER</footer>
</body></html>`;

describe("htmlArticle", () => {
  const article = htmlArticle("doha", PAGE);

  it("takes title, outlet, date and url from the page's metadata", () => {
    expect(article).toMatchObject({
      id: "doha",
      title: "Ceasefire talks open in Doha",
      outlet: "Example Times",
      date: "2021-06-04",
      url: "https://example.org/doha-talks",
    });
  });

  it("keeps the body text, decodes entities and puts block elements on their own lines", () => {
    expect(article.text).toContain("Negotiators from both sides arrived in Doha on Friday & talks began at noon.");
    expect(article.text).toContain("\n\nThe mediator said the first day went well.");
    expect(article.text.startsWith("Ceasefire talks open in Doha\n\n")).toBe(true);
  });

  it("never lets scripts, styles, noscript, navigation, footers or attributes into the text", () => {
    for (const secret of ["SECRET_SCRIPT", "Secret Style", "SECRET_HANDLER", "SECRET_ALT", "SECRET_NOSCRIPT", "SECRET_TITLE_ATTR", "SECRET_WRITTEN", "SECRET_FOOTER", "onerror", "<script", "Home"]) {
      expect(article.text).not.toContain(secret);
    }
    expect(article.text).not.toMatch(/[<>]/);
  });

  it("uses the <title> when there is no og:title, and survives unclosed tags", () => {
    const page = htmlArticle("p", "<title>Short &amp; plain</title><p>First paragraph<p>Second <script>bad()");
    expect(page.title).toBe("Short & plain");
    expect(page.text).toBe("Short & plain\n\nFirst paragraph\n\nSecond");
  });

  it("gives an empty text for a page with only scripts", () => {
    expect(htmlArticle("s", "<html><body><script>alert(1)</script></body></html>").text).toBe("");
  });
});

describe("htmlArticle with a marked story", () => {
  it("keeps only the <article> text when the page marks one, dropping menus and teasers around it", () => {
    const html = `<html><head><title>Talks resume</title></head><body>
      <div class="menu">Home World Sport Weather</div>
      <article><h1>Talks resume</h1><p>Delegates from Turkey and Russia met in Sochi.</p></article>
      <div class="teasers"><p>Most read: Ten recipes for summer</p></div></body></html>`;
    const article = htmlArticle("talks", html);
    expect(article.text).toContain("Delegates from Turkey and Russia met in Sochi.");
    expect(article.text).not.toContain("Weather");
    expect(article.text).not.toContain("recipes");
  });

  it("keeps the whole body when nothing is marked", () => {
    const article = htmlArticle("plain", "<html><body><p>First paragraph.</p><p>Second paragraph.</p></body></html>");
    expect(article.text).toContain("First paragraph.");
    expect(article.text).toContain("Second paragraph.");
  });
});
