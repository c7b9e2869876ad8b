// openInitialGraph: the preview is drawn first when it comes first, then filled from graph.json or replaced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGraphJson } from "../../src/export/graph-json.ts";
import { writeGraphPreview } from "../../src/export/graph-preview.ts";
import type { GraphPreview } from "../../src/export/read-graph-preview.ts";
import type { KnowledgeGraph } from "../../src/model/graph.ts";
import type { GraphDownload } from "../../src/viewer/graph-download.ts";
import { openInitialGraph } from "../../src/viewer/initial-graph.ts";
import { fixtureGraph } from "../export/fixture-graph.ts";

const raf = globalThis.requestAnimationFrame;
beforeAll(() => void (globalThis.requestAnimationFrame = ((cb: FrameRequestCallback) => setTimeout(() => cb(0), 0) as unknown as number) as typeof requestAnimationFrame));
afterAll(() => void (globalThis.requestAnimationFrame = raf));

const later = <T>(value: T, ms: number) => new Promise<T>((done) => setTimeout(() => done(value), ms));
const download = (text: string, ok = true): GraphDownload => ({ url: "g.json", ok, status: ok ? 200 : 404, text: () => text });

function recorder(options: { wanted?: () => boolean; previewFits?: boolean; poster?: boolean } = {}) {
  const steps: string[] = [];
  const graphs: KnowledgeGraph[] = [];
  return {
    steps,
    graphs,
    handlers: {
      wanted: options.wanted ?? (() => true),
      previewFits: () => options.previewFits ?? true,
      poster: (preview: GraphPreview) => (options.poster ? (steps.push(`poster ${preview.keys.length} nodes`), true) : false),
      draw: (graph: KnowledgeGraph) => void (steps.push(`draw ${graph.getNodeAttributes("country:ruritania").aliases.length} aliases`), graphs.push(graph)),
      complete: (graph: KnowledgeGraph, drawn: boolean) => void (steps.push(`complete ${drawn ? "drawn" : "new"} ${graph.getNodeAttributes("country:ruritania").aliases.length} aliases`), graphs.push(graph)),
    },
  };
}

describe("openInitialGraph", () => {
  const json = writeGraphJson(fixtureGraph());
  const preview = writeGraphPreview(fixtureGraph());

  it("draws the preview, then fills the same graph from graph.json", async () => {
    const r = recorder();
    await openInitialGraph("g.json", { preview: later(preview, 1), graph: later(download(json), 20) }, r.handlers);
    expect(r.steps).toEqual(["draw 0 aliases", "complete drawn 3 aliases"]);
    expect(r.graphs[0]).toBe(r.graphs[1]);
  });

  it("shows the poster first when the view takes one", async () => {
    const r = recorder({ poster: true });
    await openInitialGraph("g.json", { preview: later(preview, 1), graph: later(download(json), 20) }, r.handlers);
    expect(r.steps).toEqual(["poster 5 nodes", "draw 0 aliases", "complete drawn 3 aliases"]);
  });

  it("shows graph.json alone when it comes first, when there is no preview, or when filters need articles", async () => {
    for (const [downloads, fits] of [
      [{ preview: later(preview, 20), graph: later(download(json), 1) }, true],
      [{ preview: later(null, 1), graph: later(download(json), 5) }, true],
      [{ preview: later("not json", 1), graph: later(download(json), 5) }, true],
      [{ preview: later(preview, 1), graph: later(download(json), 5) }, false],
    ] as const) {
      const r = recorder({ previewFits: fits });
      await openInitialGraph("g.json", downloads, r.handlers);
      expect(r.steps).toEqual(["complete new 3 aliases"]);
    }
  });

  it("replaces a stale preview by graph.json's own graph", async () => {
    const moved = fixtureGraph();
    moved.mergeNodeAttributes("country:elbonia", { x: 99 });
    const r = recorder();
    await openInitialGraph("g.json", { preview: later(preview, 1), graph: later(download(writeGraphJson(moved)), 20) }, r.handlers);
    expect(r.steps).toEqual(["draw 0 aliases", "complete new 3 aliases"]);
    expect(r.graphs[1]).not.toBe(r.graphs[0]);
  });

  it("shows nothing more once the user has opened files, and reports a failed or broken download", async () => {
    let wanted = true;
    const r = recorder({ wanted: () => wanted });
    const graph = later(download(json), 20);
    const opening = openInitialGraph("g.json", { preview: later(preview, 1), graph }, r.handlers);
    await later(null, 10);
    wanted = false;
    await opening;
    expect(r.steps).toEqual(["draw 0 aliases"]);
    await expect(openInitialGraph("g.json", { preview: later(null, 1), graph: later(download("", false), 1) }, recorder().handlers)).rejects.toThrow(/HTTP 404 for g\.json/);
    await expect(openInitialGraph("g.json", { preview: later(null, 1), graph: later(download("{"), 1) }, recorder().handlers)).rejects.toThrow(/g\.json could not be read as a graph\.json: graph\.json is not valid JSON/);
  });
});
