// The article reader: the full original text with the cited sentence in a <mark>, scrolled into view. The text is
// split around the citation offsets and inserted as Text nodes, so markup in an article stays literal.
import type { Article, KnowledgeGraph } from "../../model/index.ts";
import { clear, h } from "../dom.ts";
import { closeArticle, type Store } from "../state/index.ts";
import { safeUrl } from "./citation-list.ts";

export interface ArticleReader {
  setGraph(graph: KnowledgeGraph | null): void;
  kill(): void;
}

export function mountArticleReader(root: HTMLElement, store: Store): ArticleReader {
  let articles = new Map<string, Article>();
  const close = () => store.update(closeArticle);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape" && store.get().article) close();
  };
  const onBackdrop = (e: MouseEvent) => {
    if (e.target === root) close();
  };
  document.addEventListener("keydown", onKey);
  root.addEventListener("click", onBackdrop);

  function render(): void {
    const open = store.get().article;
    clear(root);
    const article = open ? articles.get(open.id) : undefined;
    if (!open || !article) {
      root.hidden = true;
      return;
    }
    const start = Math.max(0, Math.min(open.start, article.text.length));
    const end = Math.max(start, Math.min(open.end, article.text.length));
    const mark = h("mark", { className: "cited" }, article.text.slice(start, end));
    const body = h("div", { className: "article-text" }, article.text.slice(0, start), mark, article.text.slice(end));
    const url = safeUrl(article.url);
    const panel = h(
      "article",
      { className: "reader", attrs: { role: "dialog", "aria-modal": "true", "aria-label": article.title || article.id } },
      h(
        "header",
        null,
        h("h2", null, article.title || article.id),
        h("button", { className: "close", title: "Close (Esc)", attrs: { "aria-label": "Close" }, on: { click: close } }, "×"),
        h(
          "p",
          { className: "citation-meta" },
          h("span", { className: "outlet" }, article.outlet ?? "unknown outlet"),
          article.date ? h("span", { className: "date" }, article.date) : null,
          url ? h("a", { attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }, "original ↗") : null,
          h("span", { className: "muted" }, article.id),
        ),
      ),
      body,
    );
    root.appendChild(panel);
    root.hidden = false;
    mark.scrollIntoView({ block: "center" });
  }

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.article !== prev.article) render();
  });
  return {
    setGraph(graph) {
      articles = new Map((graph?.getAttribute("articles") ?? []).map((a) => [a.id, a]));
      render();
    },
    kill() {
      unsubscribe();
      document.removeEventListener("keydown", onKey);
      root.removeEventListener("click", onBackdrop);
      clear(root);
    },
  };
}
