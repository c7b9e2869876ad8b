// Reads a .txt or .md article: the first non-empty line is the title; outlet and date come from header/footer lines.
import type { Article } from "../model/article.ts";
import { DEFAULT_BOILERPLATE_RULES } from "../clean/boilerplate-rules.ts";
import { findArticleMetadata } from "./article-metadata.ts";

/** Markdown heading or emphasis markers around a title line. */
const TITLE_MARKUP = /^[#>*_\s]+|[*_\s]+$/g;

export function textArticle(id: string, text: string): Article {
  // The title is the first line that is not page furniture (a breadcrumb such as "News / Politics").
  const firstLine =
    text.split("\n").find((line) => line.trim().length > 0 && !DEFAULT_BOILERPLATE_RULES.some((r) => r.test(line.trim()))) ?? "";
  const meta = findArticleMetadata(text);
  return {
    id,
    title: firstLine.replace(TITLE_MARKUP, "").trim() || id,
    outlet: meta.outlet,
    date: meta.date,
    url: null,
    text,
  };
}
