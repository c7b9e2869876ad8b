// The entity kinds and relation vocabulary of ONTOLOGY.md, as data, so every stage and the viewer share one list.

export const ENTITY_KINDS = ["person", "country", "place", "armed_group", "organization", "process"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Coarse types of the evaluation format (CoNLL-2003). */
export type CoarseType = "PER" | "ORG" | "LOC" | "MISC";

export const RELATION_FAMILIES = ["role", "location", "cooperation", "conflict", "mention"] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export const PREDICATES = [
  "holds_role_in",
  "leads",
  "member_of",
  "part_of",
  "affiliated_with",
  "located_in",
  "controls",
  "meets",
  "agrees_with",
  "supports",
  "calls_on",
  "participates_in",
  "hosts",
  "fights",
  "opposes",
  "threatens",
  "co_mentioned",
] as const;
export type Predicate = (typeof PREDICATES)[number];

export type Quad = "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict";

export const PREDICATE_FAMILY: Readonly<Record<Predicate, RelationFamily>> = {
  holds_role_in: "role",
  leads: "role",
  member_of: "role",
  part_of: "role",
  affiliated_with: "role",
  located_in: "location",
  controls: "location",
  meets: "cooperation",
  agrees_with: "cooperation",
  supports: "cooperation",
  calls_on: "cooperation",
  participates_in: "cooperation",
  hosts: "cooperation",
  fights: "conflict",
  opposes: "conflict",
  threatens: "conflict",
  co_mentioned: "mention",
};

export const PREDICATE_QUAD: Readonly<Partial<Record<Predicate, Quad>>> = {
  meets: "verbal_cooperation",
  agrees_with: "verbal_cooperation",
  calls_on: "verbal_cooperation",
  supports: "material_cooperation",
  participates_in: "material_cooperation",
  hosts: "material_cooperation",
  opposes: "verbal_conflict",
  threatens: "verbal_conflict",
  fights: "material_conflict",
};

/** Symmetric predicates keep one edge per pair, with the endpoint keys sorted. */
export const SYMMETRIC_PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>(["meets", "agrees_with", "co_mentioned"]);

export const KIND_COARSE: Readonly<Record<EntityKind, CoarseType>> = {
  person: "PER",
  country: "LOC",
  place: "LOC",
  armed_group: "ORG",
  organization: "ORG",
  process: "MISC",
};

/** Node colours by kind: a colour-blind-safe palette (Okabe–Ito), shared by the graph, the GEXF and the legend. */
export const KIND_COLOR: Readonly<Record<EntityKind, string>> = {
  person: "#0072b2",
  country: "#d55e00",
  place: "#009e73",
  armed_group: "#cc79a7",
  organization: "#e69f00",
  process: "#56b4e9",
};
