// Pure state producers: each takes a state and returns the next one, so the UI and the tests share them.
import type { Filters, Selection, ViewerState } from "./types.ts";
import { defaultFilters } from "./defaults.ts";

export function select(state: ViewerState, selection: Selection): ViewerState {
  return { ...state, selection, article: null };
}

export function hover(state: ViewerState, key: string | null): ViewerState {
  return state.hovered === key ? state : { ...state, hovered: key };
}

export function setQuery(state: ViewerState, query: string): ViewerState {
  return { ...state, query };
}

export function setFilters(state: ViewerState, patch: Partial<Filters>): ViewerState {
  return { ...state, filters: { ...state.filters, ...patch } };
}

/** Adds `value` to a hidden-list when `hidden` is true, removes it otherwise; keeps the list sorted and unique. */
export function toggleIn<T extends string>(list: readonly T[], value: T, hidden: boolean): T[] {
  const set = new Set(list);
  if (hidden) set.add(value);
  else set.delete(value);
  return [...set].sort();
}

export function openArticle(state: ViewerState, id: string, start: number, end: number): ViewerState {
  return { ...state, article: { id, start, end } };
}

export function closeArticle(state: ViewerState): ViewerState {
  return state.article ? { ...state, article: null } : state;
}

/** Reset keeps the camera so the user does not lose their place; the Fit button recentres. */
export function reset(state: ViewerState): ViewerState {
  return { ...state, filters: defaultFilters(), selection: null, query: "", article: null };
}
