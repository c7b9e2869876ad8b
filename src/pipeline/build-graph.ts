// The whole pipeline from articles to an analysed graph: extract each article, then resolve, relate, assemble and
// analyse across the corpus. Pure and browser-safe; the CLI and the viewer add I/O around it.
import { analyseGraph, assignAnalysis } from "../analyse/analyse-graph.ts";
import type { AnalyseSettings } from "../analyse/analyse-settings.ts";
import type { AssembleSettings } from "../assemble/assemble-settings.ts";
import { GraphAssembly } from "../assemble/graph-assembly.ts";
import { packSentenceSpans } from "../assemble/sentence-spans.ts";
import { parseInput, type InputFile } from "../load/parse-input.ts";
import type { Article, SkippedInput } from "../model/article.ts";
import type { KnowledgeGraph } from "../model/graph.ts";
import type { Entity, EntityLookup } from "../model/entity.ts";
import type { Mention } from "../model/mention.ts";
import { relateThrough, type RelationStore } from "./relation-store.ts";
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

/** Resolution's findings, with each article's mentions grouped for relating and the corpus-wide list let go. */
function resolveCorpus(extracted: Consumable<ExtractedArticle>, context: PipelineContext): {
  entities: Entity[];
  entityOf: EntityLookup;
  byArticle: Map<string, Mention[]>;
} {
  const { entities, mentions, entityOf } = resolveMentions(extracted.all(), context.lexicon);
  const byArticle = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  return { entities, entityOf, byArticle };
}

/** An article's mentions grouped by entity, each group in text order. */
function mentionsByEntity(mentions: readonly Mention[], entityOf: EntityLookup): Map<string, Mention[]> {
  const byEntity = new Map<string, Mention[]>();
  for (const m of mentions) {
    const entity = entityOf.get(m.id);
    if (entity === undefined) continue;
    const list = byEntity.get(entity);
    if (list) list.push(m);
    else byEntity.set(entity, [m]);
  }
  return byEntity;
}

/**
 * Resolve → relate → assemble, using the extracted articles up: resolution reads them all, then each article is
 * related and folded into the graph's support and let go, with its tokens, mentions and relations, before the next.
 */
export function assembleFromExtracted(
  corpus: CorpusInput,
  extracted: Consumable<ExtractedArticle>,
  context: PipelineContext,
  assemble: Partial<AssembleSettings> = {},
  relationStore?: RelationStore,
): KnowledgeGraph {
  const { entities, entityOf, byArticle } = resolveCorpus(extracted, context);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const assembly = new GraphAssembly(corpus.articles, corpus.skipped, entities, assemble);
  for (const doc of extracted.consume()) {
    const id = doc.segmented.article.id;
    const mentions = (byArticle.get(id) ?? []).sort((a, b) => a.start - b.start);
    byArticle.delete(id);
    const relations = relateThrough({ segmented: doc.segmented, mentions, entityOf, entities: entityById, lexicon: context.lexicon }, relationStore);
    assembly.addArticle(id, mentionsByEntity(mentions, entityOf), relations, packSentenceSpans(doc.segmented.sentences));
  }
  return assembly.finish();
}

/**
 * Resolve → relate → assemble → analyse, over already extracted articles (from workers or a cache), used up.
 * `relationStore` keeps each article's relations for the next build.
 */
export function graphFromExtracted(
  corpus: CorpusInput,
  extracted: Consumable<ExtractedArticle>,
  context: PipelineContext,
  analyse: Partial<AnalyseSettings> = {},
  assemble: Partial<AssembleSettings> = {},
  relationStore?: RelationStore,
): KnowledgeGraph {
  // A call of its own, not inlined: what assembly reads must be unreachable while the graph is analysed.
  const graph = assembleFromExtracted(corpus, extracted, context, assemble, relationStore);
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
