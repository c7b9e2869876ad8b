// Lookup tables keyed by words read from articles. An object literal inherits Object's properties, so the word
// "constructor" would find a function; a table without a prototype finds nothing for words it does not list.

export function wordTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
