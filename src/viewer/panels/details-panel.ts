// The details panel: for a node its kind, aliases, support, relations by predicate and mentions; for an edge its
// predicate, support and every citation. Everything user-supplied goes in as text.
import type { Article, Citation, EdgeAttributes, KnowledgeGraph } from "../../model/index.ts";
import { clear, h } from "../dom.ts";
import { openArticle, select, type Store } from "../state/index.ts";
import { familyColor, humanise, kindColor } from "../styles.ts";
import { citationList } from "./citation-list.ts";
import { isDirected } from "../reducers/edge-reducer.ts";

export interface DetailsPanel {
  setGraph(graph: KnowledgeGraph | null): void;
  kill(): void;
}

/** What graphs that do not record it kept per node or edge and per article (src/assemble/assemble-settings.ts). */
const DEFAULT_CITATIONS_PER_ARTICLE = 50;

/** "12", or "50 of 418,112" when the build kept only the first citations of some article. */
function countOf(shown: number, total: number): string {
  return total > shown ? `${shown.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")}` : shown.toLocaleString("en-GB");
}

const citationLimit = (g: KnowledgeGraph): number => g.getAttribute("citationsPerArticle") ?? DEFAULT_CITATIONS_PER_ARTICLE;

/** A note under a citation list that reached the build's per-article limit in some article. */
function capNote(citations: readonly Citation[], limit: number): HTMLElement | "" {
  const perArticle = new Map<string, number>();
  for (const c of citations) perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
  const capped = [...perArticle.values()].some((n) => n >= limit);
  return capped ? h("p", { className: "note" }, `The graph keeps the first ${limit} sentences of each article; the counts include them all.`) : "";
}

function row(name: string, ...value: (Node | string)[]): HTMLElement {
  return h("div", { className: "row" }, h("dt", null, name), h("dd", null, ...value));
}

function chips(values: readonly string[]): HTMLElement {
  return h("ul", { className: "chips" }, ...values.map((v) => h("li", null, v)));
}

export function mountDetailsPanel(root: HTMLElement, store: Store): DetailsPanel {
  let graph: KnowledgeGraph | null = null;
  let articles = new Map<string, Article>();

  const open = (c: Citation) => store.update((s) => openArticle(s, c.article, c.start, c.end));
  const nodeLink = (key: string): HTMLElement => {
    const swatch = h("span", { className: "swatch" });
    if (graph) swatch.style.background = kindColor(graph.getNodeAttribute(key, "kind"));
    return h(
      "button",
      { className: "node-link", on: { click: () => store.update((s) => select(s, { type: "node", key })) } },
      swatch,
      graph?.getNodeAttribute(key, "label") ?? key,
    );
  };

  function renderNode(g: KnowledgeGraph, key: string): void {
    const a = g.getNodeAttributes(key);
    const aliases = a.aliases.filter((x) => x !== a.label);
    const header = h("header", null, h("span", { className: "kind-badge" }, humanise(a.kind)), h("h2", null, a.label));
    (header.firstChild as HTMLElement).style.background = kindColor(a.kind);
    const stats = h(
      "dl",
      { className: "stats" },
      row("Mentions", a.mentions.toLocaleString("en-GB")),
      row("Articles", String(a.articles.length)),
      row("Outlets", a.outlets.length ? a.outlets.join(", ") : "—"),
      a.firstSeen ? row("Seen", a.firstSeen === a.lastSeen ? a.firstSeen : `${a.firstSeen} → ${a.lastSeen ?? ""}`) : "",
    );
    const groups = new Map<string, { edge: string; other: string; out: boolean; attrs: EdgeAttributes }[]>();
    g.forEachEdge(key, (edge, attrs, source, target) => {
      const list = groups.get(attrs.predicate) ?? [];
      list.push({ edge, other: source === key ? target : source, out: source === key, attrs });
      groups.set(attrs.predicate, list);
    });
    const relations = h("section", { className: "relations" }, h("h3", null, "Relations"));
    if (groups.size === 0) relations.appendChild(h("p", { className: "muted" }, "No relations."));
    // Co-mentions last: they are the weakest evidence.
    const order = [...groups.keys()].sort((x, y) => Number(x === "co_mentioned") - Number(y === "co_mentioned") || x.localeCompare(y));
    for (const predicate of order) {
      const items = groups.get(predicate) ?? [];
      const family = items[0]?.attrs.family ?? "mention";
      const group = h(
        "details",
        { className: "relation-group" },
        h("summary", null, h("span", { className: "family-line" }), `${humanise(predicate)} `, h("span", { className: "count" }, String(items.length))),
        h(
          "ul",
          null,
          ...items.map((it) =>
            h(
              "li",
              null,
              h("span", { className: "direction", title: it.out ? "outgoing" : "incoming" }, isDirected(it.attrs) ? (it.out ? "→" : "←") : "—"),
              nodeLink(it.other),
              h(
                "button",
                { className: "support", title: "Show the citations", on: { click: () => store.update((s) => select(s, { type: "edge", key: it.edge })) } },
                `${it.attrs.articles.length} art.`,
              ),
            ),
          ),
        ),
      );
      (group.querySelector(".family-line") as HTMLElement).style.background = familyColor(family);
      group.open = predicate !== "co_mentioned";
      relations.appendChild(group);
    }
    const mentions = h("section", null, h("h3", null, `Mentions (${a.mentions > a.citations.length ? `${a.mentions.toLocaleString("en-GB")}, in the ${a.citations.length.toLocaleString("en-GB")} sentences below` : a.mentions.toLocaleString("en-GB")})`), capNote(a.citations, citationLimit(g)), citationList(a.citations, articles, open));
    root.append(header, stats, aliases.length ? h("section", null, h("h3", null, "Also called"), chips(aliases)) : "", relations, mentions);
  }

  function renderEdge(g: KnowledgeGraph, key: string): void {
    const a = g.getEdgeAttributes(key);
    const [source, target] = g.extremities(key);
    const header = h(
      "header",
      null,
      h("span", { className: "kind-badge" }, a.family),
      h("h2", { className: "edge-title" }, nodeLink(source), h("span", { className: "predicate" }, ` ${a.label || humanise(a.predicate)} `), nodeLink(target)),
    );
    (header.firstChild as HTMLElement).style.background = familyColor(a.family);
    const stats = h(
      "dl",
      { className: "stats" },
      row("Predicate", humanise(a.predicate) + (isDirected(a) ? " (directed)" : " (symmetric)")),
      row("Support", `${a.articles.length} article${a.articles.length === 1 ? "" : "s"}, ${a.outlets.length} outlet${a.outlets.length === 1 ? "" : "s"}`),
      a.quad ? row("Event class", humanise(a.quad)) : "",
      a.roles?.length ? row("Roles", a.roles.join(", ")) : "",
      a.firstSeen ? row("Seen", a.firstSeen === a.lastSeen ? a.firstSeen : `${a.firstSeen} → ${a.lastSeen ?? ""}`) : "",
    );
    root.append(header, stats, h("section", null, h("h3", null, `Citations (${countOf(a.citations.length, a.weight)})`), capNote(a.citations, citationLimit(g)), citationList(a.citations, articles, open, Infinity)));
  }

  function render(): void {
    clear(root);
    const sel = store.get().selection;
    if (!graph || !sel || (sel.type === "node" ? !graph.hasNode(sel.key) : !graph.hasEdge(sel.key))) {
      root.classList.add("empty");
      root.appendChild(h("p", { className: "hint" }, "Search, or click a node or an edge, to see what the articles say about it."));
      return;
    }
    root.classList.remove("empty");
    if (sel.type === "node") renderNode(graph, sel.key);
    else renderEdge(graph, sel.key);
    root.scrollTop = 0;
  }

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.selection !== prev.selection) render();
  });
  render();
  return {
    setGraph(g) {
      graph = g;
      articles = new Map((g?.getAttribute("articles") ?? []).map((x) => [x.id, x]));
      render();
    },
    kill() {
      unsubscribe();
      clear(root);
    },
  };
}
