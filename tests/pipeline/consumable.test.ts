// A consumable list hands each item out once and lets go of it, so the array it was made from no longer keeps the
// items alive; reading it whole is only allowed before anything was taken.
import { describe, expect, it } from "vitest";
import { Consumable, ConsumedError } from "../../src/pipeline/consumable.ts";

describe("Consumable", () => {
  it("reads whole before consumption, then hands items out in order and clears their slots", () => {
    const items = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const list = new Consumable(items);
    expect(list.all().map((x) => x.n)).toEqual([1, 2, 3]);
    const seen: number[] = [];
    for (const item of list.consume()) {
      seen.push(item.n);
      // The slot is already empty while the item is in use: only the consumer holds it now.
      expect(items[seen.length - 1]).toBeUndefined();
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(items.every((x) => x === undefined)).toBe(true);
    expect(list.length).toBe(3);
  });

  it("refuses a second consumption and a whole read after items were taken", () => {
    const list = new Consumable(["a", "b"]);
    const first = list.consume();
    expect(first.next().value).toBe("a");
    expect(() => list.all()).toThrow(ConsumedError);
    expect(() => [...list.consume()]).toThrow(ConsumedError);
  });

  it("counts an empty list as consumed once iterated", () => {
    const list = new Consumable<number>([]);
    expect([...list.consume()]).toEqual([]);
    expect(() => [...list.consume()]).toThrow(ConsumedError);
  });
});
