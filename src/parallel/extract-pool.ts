// Runs the per-article extraction map on worker threads and returns the results in input order, so the graph
// built from them is byte-identical to a single-threaded run. With one worker it runs in the calling thread.
import { Worker } from "node:worker_threads";
import type { Article } from "../model/article.ts";
import { extractArticle, type ExtractedArticle } from "../pipeline/extract-article.ts";
import type { PipelineContext } from "../pipeline/pipeline-context.ts";
import { resolvePoolSettings, type PoolSettings } from "./pool-settings.ts";
import { lazyExtracted, packExtracted, type PackedExtracted } from "../pipeline/packed-extracted.ts";
import type { BatchRequest, WorkerInit, WorkerReply } from "./worker-messages.ts";

const BOOTSTRAP = new URL("./extract-worker-bootstrap.js", import.meta.url);

export class ExtractPoolError extends Error {
  override name = "ExtractPoolError";
}

export interface ExtractJob {
  articles: readonly Article[];
  /** The context for in-thread extraction (workers = 1). */
  context: PipelineContext;
  /** How workers rebuild the same context. */
  init: WorkerInit;
  /** Called with each finished article's position, in completion order. */
  onResult?: (index: number, result: ExtractedArticle) => void;
}

/** Batches a worker thread holds at once: the next is already there when it finishes one. */
const BATCHES_IN_FLIGHT = 2;

/**
 * With N workers, N - 1 threads and the calling thread extract: the calling thread only waits otherwise, and each
 * thread costs a start-up (tsx, wink, the tagger model) and its own compiler warm-up. Results are put back by
 * position, so the output does not depend on which thread did what.
 */
export async function extractArticles(job: ExtractJob, partial: Partial<PoolSettings> = {}): Promise<ExtractedArticle[]> {
  const settings = resolvePoolSettings(partial);
  const { articles } = job;
  const results = new Array<ExtractedArticle | undefined>(articles.length);
  const workers = Math.min(settings.workers, Math.ceil(articles.length / settings.batchSize));
  const extractHere = (batch: BatchRequest): void => {
    batch.articles.forEach((article, k) => {
      const index = batch.indices[k] as number;
      const result = lazyExtracted(packExtracted(extractArticle(article, job.context)), article);
      results[index] = result;
      job.onResult?.(index, result);
    });
  };
  if (workers <= 1) {
    extractHere({ indices: articles.map((_, i) => i), articles: [...articles] });
    return results as ExtractedArticle[];
  }
  let next = 0;
  const nextBatch = (): BatchRequest | null => {
    if (next >= articles.length) return null;
    const end = Math.min(articles.length, next + settings.batchSize);
    const indices: number[] = [];
    for (let i = next; i < end; i++) indices.push(i);
    next = end;
    return { indices, articles: articles.slice(indices[0], end) };
  };
  const threads = Array.from({ length: workers - 1 }, () => new Worker(BOOTSTRAP, { workerData: job.init }));
  let failed = false;
  try {
    const inThreads = threads.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const send = (): void => {
            while (inFlight < BATCHES_IN_FLIGHT) {
              const batch = nextBatch();
              if (!batch) break;
              worker.postMessage(batch);
              inFlight++;
            }
            if (inFlight === 0) resolve();
          };
          worker.on("message", (reply: WorkerReply) => {
            if (!reply.ok) return reject(new ExtractPoolError(`newsgraph: extraction failed in a worker: ${reply.message}`));
            inFlight--;
            reply.indices.forEach((index, k) => {
              const result = lazyExtracted(reply.results[k] as PackedExtracted, articles[index] as Article);
              results[index] = result;
              job.onResult?.(index, result);
            });
            send();
          });
          worker.on("error", (error) => reject(new ExtractPoolError(`newsgraph: an extraction worker crashed: ${error.message}`)));
          worker.on("exit", (code) => {
            if (code !== 0) reject(new ExtractPoolError(`newsgraph: an extraction worker exited with code ${code}`));
          });
          send();
        }),
    );
    // The calling thread takes a batch at a time and yields between batches, so replies are read and answered.
    const here = (async () => {
      for (let batch = nextBatch(); batch && !failed; batch = nextBatch()) {
        extractHere(batch);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([...inThreads, here]);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
  return results as ExtractedArticle[];
}
