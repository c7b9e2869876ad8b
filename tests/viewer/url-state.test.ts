// URL hash state: a link must reopen the same view, and a mangled link must fall back to defaults, not crash.
import { describe, expect, it } from "vitest";
import { defaultFilters } from "../../src/viewer/state/defaults.ts";
import { parseHash, serialiseHash, type HashState } from "../../src/viewer/url-state.ts";

describe("url-state", () => {
  it("writes nothing for the default view", () => {
    expect(serialiseHash({ selection: null, filters: defaultFilters(), camera: null })).toBe("");
    expect(parseHash("")).toEqual({ selection: null, filters: defaultFilters(), camera: null });
  });

  it("round-trips selection, every filter and the camera", () => {
    const state: HashState = {
      selection: { type: "node", key: "country:turkey" },
      filters: {
        hiddenKinds: ["place", "process"],
        hiddenFamilies: ["role"],
        hiddenPredicates: ["located_in"],
        hiddenOutlets: ["Al Jazeera", "Press, TV & Co"],
        dateFrom: "2018-11-01",
        dateTo: "2018-12-31",
        minSupport: 3,
        hideCoMentions: false,
      },
      camera: { x: 0.5123, y: 0.25, ratio: 0.7, angle: 0 },
    };
    const hash = serialiseHash(state);
    expect(hash.startsWith("#node=country%3Aturkey")).toBe(true);
    expect(parseHash(hash)).toEqual(state);
  });

  it("round-trips an edge key with pipes and colons", () => {
    const key = "country:russia|agrees_with|country:turkey";
    const parsed = parseHash(serialiseHash({ selection: { type: "edge", key }, filters: defaultFilters(), camera: null }));
    expect(parsed.selection).toEqual({ type: "edge", key });
  });

  it("ignores unknown kinds, bad dates, bad numbers and a broken camera", () => {
    const parsed = parseHash("#hide-kinds=person,wizard&from=yesterday&min=-4&camera=1,2,nope");
    expect(parsed.filters.hiddenKinds).toEqual(["person"]);
    expect(parsed.filters.dateFrom).toBeNull();
    expect(parsed.filters.minSupport).toBe(1);
    expect(parsed.camera).toBeNull();
  });
});
