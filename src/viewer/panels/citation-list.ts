// A list of citations: each quote is a button that opens its article at the cited sentence, with the outlet,
// date and a link to the source underneath.
import type { Article, Citation } from "../../model/index.ts";
import { h } from "../dom.ts";

export const DEFAULT_CITATION_LIMIT = 25;

/** Only web links are clickable: a graph file could carry `javascript:` URLs. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function citationList(
  citations: readonly Citation[],
  articles: ReadonlyMap<string, Article>,
  onOpen: (citation: Citation) => void,
  limit = DEFAULT_CITATION_LIMIT,
): HTMLElement {
  const list = h("ol", { className: "citations" });
  const item = (c: Citation): HTMLElement => {
    const article = articles.get(c.article);
    const url = safeUrl(article?.url);
    const meta = h(
      "div",
      { className: "citation-meta" },
      h("span", { className: "outlet" }, article?.outlet ?? "unknown outlet"),
      article?.date ? h("span", { className: "date" }, article.date) : null,
      url ? h("a", { attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }, "source ↗") : null,
      c.attributedTo ? h("span", { className: "attribution" }, `per ${c.attributedTo}`) : null,
      c.hedge ? h("span", { className: "hedge" }, `hedged: ${c.hedge}`) : null,
    );
    const quote = h(
      "button",
      { className: "quote", title: `Open “${article?.title ?? c.article}” at this sentence`, on: { click: () => onOpen(c) } },
      c.quote,
    );
    return h("li", { className: "citation" }, quote, meta);
  };
  citations.slice(0, limit).forEach((c) => list.appendChild(item(c)));
  if (citations.length > limit) {
    const more = h("button", { className: "link-button" }, `Show all ${citations.length} citations`);
    more.addEventListener("click", () => {
      citations.slice(limit).forEach((c) => list.appendChild(item(c)));
      more.remove();
    });
    return h("div", null, list, more);
  }
  return list;
}
