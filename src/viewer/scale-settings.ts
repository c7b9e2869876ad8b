// Graph sizes at which the viewer changes how it draws, in sigma's settings pattern: the interface, the defaults
// in the same order, validation. Small graphs get every nicety; big ones keep interactions cheap.

export interface ScaleSettings {
  // Labels
  /** Below this many nodes, every label that fits is drawn. */
  smallGraphNodes: number;
  // Interactions
  /** Above this many edges, hover, selection and search are drawn on the highlight layer, not by the reducers. */
  highlightOnLayerAboveEdges: number;
  /** Above this many edges, edges under the pointer are found by geometry instead of sigma's picking pass. */
  edgeEventsOnCpuAboveEdges: number;
  /** Above this many edges, edges are not drawn while the camera moves. */
  hideEdgesOnMoveAboveEdges: number;
  /** Above this many edges, edges are not drawn while ForceAtlas2 runs. */
  hideEdgesDuringLayoutAboveEdges: number;
  // Drawing
  /** Above this many edges, edges are one-pixel lines (arrow heads kept) instead of bands as thick as their support. */
  thinEdgesAboveEdges: number;
  // Loading
  /** Above this many edges, the first frame is drawn on a 2D canvas from the graph's preview (poster-frame.ts). */
  posterFrameAboveEdges: number;
}

export const DEFAULT_SCALE_SETTINGS: Readonly<ScaleSettings> = Object.freeze({
  smallGraphNodes: 300,
  highlightOnLayerAboveEdges: 5_000,
  edgeEventsOnCpuAboveEdges: 5_000,
  hideEdgesOnMoveAboveEdges: 20_000,
  hideEdgesDuringLayoutAboveEdges: 20_000,
  thinEdgesAboveEdges: 20_000,
  posterFrameAboveEdges: 20_000,
});

export class ScaleSettingsError extends Error {
  override name = "ScaleSettingsError";
}

export function validateScaleSettings(settings: ScaleSettings): void {
  for (const [key, value] of Object.entries(settings)) {
    if (!Number.isInteger(value) || value < 0) throw new ScaleSettingsError(`newsgraph: scale setting ${key} must be a whole number ≥ 0, got ${String(value)}`);
  }
}

export function resolveScaleSettings(partial: Partial<ScaleSettings> = {}): ScaleSettings {
  const settings = { ...DEFAULT_SCALE_SETTINGS, ...partial };
  validateScaleSettings(settings);
  return settings;
}
