// The viewer's door to the article pipeline (src/pipeline/build-graph.ts). Dropped articles are built in a web
// worker (build-worker.ts), so the page stays responsive however long they are; the pipeline is only loaded there,
// when articles are dropped.
import { createKnowledgeGraph } from "../../export/graph-json.ts";
import type { KnowledgeGraph, SkippedInput } from "../../model/index.ts";
import type { BuildReply, BuildRequest, InputFile } from "./build-messages.ts";

export type { InputFile } from "./build-messages.ts";

export interface BuildResult {
  graph: KnowledgeGraph;
  skipped: SkippedInput[];
}

export class PipelineUnavailableError extends Error {
  override name = "PipelineUnavailableError";
}

export function buildFromArticles(files: InputFile[]): Promise<BuildResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./build-worker.ts", import.meta.url), { type: "module" });
  } catch (err) {
    return Promise.reject(
      new PipelineUnavailableError(
        `Building a graph from dropped articles needs web workers (${err instanceof Error ? err.message : String(err)}). Run \`npx newsgraph build\` and drop the graph.json or .gexf it writes.`,
      ),
    );
  }
  return new Promise<BuildResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BuildReply>) => {
      worker.terminate();
      const reply = event.data;
      if (!reply.ok) return reject(new Error(reply.message));
      const graph = createKnowledgeGraph();
      graph.import(reply.graph);
      resolve({ graph, skipped: reply.skipped });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new PipelineUnavailableError(`The article builder stopped: ${event.message || "unknown error"}. Run \`npx newsgraph build\` and drop the graph.json it writes.`));
    };
    const request: BuildRequest = { files };
    worker.postMessage(request, files.map((f) => f.bytes.buffer as ArrayBuffer));
  });
}
