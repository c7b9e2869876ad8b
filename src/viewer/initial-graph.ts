// Opens the page's graph. When the preview (graph.preview.json) comes before graph.json, a big graph's first frame
// is drawn at once from its columns (poster-frame.ts), then sigma draws the preview's graph, and graph.json fills
// that graph in (fill-graph.ts) or, when it does not match, replaces it. Without a preview, or when graph.json comes
// first, graph.json is shown as it is. Nothing from the preview reaches the panels: they get the graph once
// graph.json has filled it.
import type { KnowledgeGraph } from "../model/index.ts";
import { importGraphJson, parseGraphJson, parseGraphPreview, previewGraph, type GraphPreview } from "../export/index.ts";
import { GraphFileError, normaliseGraph } from "./graph-json.ts";
import type { GraphDownload } from "./graph-download.ts";
import { fillGraph } from "./fill-graph.ts";

export interface InitialGraphSteps {
  /** False once the user has opened other files: the page's own graph is then no longer wanted. */
  wanted(): boolean;
  /** Can the view as it stands be drawn from a preview? Not under filters that need citations' articles. */
  previewFits(): boolean;
  /** Shows a picture of the preview while its graph is built, when that is worth it; true if it did. */
  poster(preview: GraphPreview): boolean;
  /** Puts a graph on screen, before the panels have it. */
  draw(graph: KnowledgeGraph): void;
  /** The whole graph is known: draw it unless it is already on screen, and give it to the panels. */
  complete(graph: KnowledgeGraph, drawn: boolean): void;
}

/** Resolves once the frame being prepared is on screen (the second animation frame starts after it). */
function framesDrawn(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

function parsePreview(text: string | null): GraphPreview | null {
  if (text === null) return null;
  try {
    return parseGraphPreview(text);
  } catch {
    // A broken or stale preview only costs speed: graph.json is still coming, and it decides what is shown.
    return null;
  }
}

function buildPreview(preview: GraphPreview): KnowledgeGraph | null {
  try {
    return previewGraph(preview);
  } catch {
    return null;
  }
}

export async function openInitialGraph(
  url: string,
  downloads: { graph: Promise<GraphDownload>; preview: Promise<string | null> },
  steps: InitialGraphSteps,
): Promise<void> {
  const first = await Promise.race([downloads.preview.then(parsePreview), downloads.graph.then(() => null)]);
  let drawn: KnowledgeGraph | null = null;
  if (first !== null && steps.wanted() && steps.previewFits()) {
    // Each step gets its frame on screen before the next holds the main thread.
    if (steps.poster(first)) await framesDrawn();
    drawn = buildPreview(first);
    performance.mark("newsgraph:preview-read");
    if (drawn && steps.wanted()) {
      steps.draw(drawn);
      await framesDrawn();
    }
  }
  const res = await downloads.graph;
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}. Build one with \`npx newsgraph build --out public/data\`, or drop a graph file here.`);
  let data;
  try {
    data = parseGraphJson(res.text());
  } catch (err) {
    throw new GraphFileError(`${url} could not be read as a graph.json: ${(err as Error).message.replace(/^newsgraph: /, "")}`);
  }
  performance.mark("newsgraph:graph-read");
  if (!steps.wanted()) return;
  if (drawn && fillGraph(drawn, data)) return steps.complete(drawn, true);
  steps.complete(normaliseGraph(importGraphJson(data)), false);
}
