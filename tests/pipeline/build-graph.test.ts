// buildGraph on in-memory articles: quotes stay exact on awkward text (curly quotes, NBSP, CRLF, doubled
// apostrophes), copies of a story count once, and support is counted in distinct articles and outlets.
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/model/graph.ts";
import type { Citation } from "../../src/model/relation.ts";
import { Consumable } from "../../src/pipeline/consumable.ts";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import { graphFromExtracted } from "../../src/pipeline/build-graph.ts";
import { articlesOf, graphOf } from "../helpers/build-texts.ts";
import { context } from "../helpers/pipeline-context.ts";
import { edgesBetween, nodeNamed, typedFacts } from "../helpers/graph-queries.ts";

function everyCitation(graph: KnowledgeGraph): Citation[] {
  return [...graph.mapEdges((_k, a) => a.citations).flat(), ...graph.mapNodes((_k, a) => a.citations).flat()];
}

function expectExactQuotes(graph: KnowledgeGraph): void {
  const texts = new Map(graph.getAttribute("articles").map((a) => [a.id, a.text]));
  const citations = everyCitation(graph);
  expect(citations.length).toBeGreaterThan(0);
  for (const c of citations) {
    const text = texts.get(c.article);
    expect(text, c.article).toBeDefined();
    expect(c.quote).toBe(text?.slice(c.start, c.end));
    if (c.subject) expect(c.subject[0] >= c.start && c.subject[1] <= c.end).toBe(true);
    if (c.object) expect(c.object[0] >= c.start && c.object[1] <= c.end).toBe(true);
  }
}

describe("buildGraph: offsets and quotes", () => {
  it("quotes exactly around curly quotes, NBSP, CRLF and doubled apostrophes", () => {
    const text =
      "Russia\u00a0and Turkey agreed on a ‘new’ plan.\r\n\r\nHay''et Tahrir al-Sham, once affiliated with al-Qaeda, controls Idlib.\r\n" +
      "“Turkey opposes HTS,” Russian Defence Minister Sergei Shoigu said.";
    const g = graphOf([text]);
    expectExactQuotes(g);
    expect(edgesBetween(g, "Russia", "agrees_with", "Turkey"), typedFacts(g).join("\n")).toHaveLength(1);
    expect(nodeNamed(g, "Hay''et Tahrir al-Sham").attributes.label).toBe("Hayat Tahrir al-Sham");
  });

  it("cites whole sentences: a quote never starts or ends inside a word", () => {
    const g = graphOf(["Russia and Turkey agreed on Monday. Iran and Turkey agreed on Tuesday.\nRussia and Iran agreed too."]);
    for (const c of everyCitation(g)) {
      expect(c.quote).toBe(c.quote.trim());
      expect(c.quote).toMatch(/^[A-Z“"‘']/);
      expect(c.quote).toMatch(/[.!?”"’']$/);
    }
  });
});

describe("buildGraph: support", () => {
  const story = "Russia and Turkey agreed on a ceasefire on Monday.";

  it("counts two copies of one story once", () => {
    const g = graphOf([
      { id: "a", text: story, outlet: "Daily Ledger" },
      { id: "b", text: story, outlet: "Evening Post" },
    ]);
    const [edge] = edgesBetween(g, "Russia", "agrees_with", "Turkey");
    expect(edge?.attributes.articles).toEqual(["a"]);
    expect(g.getAttribute("articles").map((a) => a.id)).toEqual(["a"]);
    expect(g.getAttribute("skipped")).toEqual([expect.objectContaining({ source: "b", reason: "duplicate" })]);
  });

  it("counts distinct articles and distinct outlets, and dates the edge", () => {
    const g = graphOf([
      { id: "a", text: story, outlet: "Daily Ledger", date: "2020-03-05" },
      { id: "b", text: "Turkey and Russia agreed again on Friday.", outlet: "Daily Ledger", date: "2020-03-09" },
      { id: "c", text: "Russia and Turkey agreed, officials said.", outlet: "Evening Post", date: "2020-02-28" },
    ]);
    const [edge] = edgesBetween(g, "Russia", "agrees_with", "Turkey");
    expect(edge?.attributes.articles).toEqual(["a", "b", "c"]);
    expect(edge?.attributes.outlets).toEqual(["Daily Ledger", "Evening Post"]);
    expect(edge?.attributes.weight).toBe(3);
    expect(edge?.attributes.firstSeen).toBe("2020-02-28");
    expect(edge?.attributes.lastSeen).toBe("2020-03-09");
    expect(nodeNamed(g, "Russia").attributes.outlets).toEqual(["Daily Ledger", "Evening Post"]);
  });

  it("keeps article ids unique", () => {
    const g = graphOf([
      { id: "same", text: story },
      { id: "same", text: "Iran and Turkey agreed on Tuesday." },
    ]);
    const ids = g.getAttribute("articles").map((a) => a.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe("same");
  });

  it("is deterministic in memory: the same articles give the same export", () => {
    const inputs = [story, "Turkish Defence Minister Hulusi Akar met Sergei Shoigu in Ankara."];
    expect(JSON.stringify(graphOf(inputs, { iterations: 30 }).export())).toBe(JSON.stringify(graphOf(inputs, { iterations: 30 }).export()));
  });

  it("uses the extracted articles up: the graph is the same and the list keeps none of them", () => {
    const articles = articlesOf([story, "Turkish Defence Minister Hulusi Akar met Sergei Shoigu in Ankara."]);
    const items = articles.map((a) => extractArticle(a, context()));
    const graph = graphFromExtracted({ articles, skipped: [] }, new Consumable(items), context(), { iterations: 0 });
    expect(items.every((x) => x === undefined)).toBe(true);
    expect(JSON.stringify(graph.export())).toBe(JSON.stringify(graphOf(articles, { iterations: 0 }).export()));
  });
});
