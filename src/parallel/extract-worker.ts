// The body of one extraction worker thread: loads the pipeline context once, then extracts each batch it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { loadContext } from "../cli/load-context.ts";
import { extractArticle } from "../pipeline/extract-article.ts";
import { packExtracted, tokenBuffers } from "../pipeline/packed-extracted.ts";
import type { BatchRequest, WorkerInit, WorkerReply } from "./worker-messages.ts";

const port = parentPort;
if (!port) throw new Error("newsgraph: extract-worker.ts must run in a worker thread");
const init = workerData as WorkerInit;
const context = loadContext(init.lexiconFiles, init.modelFile);

port.on("message", (request: BatchRequest) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, indices: request.indices, results: request.articles.map((article) => packExtracted(extractArticle(article, context))) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  // The token arrays are handed over, not copied.
  port.postMessage(reply, reply.ok ? reply.results.flatMap((r) => tokenBuffers(r.tokens)) : []);
});
