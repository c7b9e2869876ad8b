// Extraction for a whole corpus: cached articles are read back, the rest go to the worker pool and are then
// stored. The result is in input order whatever came from where.
import type { ExtractionCache } from "../cache/extraction-cache.ts";
import type { Article } from "../model/article.ts";
import { Consumable } from "../pipeline/consumable.ts";
import type { ExtractedArticle } from "../pipeline/extract-article.ts";
import type { PipelineContext } from "../pipeline/pipeline-context.ts";
import { extractArticles } from "./extract-pool.ts";
import type { PoolSettings } from "./pool-settings.ts";
import type { WorkerInit } from "./worker-messages.ts";

export interface CorpusExtraction {
  /** Handed over for the merge to use up: nothing else keeps the articles' tokens alive. */
  extracted: Consumable<ExtractedArticle>;
  /** Articles read from the cache rather than extracted. */
  cached: number;
}

export interface ExtractCorpusOptions {
  context: PipelineContext;
  init: WorkerInit;
  cache: ExtractionCache | null;
  pool?: Partial<PoolSettings>;
  /** Called with the number of articles done so far. */
  onProgress?: (done: number) => void;
}

/**
 * The article as the merge needs it: the names that are not actors (`recognised.others`) are only for annotate's
 * output, so once cached they are let go rather than held, about a kilobyte an article, until the graph is built.
 */
function forMerge(extracted: ExtractedArticle): ExtractedArticle {
  if (extracted.recognised.others.length === 0) return extracted;
  return { segmented: extracted.segmented, recognised: { ...extracted.recognised, others: [] } };
}

export async function extractCorpus(articles: readonly Article[], options: ExtractCorpusOptions): Promise<CorpusExtraction> {
  const { cache } = options;
  const results = new Array<ExtractedArticle | undefined>(articles.length);
  const keys: string[] = [];
  const missing: number[] = [];
  articles.forEach((article, i) => {
    if (!cache) return void missing.push(i);
    const key = cache.keyOf(article);
    keys[i] = key;
    const hit = cache.get(article, key);
    if (hit) results[i] = forMerge(hit);
    else missing.push(i);
  });
  const cached = articles.length - missing.length;
  let done = cached;
  options.onProgress?.(done);
  await extractArticles(
    {
      articles: missing.map((i) => articles[i] as Article),
      context: options.context,
      init: options.init,
      onResult: (k, result) => {
        const index = missing[k] as number;
        cache?.set(articles[index] as Article, result, keys[index]);
        results[index] = forMerge(result);
        options.onProgress?.(++done);
      },
    },
    options.pool,
  );
  return { extracted: new Consumable(results as ExtractedArticle[]), cached };
}
