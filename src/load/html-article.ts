// Reads an .html article with a real HTML tokenizer (htmlparser2's, through html-events.ts): title and main text;
// script, style and noscript are dropped, and attributes never reach the text.
import { readHtmlEvents } from "./html-events.ts";
import type { Article } from "../model/article.ts";
import { findArticleMetadata } from "./article-metadata.ts";

const DROPPED = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head", "nav", "footer", "form", "button"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "br", "tr", "table", "blockquote", "figure", "figcaption", "pre", "hr", "dd", "dt", "aside", "title",
]);

interface HtmlParts {
  title: string;
  body: string;
  meta: Map<string, string>;
  canonical: string | null;
}

function extract(html: string): HtmlParts {
  const meta = new Map<string, string>();
  let title = "";
  let canonical: string | null = null;
  let inTitle = false;
  let dropDepth = 0;
  // Text inside <article> or <main> is kept apart: when a page marks its story, menus and teasers around it are
  // not the article.
  let mainDepth = 0;
  const out: string[] = [];
  const main: string[] = [];
  const newline = (): void => {
    for (const list of mainDepth > 0 ? [out, main] : [out]) if (list.length > 0 && list[list.length - 1] !== "\n") list.push("\n");
  };
  readHtmlEvents(html, {
    open(name, attrs) {
      if (name === "title") inTitle = true;
      if (name === "meta") {
        const key = (attrs.property ?? attrs.name ?? "").toLowerCase();
        if (key && attrs.content) meta.set(key, attrs.content);
      }
      if (name === "link" && (attrs.rel ?? "").toLowerCase() === "canonical" && attrs.href) canonical = attrs.href;
      if (DROPPED.has(name)) dropDepth++;
      if (name === "article" || name === "main") mainDepth++;
      if (BLOCK.has(name)) newline();
    },
    text(data) {
      if (inTitle) title += data;
      else if (dropDepth === 0) {
        const text = data.replace(/[ \t\r\n]+/g, " ");
        out.push(text);
        if (mainDepth > 0) main.push(text);
      }
    },
    close(name) {
      if (name === "title") inTitle = false;
      if (DROPPED.has(name) && dropDepth > 0) dropDepth--;
      if (BLOCK.has(name)) newline();
      if ((name === "article" || name === "main") && mainDepth > 0) mainDepth--;
    },
  });
  const chosen = main.join("").trim().length > 0 ? main : out;
  const body = chosen
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join("\n\n");
  return { title: title.replace(/\s+/g, " ").trim(), body, meta, canonical };
}

export function htmlArticle(id: string, html: string): Article {
  const parts = extract(html);
  const title = parts.meta.get("og:title") ?? parts.title;
  // The headline leads the text so that every article's first line is its title, as for .txt files.
  const text = title && !parts.body.startsWith(title) ? `${title}\n\n${parts.body}` : parts.body;
  const found = findArticleMetadata(text);
  const published = parts.meta.get("article:published_time") ?? parts.meta.get("date") ?? null;
  return {
    id,
    title: title || text.split("\n")[0] || id,
    outlet: parts.meta.get("og:site_name") ?? found.outlet,
    date: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : found.date,
    url: parts.meta.get("og:url") ?? parts.canonical,
    text,
  };
}
