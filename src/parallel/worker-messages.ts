// The messages between the extraction pool and its workers: plain, structured-clone-safe data only.
import type { Article } from "../model/article.ts";
import type { PackedExtracted } from "../pipeline/packed-extracted.ts";

/** What a worker needs to rebuild the pipeline context itself (models are loaded per thread, not cloned). */
export interface WorkerInit {
  lexiconFiles: string[];
  modelFile: string | undefined;
}

export interface BatchRequest {
  /** Positions of the articles in the caller's list, so results can be put back in input order. */
  indices: number[];
  articles: Article[];
}

export type WorkerReply =
  | { ok: true; indices: number[]; results: PackedExtracted[] }
  | { ok: false; message: string };
