// Makes a Relation from two sentence mentions with its citation, enforcing which kinds each predicate accepts.
import type { Sentence } from "../model/document.ts";
import type { EntityKind, Predicate } from "../model/ontology.ts";
import { PREDICATE_FAMILY, PREDICATE_QUAD } from "../model/ontology.ts";
import type { Citation, Relation } from "../model/relation.ts";
import type { SentenceMention } from "./sentence-view.ts";

type KindSet = ReadonlySet<EntityKind>;
const ACTORS: KindSet = new Set(["person", "country", "armed_group", "organization"]);
const GROUPS: KindSet = new Set(["country", "armed_group", "organization"]);
const ANY: KindSet = new Set(["person", "country", "place", "armed_group", "organization", "process"]);
const WHERE: KindSet = new Set(["place", "country"]);

/** Which kinds may be subject and object of each predicate: places do not act, people do not contain cities. */
const ALLOWED: Readonly<Record<Predicate, readonly [KindSet, KindSet]>> = {
  holds_role_in: [new Set(["person"]), GROUPS],
  leads: [ACTORS, new Set(["country", "armed_group", "organization", "process"])],
  member_of: [ACTORS, new Set(["armed_group", "organization"])],
  part_of: [new Set(["armed_group", "organization", "place"]), new Set(["country", "armed_group", "organization", "place"])],
  affiliated_with: [ACTORS, ACTORS],
  // People live in places and organisations are based in them ("Kevin O'Brien of Bethany", "Reuters in London").
  located_in: [new Set(["place", "person", "organization", "armed_group"]), WHERE],
  controls: [ACTORS, WHERE],
  meets: [ACTORS, ACTORS],
  agrees_with: [ACTORS, ACTORS],
  supports: [ACTORS, ACTORS],
  calls_on: [ACTORS, ACTORS],
  participates_in: [ACTORS, new Set(["process", "organization"])],
  hosts: [new Set(["person", "country", "place", "organization"]), ANY],
  fights: [ACTORS, new Set(["person", "country", "place", "armed_group", "organization"])],
  opposes: [ACTORS, ACTORS],
  threatens: [ACTORS, new Set(["person", "country", "place", "armed_group", "organization"])],
  co_mentioned: [ANY, ANY],
};

export interface RelationContext {
  article: string;
  sentence: Sentence;
  quote: string;
  attributedTo?: string;
}

export interface RelationOptions {
  cue: string;
  hedge?: string;
  role?: string;
}

export function makeRelation(
  ctx: RelationContext,
  predicate: Predicate,
  subject: SentenceMention,
  object: SentenceMention,
  options: RelationOptions,
): Relation | null {
  // An unresolved description ("the militant group" with no antecedent) blocks a pattern but relates nothing.
  if (subject.entity === object.entity || !subject.entity || !object.entity) return null;
  const [subjects, objects] = ALLOWED[predicate];
  if (!subjects.has(subject.kind) || !objects.has(object.kind)) return null;
  const citation: Citation = {
    article: ctx.article,
    sentence: ctx.sentence.index,
    start: ctx.sentence.start,
    end: ctx.sentence.end,
    quote: ctx.quote,
    subject: [subject.start, subject.endChar],
    object: [object.start, object.endChar],
  };
  if (ctx.attributedTo) citation.attributedTo = ctx.attributedTo;
  if (options.hedge) citation.hedge = options.hedge;
  const relation: Relation = {
    subject: subject.entity,
    object: object.entity,
    predicate,
    family: PREDICATE_FAMILY[predicate],
    cue: options.cue,
    citation,
  };
  const quad = PREDICATE_QUAD[predicate];
  if (quad) relation.quad = quad;
  if (options.role) relation.role = options.role;
  return relation;
}
