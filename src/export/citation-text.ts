// One readable line per citation, shared by the GEXF, GraphML and CSV exports, so Gephi's Data Laboratory
// and a spreadsheet show the same receipt: quote, article title, outlet, date, URL and offsets.
import type { Article } from "../model/article.ts";
import type { Citation } from "../model/relation.ts";

/** Whitespace other than a lone space, or spaces in a row: what folding into single spaces would change. */
const FOLDABLE = /[^\S ]| {2}/;

/**
 * A quote is one line here: the sentence may span lines in the original text. Most quotes have single spaces only,
 * and testing for anything else first skips rewriting every space of them.
 */
function oneLine(quote: string): string {
  return (FOLDABLE.test(quote) ? quote.replace(/\s+/g, " ") : quote).trim();
}

/** `quote — title (outlet, date) url [start-end]`, plus attribution and hedge when found. */
export function formatCitation(citation: Citation, articles: ReadonlyMap<string, Article>): string {
  const article = articles.get(citation.article);
  const quote = oneLine(citation.quote);
  const outlet = article?.outlet;
  const date = article?.date;
  const source = outlet && date ? `${outlet}, ${date}` : outlet || date || "";
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
