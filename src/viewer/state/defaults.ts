// Default viewer state: everything shown except co-mentions, which are weak evidence and clutter the picture.
import type { Filters, ViewerState } from "./types.ts";

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  hiddenKinds: [],
  hiddenFamilies: [],
  hiddenPredicates: [],
  hiddenOutlets: [],
  dateFrom: null,
  dateTo: null,
  minSupport: 1,
  hideCoMentions: true,
});

export function defaultFilters(): Filters {
  return {
    ...DEFAULT_FILTERS,
    hiddenKinds: [],
    hiddenFamilies: [],
    hiddenPredicates: [],
    hiddenOutlets: [],
  };
}

export function defaultState(): ViewerState {
  return { filters: defaultFilters(), selection: null, hovered: null, query: "", camera: null, article: null };
}
