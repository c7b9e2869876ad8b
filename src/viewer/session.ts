// One loaded graph on screen: renderer, layout worker, search index and camera sync. Replacing the graph kills
// the session and mounts a new one; the panels outlive it.
import { downloadAsPNG } from "@sigma/export-image";
import type { KnowledgeGraph } from "../model/index.ts";
import { createLayout, type LayoutHandle } from "./layout.ts";
import { mountLayoutPreview } from "./layout-preview.ts";
import { mountRenderer, type RendererHandle } from "./renderer.ts";
import { createSearchIndex, type SearchIndex } from "./search-index.ts";
import { DEFAULT_SCALE_SETTINGS } from "./scale-settings.ts";
import type { CameraView, Store } from "./state/index.ts";

export interface Session {
  graph: KnowledgeGraph;
  search: SearchIndex;
  renderer: RendererHandle;
  layout: LayoutHandle;
  exportPng(fileName: string): Promise<void>;
  kill(): void;
}

function sameCamera(a: CameraView | null, b: CameraView | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.x - b.x) < 1e-4 && Math.abs(a.y - b.y) < 1e-4 && Math.abs(a.ratio - b.ratio) < 1e-4 && Math.abs(a.angle - b.angle) < 1e-4;
}

export function mountSession(container: HTMLElement, graph: KnowledgeGraph, store: Store, onLayout: (running: boolean) => void): Session {
  const search = createSearchIndex(graph);
  const scale = DEFAULT_SCALE_SETTINGS;
  const renderer = mountRenderer(container, graph, store, search, scale);
  const preview = graph.size > scale.hideEdgesDuringLayoutAboveEdges ? mountLayoutPreview(renderer.sigma, graph) : null;
  const layout = createLayout(graph, (running) => {
    if (running) preview?.begin();
    else preview?.end();
    onLayout(running);
  });
  const camera = renderer.sigma.getCamera();

  const initial = store.get();
  if (initial.camera) camera.setState(initial.camera);
  else if (initial.selection?.type === "node") renderer.focusNode(initial.selection.key);

  const onCamera = () => {
    const { x, y, ratio, angle } = camera.getState();
    const view = { x, y, ratio, angle };
    store.update((s) => (sameCamera(s.camera, view) ? s : { ...s, camera: view }));
  };
  camera.on("updated", onCamera);
  const unsubscribe = store.subscribe((next) => {
    // A camera from a pasted hash: apply it unless it is the one we are already showing.
    if (next.camera && !sameCamera(next.camera, camera.getState())) camera.setState(next.camera);
  });

  return {
    graph,
    search,
    renderer,
    layout,
    // export-image is typed for untyped-attribute sigma; ours only narrows the attribute types.
    exportPng: (fileName) => downloadAsPNG(renderer.sigma as unknown as Parameters<typeof downloadAsPNG>[0], { fileName, backgroundColor: "#ffffff" }),
    kill() {
      unsubscribe();
      camera.removeListener("updated", onCamera);
      layout.kill();
      preview?.kill();
      renderer.kill();
    },
  };
}
