// The key that identical names share before any merge: the lexicon id, or the folded written form.
import type { Mention } from "../model/mention.ts";
import { foldName } from "../lexicon/index.ts";
import { memoByKey } from "../shared/memo.ts";

/** The key of a written form that no lexicon entry matched. */
export const keyOfSurface = memoByKey((surface) => `name:${foldName(surface.replace(/^the\s+/i, "").replace(/['’]s$/, ""))}`);

export function nameKey(m: Mention): string {
  return m.lexiconId ?? keyOfSurface(m.surface);
}
