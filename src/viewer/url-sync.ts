// Keeps the URL hash in step with the store (debounced, replaceState so the back button is not flooded), and
// applies a hash the user edits or pastes.
import type { Store } from "./state/index.ts";
import { parseHash, serialiseHash } from "./url-state.ts";

export const DEFAULT_HASH_DELAY_MS = 250;

export function mountUrlSync(store: Store, delay = DEFAULT_HASH_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = location.hash;
  const write = () => {
    const s = store.get();
    const hash = serialiseHash(s);
    if (hash === written) return;
    written = hash;
    history.replaceState(null, "", hash || location.pathname + location.search);
  };
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.selection === prev.selection && next.filters === prev.filters && next.camera === prev.camera) return;
    clearTimeout(timer);
    timer = setTimeout(write, delay);
  });
  const onHashChange = () => {
    if (location.hash === written) return;
    written = location.hash;
    const parsed = parseHash(location.hash);
    store.update((s) => ({ ...s, ...parsed }));
  };
  window.addEventListener("hashchange", onHashChange);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener("hashchange", onHashChange);
  };
}
