// Builds a graph from in-memory article texts through the real pipeline, for tests written as short news texts.
import type { AnalyseSettings } from "../../src/analyse/analyse-settings.ts";
import type { Article } from "../../src/model/article.ts";
import type { KnowledgeGraph } from "../../src/model/graph.ts";
import { buildGraph } from "../../src/pipeline/build-graph.ts";
import { extractArticle, type ExtractedArticle } from "../../src/pipeline/extract-article.ts";
import { context } from "./pipeline-context.ts";

export type ArticleInput = string | (Partial<Article> & { text: string });

/** Turns texts (or partial articles) into articles with ids t0, t1, ... unless given. */
export function articlesOf(inputs: readonly ArticleInput[]): Article[] {
  return inputs.map((input, i) => {
    const given = typeof input === "string" ? { text: input } : input;
    return {
      id: given.id ?? `t${i}`,
      title: given.title ?? "",
      outlet: given.outlet ?? null,
      date: given.date ?? null,
      url: given.url ?? null,
      text: given.text,
    };
  });
}

/** Few layout iterations: these tests look at entities and relations, not positions. */
const FAST: Partial<AnalyseSettings> = { iterations: 0 };

export function graphOf(inputs: readonly ArticleInput[], analyse: Partial<AnalyseSettings> = FAST): KnowledgeGraph {
  return buildGraph({ articles: articlesOf(inputs), skipped: [] }, context(), analyse);
}

/** One text through the per-article half of the pipeline, with no boilerplate detection. */
export function extractText(text: string): ExtractedArticle {
  const [article] = articlesOf([text]);
  return extractArticle(article as Article, context(), { clean: false });
}
