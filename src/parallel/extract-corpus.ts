// Extraction for a whole corpus: cached articles are read back, the rest go to the worker pool and are then
// stored. The result is in input order whatever came from where.
import type { ExtractionCache } from "../cache/extraction-cache.ts";
import type { Article } from "../model/article.ts";
import type { ExtractedArticle } from "../pipeline/extract-article.ts";
import type { PipelineContext } from "../pipeline/pipeline-context.ts";
import { extractArticles } from "./extract-pool.ts";
import type { PoolSettings } from "./pool-settings.ts";
import type { WorkerInit } from "./worker-messages.ts";

export interface CorpusExtraction {
  extracted: ExtractedArticle[];
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
 * A result that crossed a thread or came from the cache holds its own copy of the article: point it back at the
 * caller's, so each text is held once (they are equal; the cache checks that before it answers).
 */
function sharingArticle(result: ExtractedArticle, article: Article): ExtractedArticle {
  return result.segmented.article === article ? result : { ...result, segmented: { ...result.segmented, article } };
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
    if (hit) results[i] = sharingArticle(hit, article);
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
        results[index] = sharingArticle(result, articles[index] as Article);
        cache?.set(articles[index] as Article, result, keys[index]);
        options.onProgress?.(++done);
      },
    },
    options.pool,
  );
  return { extracted: results as ExtractedArticle[], cached };
}
