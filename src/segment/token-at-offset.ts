// Which token starts or ends at a character offset. Tokens are sorted by offset, so one binary search answers both.
import type { Token } from "../model/document.ts";

function search(tokens: readonly Token[], offset: number, edge: "start" | "end"): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = (tokens[mid] as Token)[edge];
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index of the token that starts at `offset`, or -1. */
export const tokenStartingAt = (tokens: readonly Token[], offset: number): number => search(tokens, offset, "start");

/** Index of the token that ends at `offset`, or -1. */
export const tokenEndingAt = (tokens: readonly Token[], offset: number): number => search(tokens, offset, "end");
