// The whole pipeline from articles to an analysed graph: extract each article, then resolve, relate, assemble and
// analyse across the corpus. Pure and browser-safe; the CLI and the viewer add I/O around it.
import { analyseGraph, assignAnalysis } from "../analyse/analyse-graph.ts";
import type { AnalyseSettings } from "../analyse/analyse-settings.ts";
import { assembleGraph } from "../assemble/assemble-graph.ts";
import type { AssembleSettings } from "../assemble/assemble-settings.ts";
import { packSentenceSpans, type SentenceSpans } from "../assemble/sentence-spans.ts";
import { parseInput, type InputFile } from "../load/parse-input.ts";
import type { Article, SkippedInput } from "../model/article.ts";
import type { KnowledgeGraph } from "../model/graph.ts";
import type { Mention } from "../model/mention.ts";
import type { Relation } from "../model/relation.ts";
import { relateDocument } from "../relate/relate-document.ts";
import { resolveMentions } from "../resolve/resolve-mentions.ts";
import { Consumable } from "./consumable.ts";
import { extractArticle, type ExtractedArticle } from "./extract-article.ts";
import type { PipelineContext } from "./pipeline-context.ts";

export interface CorpusInput {
  articles: readonly Article[];
  skipped: readonly SkippedInput[];
}

/** Makes ids unique and drops exact copies of a story, which would otherwise count twice as support. */
export function dedupeArticles(input: CorpusInput): CorpusInput {
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  const articles: Article[] = [];
  const skipped = [...input.skipped];
  for (const article of input.articles) {
    const copyOf = texts.get(article.text);
    if (copyOf !== undefined) {
      skipped.push({ source: article.id, reason: "duplicate", message: `same text as "${copyOf}"; kept once so it is not counted twice` });
      continue;
    }
    let id = article.id;
    for (let n = 2; ids.has(id); n++) id = `${article.id}~${n}`;
    ids.add(id);
    texts.set(article.text, id);
    articles.push(id === article.id ? article : { ...article, id });
  }
  return { articles, skipped };
}

/**
 * Resolve → relate → assemble, using the extracted articles up: resolution reads them all, then each is let go once
 * it is related, so the corpus's tokens are gone before the graph is built. The mentions, entities and relations
 * live only in this call's frame, so they are gone too when it returns.
 */
export function assembleFromExtracted(
  corpus: CorpusInput,
  extracted: Consumable<ExtractedArticle>,
  context: PipelineContext,
  assemble: Partial<AssembleSettings> = {},
): KnowledgeGraph {
  const resolution = resolveMentions(extracted.all(), context.lexicon);
  const entities = new Map(resolution.entities.map((e) => [e.id, e]));
  const byArticle = new Map<string, Mention[]>();
  for (const m of resolution.mentions) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  const relations: Relation[] = [];
  const sentenceSpans = new Map<string, SentenceSpans>();
  for (const doc of extracted.consume()) {
    const id = doc.segmented.article.id;
    const mentions = (byArticle.get(id) ?? []).sort((a, b) => a.start - b.start);
    byArticle.delete(id);
    const found = relateDocument({ segmented: doc.segmented, mentions, entityOf: resolution.entityOf, entities, lexicon: context.lexicon });
    // A loop, not push(...found): a long article yields more relations than a call's argument list can hold.
    for (const relation of found) relations.push(relation);
    sentenceSpans.set(id, packSentenceSpans(doc.segmented.sentences));
  }
  return assembleGraph({
    articles: corpus.articles,
    skipped: corpus.skipped,
    entities: resolution.entities,
    mentions: resolution.mentions,
    relations,
    sentenceSpans,
  }, assemble);
}

/** Resolve → relate → assemble → analyse, over already extracted articles (from workers or a cache), used up. */
export function graphFromExtracted(
  corpus: CorpusInput,
  extracted: Consumable<ExtractedArticle>,
  context: PipelineContext,
  analyse: Partial<AnalyseSettings> = {},
  assemble: Partial<AssembleSettings> = {},
): KnowledgeGraph {
  // A call of its own, not inlined: what assembly reads must be unreachable while the graph is analysed.
  const graph = assembleFromExtracted(corpus, extracted, context, assemble);
  assignAnalysis(graph, analyseGraph(graph, analyse));
  return graph;
}

export function buildGraph(
  input: CorpusInput,
  context: PipelineContext,
  analyse: Partial<AnalyseSettings> = {},
  assemble: Partial<AssembleSettings> = {},
): KnowledgeGraph {
  const corpus = dedupeArticles(input);
  const extracted = new Consumable(corpus.articles.map((article) => extractArticle(article, context)));
  return graphFromExtracted(corpus, extracted, context, analyse, assemble);
}

/** Files dropped onto the viewer: parsed with the CLI's loader, built with the same pipeline. */
export async function buildGraphFromFiles(
  files: readonly InputFile[],
  context?: PipelineContext,
): Promise<{ graph: KnowledgeGraph; skipped: SkippedInput[] }> {
  const articles: Article[] = [];
  const skipped: SkippedInput[] = [];
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const parsed = parseInput(file);
    for (const item of parsed.articles) articles.push(item);
    for (const item of parsed.skipped) skipped.push(item);
  }
  const corpus = dedupeArticles({ articles, skipped });
  if (corpus.articles.length === 0) {
    const reasons = corpus.skipped.map((s) => `${s.source}: ${s.message}`).join("; ");
    throw new Error(`newsgraph: no usable article in the dropped files${reasons ? ` (${reasons})` : ""}`);
  }
  const ctx = context ?? (await (await import("./browser-context.ts")).loadBrowserContext());
  const graph = buildGraph(corpus, ctx);
  return { graph, skipped: [...corpus.skipped] };
}
