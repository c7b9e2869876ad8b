// A bounded cache for pure functions of a string: a corpus repeats the same few thousand names in millions of
// mentions, and a scraped page the same lines, so each is worked out once. Cleared when full, so memory stays
// bounded.

const DEFAULT_MEMO_LIMIT = 100_000;

export function memoByKey<T>(compute: (key: string) => T, limit: number = DEFAULT_MEMO_LIMIT): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (seen.size >= limit) seen.clear();
    seen.set(key, value);
    return value;
  };
}
