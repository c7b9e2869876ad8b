// The HTML event stream under the article reader: every open element is closed once, stray end tags are dropped,
// entities are decoded, and nesting depth costs linear time.
import { describe, expect, it } from "vitest";
import { readHtmlEvents } from "../../src/load/html-events.ts";
import { htmlArticle } from "../../src/load/html-article.ts";

function events(html: string): string[] {
  const out: string[] = [];
  readHtmlEvents(html, {
    open: (name, attrs) => out.push(`<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}=${v}`).join("")}>`),
    close: (name) => out.push(`</${name}>`),
    text: (data) => out.push(data),
  });
  return out;
}

describe("readHtmlEvents", () => {
  it("reports tags, lower-cased, with their first value of each attribute, entities decoded", () => {
    expect(events('<P Class="a" class="b" title="x &amp; y">caf&eacute; &lt;b&gt;</P>')).toEqual([
      "<p class=a title=x & y>", "caf", "é", " ", "<", "b", ">", "</p>",
    ]);
  });

  it("closes void elements at once and treats </br> as a line break", () => {
    expect(events("a<br>b<img src=x>c</br>")).toEqual(["a", "<br>", "</br>", "b", "<img src=x>", "</img>", "c", "<br>", "</br>"]);
  });

  it("closes the elements left open inside a closed one, drops end tags with nothing to close, and closes the rest at the end", () => {
    expect(events("<div><nav><p>menu</div></span>text<main>story")).toEqual([
      "<div>", "<nav>", "<p>", "menu", "</p>", "</nav>", "</div>", "text", "<main>", "story", "</main>",
    ]);
  });

  it("keeps script content raw and never as markup", () => {
    expect(events("<script>if (a < b) { x = '<p>'; }</script>ok")).toEqual(["<script>", "if (a < b) { x = '<p>'; }", "</script>", "ok"]);
  });

  it("reads a page of 200,000 nested elements and as many stray end tags in linear time", () => {
    const html = `<body><p>Anna Varga met Omar Haddad.</p>${"<div>".repeat(200_000)}${"</span>".repeat(200_000)}<p>Talks went on.</p></body>`;
    const article = htmlArticle("deep", html);
    expect(article.text).toContain("Anna Varga met Omar Haddad.");
    expect(article.text).toContain("Talks went on.");
  });
});
