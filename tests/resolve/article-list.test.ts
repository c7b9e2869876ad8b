// Article lists answer as the Sets of article ids they replace, whatever order articles are added in.
import { describe, expect, it } from "vitest";
import { ArticleList, ArticleNumbers } from "../../src/resolve/article-list.ts";

describe("ArticleList", () => {
  it("holds each article once and answers membership like a Set", () => {
    const numbers = new ArticleNumbers();
    const list = new ArticleList(numbers);
    const set = new Set<string>();
    for (const id of ["a", "a", "b", "c", "b", "z", "a", "c"]) {
      list.add(id);
      set.add(id);
    }
    numbers.numberOf("never-added");
    for (const id of ["a", "b", "c", "z", "never-added", "unknown"]) expect(list.has(id)).toBe(set.has(id));
    expect([...list].sort()).toEqual([...set].sort());
  });

  it("merges two lists and copies without sharing", () => {
    const numbers = new ArticleNumbers();
    const one = new ArticleList(numbers);
    const two = new ArticleList(numbers);
    for (const id of ["a1", "a3", "a5"]) one.add(id);
    for (const id of ["a2", "a3", "a6"]) two.add(id);
    const copy = one.copy();
    one.addAll(two);
    expect([...one]).toEqual(["a1", "a3", "a5", "a2", "a6"].sort((x, y) => numbers.numberOf(x) - numbers.numberOf(y)));
    expect([...copy]).toEqual(["a1", "a3", "a5"]);
    expect(copy.has("a2")).toBe(false);
    expect(one.has("a6")).toBe(true);
  });
});
