// The viewer's door to the article pipeline (src/pipeline/build-graph.ts), loaded on demand because it is large
// and only needed when articles are dropped onto the page.
import type { KnowledgeGraph, SkippedInput } from "../../model/index.ts";

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  skipped: SkippedInput[];
}

interface PipelineModule {
  buildGraphFromFiles?: (files: InputFile[]) => Promise<BuildResult>;
}

export class PipelineUnavailableError extends Error {
  override name = "PipelineUnavailableError";
}

const loaders = import.meta.glob<PipelineModule>("../../pipeline/build-graph.ts");

export async function buildFromArticles(files: InputFile[]): Promise<BuildResult> {
  const load = Object.values(loaders)[0];
  const mod = load ? await load() : {};
  if (!mod.buildGraphFromFiles) {
    throw new PipelineUnavailableError(
      "Building a graph from dropped articles is not available in this build. Run `npx newsgraph build` and drop the graph.json or .gexf it writes.",
    );
  }
  return mod.buildGraphFromFiles(files);
}
