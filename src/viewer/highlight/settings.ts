// Settings of the highlight layer, in sigma's pattern: the interface, the defaults in the same order, validation.
import { packColor } from "../dot-raster.ts";

export interface HighlightSettings {
  // Edges of the hovered node
  /** Pixels added to an edge's drawn width, so the neighbourhood stands out over the other edges. */
  edgeWidthBoost: number;
  /** Arrow head length in pixels on directed edges. */
  arrowLength: number;
  // Search matches
  /** A hex colour: rings are stamped into pixels. */
  ringColor: string;
  ringWidth: number;
  /** Pixels between a node's disc and its ring. */
  ringGap: number;
  /** Matches are labelled only when there are at most this many; more would be an unreadable pile. */
  maxMatchLabels: number;
}

export const DEFAULT_HIGHLIGHT_SETTINGS: Readonly<HighlightSettings> = Object.freeze({
  edgeWidthBoost: 1,
  arrowLength: 9,
  ringColor: "#1d2733",
  ringWidth: 2,
  ringGap: 2,
  maxMatchLabels: 40,
});

export class HighlightSettingsError extends Error {
  override name = "HighlightSettingsError";
}

export function validateHighlightSettings(settings: HighlightSettings): void {
  if (packColor(settings.ringColor) === null) throw new HighlightSettingsError(`newsgraph: highlight setting ringColor must be #rgb or #rrggbb, got ${settings.ringColor}`);
  for (const key of ["edgeWidthBoost", "arrowLength", "ringWidth", "ringGap", "maxMatchLabels"] as const) {
    const v = settings[key];
    if (!Number.isFinite(v) || v < 0) throw new HighlightSettingsError(`newsgraph: highlight setting ${key} must be a number ≥ 0, got ${String(v)}`);
  }
}

export function resolveHighlightSettings(partial: Partial<HighlightSettings> = {}): HighlightSettings {
  const settings = { ...DEFAULT_HIGHLIGHT_SETTINGS, ...partial };
  validateHighlightSettings(settings);
  return settings;
}
