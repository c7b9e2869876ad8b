// Edge clicks and the pointer cursor over edges on big graphs, found by geometry (edge-picker.ts) so that sigma
// can skip its edge picking pass. Clicking the stage away from any edge still clears the selection.
import type { KnowledgeGraph } from "../model/index.ts";
import { edgeAt } from "./edge-picker.ts";
import type { Visibility } from "./filters.ts";
import type { KnowledgeSigma } from "./renderer.ts";

export interface CpuEdgeHandlers {
  clickEdge(edge: string): void;
  clickStage(): void;
}

export function mountCpuEdgeEvents(sigma: KnowledgeSigma, graph: KnowledgeGraph, visibility: () => Visibility, handlers: CpuEdgeHandlers): () => void {
  const container = sigma.getContainer();
  let overNode = false;
  let overEdge = false;
  let frame: number | null = null;
  let pointer: { x: number; y: number } | null = null;
  // While the layout preview replaces sigma's graph, no edge is drawn, so none can be hit.
  const pick = (x: number, y: number) => (sigma.getGraph() === graph ? edgeAt(sigma, graph, visibility(), x, y) : null);

  const onClickStage = ({ event }: { event: { x: number; y: number } }) => {
    const edge = pick(event.x, event.y);
    if (edge) handlers.clickEdge(edge);
    else handlers.clickStage();
  };
  const onEnterNode = () => {
    overNode = true;
  };
  const onLeaveNode = () => {
    overNode = false;
  };
  const update = () => {
    frame = null;
    if (!pointer || overNode) return;
    const hit = pick(pointer.x, pointer.y) !== null;
    if (hit !== overEdge) container.classList.toggle("pointer", hit);
    overEdge = hit;
  };
  const onMove = (e: MouseEvent) => {
    const rect = container.getBoundingClientRect();
    pointer = { x: e.clientX - rect.left, y: e.clientY - rect.top };
    frame ??= requestAnimationFrame(update);
  };

  sigma.on("clickStage", onClickStage);
  sigma.on("enterNode", onEnterNode);
  sigma.on("leaveNode", onLeaveNode);
  container.addEventListener("mousemove", onMove);
  return () => {
    sigma.removeListener("clickStage", onClickStage);
    sigma.removeListener("enterNode", onEnterNode);
    sigma.removeListener("leaveNode", onLeaveNode);
    container.removeEventListener("mousemove", onMove);
    if (frame !== null) cancelAnimationFrame(frame);
  };
}
