// State producers and the store: the store notifies only on change, and producers never mutate their input.
import { describe, expect, it, vi } from "vitest";
import { createStore, defaultState, hover, openArticle, reset, select, setFilters, toggleIn } from "../../src/viewer/state/index.ts";

describe("viewer state", () => {
  it("starts with co-mentions hidden and nothing selected", () => {
    const s = defaultState();
    expect(s.filters.hideCoMentions).toBe(true);
    expect(s.selection).toBeNull();
  });

  it("selecting closes the open article", () => {
    const s = openArticle(defaultState(), "a.txt", 3, 9);
    expect(s.article).toEqual({ id: "a.txt", start: 3, end: 9 });
    expect(select(s, { type: "node", key: "n" }).article).toBeNull();
  });

  it("toggleIn keeps a sorted unique list", () => {
    expect(toggleIn(["b"], "a", true)).toEqual(["a", "b"]);
    expect(toggleIn(["a", "b"], "a", true)).toEqual(["a", "b"]);
    expect(toggleIn(["a", "b"], "a", false)).toEqual(["b"]);
  });

  it("reset clears filters, selection and query but keeps the camera", () => {
    let s = setFilters(defaultState(), { minSupport: 4, hiddenKinds: ["place"] });
    s = { ...select(s, { type: "edge", key: "e" }), query: "tur", camera: { x: 1, y: 1, ratio: 2, angle: 0 } };
    const r = reset(s);
    expect(r.filters).toEqual(defaultState().filters);
    expect(r.selection).toBeNull();
    expect(r.query).toBe("");
    expect(r.camera).toEqual(s.camera);
  });

  it("the store notifies on change only, with the previous state", () => {
    const store = createStore(defaultState());
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((s) => hover(s, null));
    expect(listener).not.toHaveBeenCalled();
    const before = store.get();
    store.update((s) => hover(s, "country:turkey"));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[1]).toBe(before);
    expect(before.hovered).toBeNull();
  });
});
