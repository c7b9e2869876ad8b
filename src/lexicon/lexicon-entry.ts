// The shape of one lexicon entry, shared by the JSON files in data/lexicon/, the parser and the matcher.
import type { EntityKind } from "../model/ontology.ts";

export interface LexiconEntry {
  /** Stable id, `kind:slug` by convention (`country:russia`). Later files override earlier ones by id. */
  id: string;
  label: string;
  kind: EntityKind;
  /** Other names of the entity; the label is always matched too. */
  aliases: string[];
  /** Adjectives and nouns for a country's people ("Russian", "Russians"), matched as form "demonym". */
  demonyms?: string[];
  /** Ids of the `place` entries that are this country's capitals. */
  capitals?: string[];
  /** On a `place`: the country it is the capital of, so the resolver can read "Moscow said" as Russia. */
  capitalOf?: string;
  /** The country a person, group or place belongs to. */
  country?: string;
  /** Wikidata Q-id, only where it is certain. */
  wikidata?: string;
}

/** How a match names its entry: by one of its names, as a demonym, or as a capital city standing for a country. */
export type LexiconForm = "name" | "demonym" | "capital";
