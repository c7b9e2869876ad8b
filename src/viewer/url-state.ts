// The shareable part of the viewer state in the URL hash: selection, filters and camera. Only values that
// differ from the defaults are written, and anything unreadable in a hand-edited link falls back to the default.
import type { EntityKind, Predicate, RelationFamily } from "../model/index.ts";
import { ENTITY_KINDS, PREDICATES, RELATION_FAMILIES } from "../model/index.ts";
import { defaultFilters } from "./state/defaults.ts";
import type { CameraView, Filters, Selection, ViewerState } from "./state/types.ts";

export interface HashState {
  selection: Selection;
  filters: Filters;
  camera: CameraView | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value ? value.split(",").map(decodeURIComponent).filter(Boolean) : [];
}

function known<T extends string>(values: string[], allowed: readonly T[]): T[] {
  const set = new Set<string>(allowed);
  return [...new Set(values.filter((v): v is T => set.has(v)))].sort();
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const filters = defaultFilters();
  filters.hiddenKinds = known<EntityKind>(list(params.get("hide-kinds")), ENTITY_KINDS);
  filters.hiddenFamilies = known<RelationFamily>(list(params.get("hide-families")), RELATION_FAMILIES);
  filters.hiddenPredicates = known<Predicate>(list(params.get("hide-predicates")), PREDICATES);
  filters.hiddenOutlets = [...new Set(list(params.get("hide-outlets")))].sort();
  const from = params.get("from");
  const to = params.get("to");
  if (from && DATE.test(from)) filters.dateFrom = from;
  if (to && DATE.test(to)) filters.dateTo = to;
  const min = Number(params.get("min"));
  if (Number.isInteger(min) && min > 1) filters.minSupport = min;
  if (params.get("co-mentions") === "1") filters.hideCoMentions = false;

  const node = params.get("node");
  const edge = params.get("edge");
  const selection: Selection = node ? { type: "node", key: node } : edge ? { type: "edge", key: edge } : null;

  let camera: CameraView | null = null;
  const cam = (params.get("camera") ?? "").split(",").map(Number);
  if (cam.length === 4 && cam.every(Number.isFinite) && (cam[2] ?? 0) > 0) {
    const [x = 0, y = 0, ratio = 1, angle = 0] = cam;
    camera = { x, y, ratio, angle };
  }
  return { selection, filters, camera };
}

export function serialiseHash(state: Pick<ViewerState, "selection" | "filters" | "camera">): string {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.type, state.selection.key);
  const f = state.filters;
  const put = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, [...values].sort().map(encodeURIComponent).join(","));
  };
  put("hide-kinds", f.hiddenKinds);
  put("hide-families", f.hiddenFamilies);
  put("hide-predicates", f.hiddenPredicates);
  put("hide-outlets", f.hiddenOutlets);
  if (f.dateFrom) params.set("from", f.dateFrom);
  if (f.dateTo) params.set("to", f.dateTo);
  if (f.minSupport > 1) params.set("min", String(f.minSupport));
  if (!f.hideCoMentions) params.set("co-mentions", "1");
  if (state.camera) {
    const c = state.camera;
    params.set("camera", [c.x, c.y, c.ratio, c.angle].map(round).join(","));
  }
  const text = params.toString();
  return text ? `#${text}` : "";
}
