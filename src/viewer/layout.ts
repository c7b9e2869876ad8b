// ForceAtlas2 in a web worker, started from the precomputed positions. Moving nodes is the layout's job, so it
// writes x/y into the graph; sigma picks the changes up on its own.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { KnowledgeGraph } from "../model/index.ts";

export interface LayoutHandle {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export function createLayout(graph: KnowledgeGraph, onChange: (running: boolean) => void): LayoutHandle {
  let supervisor: FA2LayoutSupervisor | null = null;
  // Created lazily: spawning the worker copies the whole graph, which is wasted if the user never asks.
  const get = (): FA2LayoutSupervisor => {
    supervisor ??= new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false, slowDown: 5 },
      getEdgeWeight: "weight",
    });
    return supervisor;
  };
  return {
    start() {
      get().start();
      onChange(true);
    },
    stop() {
      supervisor?.stop();
      onChange(false);
    },
    isRunning: () => supervisor?.isRunning() ?? false,
    kill() {
      supervisor?.kill();
      supervisor = null;
    },
  };
}
