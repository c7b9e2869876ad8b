// Looks up a surface form in the lexicon outside a sentence, for the resolver comparing aliases across articles.
import type { Lexicon, LexiconName } from "./build-lexicon.ts";
import { compactName } from "./fold-name.ts";

/** Every way the lexicon can read `surface`, best first; empty when it is not a known name. */
export function lookupName(lexicon: Lexicon, surface: string): readonly LexiconName[] {
  return lexicon.names.get(compactName(surface)) ?? [];
}
