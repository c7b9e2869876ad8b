// The messages between the viewer and the worker that builds dropped articles (build-worker.ts).
import type { SerializedKnowledgeGraph, SkippedInput } from "../../model/index.ts";

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface BuildRequest {
  files: InputFile[];
}

export type BuildReply =
  | { ok: true; graph: SerializedKnowledgeGraph; skipped: SkippedInput[] }
  | { ok: false; message: string };
