// One copy of each string from a small closed set (entity kinds, coarse types, mention sources, parts of speech,
// lexicon ids) in results that crossed a thread or came from the cache: structured cloning and JSON.parse give every
// mention its own copies, about 32 bytes each, which over a large corpus outweigh the mentions' numbers.

/**
 * Module-wide, which is safe because it changes no value, only which copy is kept. Only closed sets are passed in,
 * never text from articles, so it stays as small as the lexicon.
 */
const TABLE = new Map<string, string>();

export function sharedString<T extends string>(value: T): T {
  const known = TABLE.get(value);
  if (known !== undefined) return known as T;
  TABLE.set(value, value);
  return value;
}
