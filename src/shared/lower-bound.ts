// Binary search in a sorted list of numbers (a plain array or a typed array).

/** Index of the first element of `list` (sorted ascending) that is ≥ n; `list.length` when there is none. */
export function lowerBound(list: ArrayLike<number>, n: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
