// One readable line per citation, shared by the GEXF, GraphML and CSV exports, so Gephi's Data Laboratory
// and a spreadsheet show the same receipt: quote, article title, outlet, date, URL and offsets.
import type { Article } from "../model/article.ts";
import type { Citation } from "../model/relation.ts";

/** `quote — title (outlet, date) url [start-end]`, plus attribution and hedge when found. */
export function formatCitation(citation: Citation, articles: ReadonlyMap<string, Article>): string {
  const article = articles.get(citation.article);
  // A quote is one line here: the sentence may span lines in the original text.
  const quote = citation.quote.replace(/\s+/g, " ").trim();
  const source = [article?.outlet, article?.date].filter((part): part is string => Boolean(part)).join(", ");
  let line = `${quote} — ${article?.title ?? citation.article}`;
  if (source) line += ` (${source})`;
  if (article?.url) line += ` ${article.url}`;
  line += ` [${citation.start}-${citation.end}]`;
  if (citation.attributedTo) line += ` attributed to: ${citation.attributedTo}`;
  if (citation.hedge) line += ` hedge: ${citation.hedge}`;
  return line;
}

export function formatCitations(citations: readonly Citation[], articles: ReadonlyMap<string, Article>): string {
  return citations.map((citation) => formatCitation(citation, articles)).join("\n");
}

export function articlesById(articles: readonly Article[] | undefined): Map<string, Article> {
  return new Map((articles ?? []).map((article) => [article.id, article]));
}
