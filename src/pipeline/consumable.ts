// A list handed to a stage that uses each item up: the stage may read every item first, then takes them one by one,
// and each is let go as it is taken. Whoever made the list can keep holding it without keeping its items alive,
// which a plain array passed down a call chain cannot do: every frame that names it keeps all of it.

export class ConsumedError extends Error {
  override name = "ConsumedError";
}

export class Consumable<T> {
  /** The array the list was made from, emptied slot by slot as items are taken. */
  #items: Array<T | undefined>;
  #taken = 0;

  /** Takes over `items`: its slots are cleared as they are consumed, so the caller should not read it afterwards. */
  constructor(items: T[]) {
    this.#items = items;
  }

  get length(): number {
    return this.#items.length;
  }

  /** Every item, for passes that need them all before any is consumed. */
  all(): readonly T[] {
    if (this.#taken > 0) throw new ConsumedError("newsgraph: a consumable list was read whole after items were taken from it");
    return this.#items as readonly T[];
  }

  /** Each item in order, forgotten by the list as it is handed out. The list can be consumed once. */
  *consume(): Generator<T, void, undefined> {
    if (this.#taken > 0) throw new ConsumedError("newsgraph: a consumable list was consumed twice");
    const items = this.#items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      items[i] = undefined;
      this.#taken = i + 1;
      yield item;
    }
    // An empty list counts as consumed too, so a second pass fails the same way whatever the length.
    this.#taken = Math.max(this.#taken, 1);
  }
}
