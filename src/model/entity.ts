// A resolved entity: the canonical node that one or more mentions refer to.
import type { Mention } from "./mention.ts";
import type { EntityKind } from "./ontology.ts";

/** Why two names were merged into one entity. */
export type MergeReason =
  | "exact"
  | "lexicon"
  | "acronym"
  | "transliteration"
  | "typo"
  | "partial-name"
  | "demonym"
  | "metonymy"
  /** The text says so: a second name in brackets, "also known as", "officially". */
  | "stated"
  /** A unit's code in brackets after its name: "USS Calder ( DDG 91 )". */
  | "designation"
  | "normalised";

export interface AliasRecord {
  alias: string;
  reason: MergeReason;
  /** The name the alias was merged into. */
  into: string;
}

export interface Entity {
  /** Stable id derived from the canonical name or lexicon id (e.g. "country:russia"). */
  id: string;
  label: string;
  kind: EntityKind;
  /** Every surface form seen, sorted. */
  aliases: string[];
  merges: AliasRecord[];
  wikidata?: string;
  /** Ids of the mentions that refer to this entity, in document order. */
  mentionIds: string[];
}

/** Mention id -> entity id: a Map will do; resolution gives a compact index (resolve/mention-entity-index.ts). */
export interface EntityLookup {
  get(mentionId: string): string | undefined;
}

export interface Resolution {
  entities: Entity[];
  /** Every mention, including those the resolver added (bare acronyms) or retargeted (metonymy). */
  mentions: Mention[];
  /** Mention id -> entity id. */
  entityOf: EntityLookup;
}
