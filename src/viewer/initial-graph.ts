// Opens the page's graph: the preview is drawn as soon as it arrives, if it comes before graph.json, and graph.json
// then fills it in (fill-graph.ts), or, when it does not match the preview, replaces it. Without a preview, or when
// graph.json comes first, graph.json is shown as it is. Nothing from the preview reaches the panels: they get the
// graph once graph.json has filled it.
import type { KnowledgeGraph } from "../model/index.ts";
import { importGraphJson, parseGraphJson, readGraphPreview } from "../export/index.ts";
import { GraphFileError, normaliseGraph } from "./graph-json.ts";
import type { GraphDownload } from "./graph-download.ts";
import { fillGraph } from "./fill-graph.ts";

export interface InitialGraphSteps {
  /** False once the user has opened other files: the page's own graph is then no longer wanted. */
  wanted(): boolean;
  /** Can the view as it stands be drawn from a preview? Not under filters that need citations' articles. */
  previewFits(): boolean;
  /** Puts a graph on screen, before the panels have it. */
  draw(graph: KnowledgeGraph): void;
  /** The whole graph is known: draw it unless it is already on screen, and give it to the panels. */
  complete(graph: KnowledgeGraph, drawn: boolean): void;
}

/** Resolves once the frame being prepared is on screen (the second animation frame starts after it). */
function framesDrawn(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

function readPreview(text: string | null): KnowledgeGraph | null {
  if (text === null) return null;
  try {
    return readGraphPreview(text);
  } catch {
    // A broken or stale preview only costs speed: graph.json is still coming, and it decides what is shown.
    return null;
  }
}

export async function openInitialGraph(
  url: string,
  downloads: { graph: Promise<GraphDownload>; preview: Promise<string | null> },
  steps: InitialGraphSteps,
): Promise<void> {
  const first = await Promise.race([downloads.preview.then(readPreview), downloads.graph.then(() => null)]);
  const drawn = first !== null && steps.wanted() && steps.previewFits() ? first : null;
  if (drawn) {
    steps.draw(drawn);
    // Reading graph.json holds the main thread for a while: let the preview reach the screen first.
    await framesDrawn();
  }
  const res = await downloads.graph;
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}. Build one with \`npx newsgraph build --out public/data\`, or drop a graph file here.`);
  let data;
  try {
    data = parseGraphJson(res.text);
  } catch (err) {
    throw new GraphFileError(`${url} could not be read as a graph.json: ${(err as Error).message.replace(/^newsgraph: /, "")}`);
  }
  performance.mark("newsgraph:graph-read");
  if (!steps.wanted()) return;
  if (drawn && fillGraph(drawn, data)) return steps.complete(drawn, true);
  steps.complete(normaliseGraph(importGraphJson(data)), false);
}
