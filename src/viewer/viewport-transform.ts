// Graph coordinates to viewport pixels for sigma's current camera, as one affine map: cheap enough to apply to
// every node, where sigma's own conversion recomputes its matrix or needs display data it may not have.
import type { KnowledgeSigma } from "./renderer.ts";

/**
 * Graph coordinates to viewport pixels for the current camera. The map is affine, so three points fix it; sigma
 * keeps no camera matrix while its graph is empty, so the camera state is passed explicitly.
 */
export function viewportTransform(sigma: KnowledgeSigma): (x: number, y: number) => { x: number; y: number } {
  const cameraState = sigma.getCamera().getState();
  const o = sigma.graphToViewport({ x: 0, y: 0 }, { cameraState });
  const ex = sigma.graphToViewport({ x: 1, y: 0 }, { cameraState });
  const ey = sigma.graphToViewport({ x: 0, y: 1 }, { cameraState });
  const [ax, ay, bx, by] = [ex.x - o.x, ex.y - o.y, ey.x - o.x, ey.y - o.y];
  return (x, y) => ({ x: o.x + x * ax + y * bx, y: o.y + x * ay + y * by });
}
