// The lexicon of well-known actors: its entry format, parser, index, matcher and the default data.
export type { LexiconEntry, LexiconForm } from "./lexicon-entry.ts";
export { LexiconError } from "./lexicon-error.ts";
export { foldName, compactName } from "./fold-name.ts";
export { parseLexicon } from "./parse-lexicon.ts";
export { buildLexicon, caseRuleOf } from "./build-lexicon.ts";
export type { Lexicon, LexiconName, LexiconTrieNode, CaseRule } from "./build-lexicon.ts";
export { matchLexicon } from "./match-lexicon.ts";
export type { LexiconMatch } from "./match-lexicon.ts";
export { lookupName } from "./lookup-name.ts";
export { DEFAULT_LEXICON, DEFAULT_LEXICON_FILES, DEFAULT_LEXICON_ENTRIES } from "./default-lexicon.ts";
