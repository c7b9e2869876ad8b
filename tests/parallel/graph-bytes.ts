// Shared by the parallel and cache tests: the sample articles, and the graph.json bytes built from them with a given extraction setup.
import { findInputFiles, readInputFile } from "../../src/load/read-inputs.ts";
import { loadContext } from "../../src/cli/load-context.ts";
import { exportFiles, exportFileText } from "../../src/export/index.ts";
import type { ExtractionCache } from "../../src/cache/extraction-cache.ts";
import { extractCorpus } from "../../src/parallel/extract-corpus.ts";
import type { PoolSettings } from "../../src/parallel/pool-settings.ts";
import { dedupeArticles, graphFromExtracted, type CorpusInput } from "../../src/pipeline/build-graph.ts";
import type { RelationStore } from "../../src/pipeline/relation-store.ts";

export const INIT = { lexiconFiles: [], modelFile: undefined };
export const CONTEXT = loadContext([], undefined);

export function sampleCorpus(): CorpusInput {
  const found = findInputFiles(["data/articles"]);
  return dedupeArticles({ articles: found.files.flatMap((f) => readInputFile(f).articles), skipped: [] });
}

export async function graphJson(
  corpus: CorpusInput,
  cache: ExtractionCache | null,
  pool: Partial<PoolSettings>,
  relations?: RelationStore,
): Promise<{ json: string; cached: number }> {
  const { extracted, cached } = await extractCorpus(corpus.articles, { context: CONTEXT, init: INIT, cache, pool });
  const graph = graphFromExtracted(corpus, extracted, CONTEXT, {}, {}, relations);
  const file = exportFiles(graph, ["json"])[0];
  if (!file) throw new Error("no graph.json");
  return { json: exportFileText(file), cached };
}
