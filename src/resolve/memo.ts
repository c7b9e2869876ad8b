// A bounded cache for pure functions of a name: a corpus repeats the same few thousand surfaces in millions of
// mentions, and resolution works them out once per surface. Cleared when full, so memory stays bounded.

const DEFAULT_MEMO_LIMIT = 100_000;

export function memoByName<T>(compute: (name: string) => T, limit: number = DEFAULT_MEMO_LIMIT): (name: string) => T {
  const seen = new Map<string, T>();
  return (name) => {
    const known = seen.get(name);
    if (known !== undefined) return known;
    const value = compute(name);
    if (seen.size >= limit) seen.clear();
    seen.set(name, value);
    return value;
  };
}
