// The key that identical names share before any merge: the lexicon id, or the folded written form.
import type { Mention } from "../model/mention.ts";
import { foldName } from "../lexicon/index.ts";

export function nameKey(m: Mention): string {
  if (m.lexiconId) return m.lexiconId;
  return `name:${foldName(m.surface.replace(/^the\s+/i, "").replace(/['’]s$/, ""))}`;
}
