// A tiny observable store: the one place the viewer's state changes, so panels, reducers and the URL stay in step.
import type { ViewerState } from "./types.ts";

export type Listener = (next: ViewerState, previous: ViewerState) => void;

export interface Store {
  get(): ViewerState;
  update(producer: (state: ViewerState) => ViewerState): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewerState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      const next = producer(state);
      if (next === previous) return;
      state = next;
      for (const listener of [...listeners]) listener(next, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
