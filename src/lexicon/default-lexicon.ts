// The lexicon shipped in data/lexicon/, imported statically so it works under tsx and in a Vite bundle alike.
import countries from "../../data/lexicon/countries.json" with { type: "json" };
import places from "../../data/lexicon/places.json" with { type: "json" };
import people from "../../data/lexicon/people.json" with { type: "json" };
import armedGroups from "../../data/lexicon/armed-groups.json" with { type: "json" };
import organizations from "../../data/lexicon/organizations.json" with { type: "json" };
import companies from "../../data/lexicon/companies.json" with { type: "json" };
import parties from "../../data/lexicon/parties.json" with { type: "json" };
import processes from "../../data/lexicon/processes.json" with { type: "json" };
import { buildLexicon, type Lexicon } from "./build-lexicon.ts";
import type { LexiconEntry } from "./lexicon-entry.ts";
import { parseLexicon } from "./parse-lexicon.ts";

/** The default files in load order; a place listed in places.json can extend a generated capital. */
export const DEFAULT_LEXICON_FILES: readonly (readonly [string, unknown])[] = [
  ["data/lexicon/countries.json", countries],
  ["data/lexicon/places.json", places],
  ["data/lexicon/people.json", people],
  ["data/lexicon/armed-groups.json", armedGroups],
  ["data/lexicon/organizations.json", organizations],
  ["data/lexicon/companies.json", companies],
  ["data/lexicon/parties.json", parties],
  ["data/lexicon/processes.json", processes],
];

export const DEFAULT_LEXICON_ENTRIES: readonly LexiconEntry[][] = DEFAULT_LEXICON_FILES.map(([source, json]) =>
  parseLexicon(json, source),
);

export const DEFAULT_LEXICON: Lexicon = buildLexicon(DEFAULT_LEXICON_ENTRIES);
