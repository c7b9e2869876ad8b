// The compact mention → entity index answers as the Map it replaces would.
import { describe, expect, it } from "vitest";
import { MentionEntityIndex } from "../../src/resolve/mention-entity-index.ts";

describe("MentionEntityIndex", () => {
  it("answers like a Map: known ids, unknown ids, a later setting winning", () => {
    const builder = MentionEntityIndex.builder();
    const map = new Map<string, string>();
    const sets: Array<[string, string]> = [
      ["a1#40", "country:turkey"], ["a1#3", "person:vladimir-putin"], ["b#2#7", "country:russia"],
      ["a1#120", "country:turkey"], ["a1#3", "country:russia"], ["a2#0", "organization:hts"],
    ];
    for (const [mention, entity] of sets) {
      builder.set(mention, entity);
      map.set(mention, entity);
    }
    const index = builder.finish();
    for (const id of ["a1#40", "a1#3", "b#2#7", "a1#120", "a2#0", "a1#41", "a3#0", "b#2", "nonsense", "a1#", "a1#0", "a1#-3", "a1#4.0"]) expect(index.get(id)).toBe(map.get(id));
  });

  it("refuses a mention id that is not article#start", () => {
    expect(() => MentionEntityIndex.builder().set("a1-40", "x")).toThrow(/article#start/);
  });
});
