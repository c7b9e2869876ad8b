// Annotation of one evaluation document: every recognised name with its coarse type and entity id, and the typed
// relations between them, in the prediction format of the evaluation scorer.
import type { Article } from "../model/article.ts";
import type { CoarseType } from "../model/ontology.ts";
import { relateDocument } from "../relate/relate-document.ts";
import { isContest } from "../relate/sports-context.ts";
import { resolveMentions } from "../resolve/resolve-mentions.ts";
import { findDescriptionsBefore } from "../resolve/descriptions-before.ts";
import { findRoleDescriptions } from "../resolve/role-descriptions.ts";
import { extractArticle } from "./extract-article.ts";
import { otherNameIds } from "./other-name-ids.ts";
import type { PipelineContext } from "./pipeline-context.ts";

export interface PredictedEntity {
  start: number;
  end: number;
  /**
   * ROLE marks a role description of a person ("the Foreign Secretary"), CODE a ship's code in brackets
   * ("DDG 70"), DESCRIPTION what a name before it is ("the U.K.'s assault ship"): mentions, but not names.
   */
  type: CoarseType | "ROLE" | "CODE" | "DESCRIPTION";
  entity?: string;
}

export interface PredictedRelation {
  head: { start: number; end: number };
  tail: { start: number; end: number };
  family: string;
  predicate: string;
}

export interface Prediction {
  id: string;
  entities: PredictedEntity[];
  relations: PredictedRelation[];
}

export function annotateDocument(id: string, text: string, context: PipelineContext): Prediction {
  const article: Article = { id, title: "", outlet: null, date: null, url: null, text };
  // Evaluation text is already clean: no line is boilerplate.
  const extracted = extractArticle(article, context, { clean: false });
  const resolution = resolveMentions([extracted], context.lexicon);
  const others = otherNameIds(extracted.segmented.tokens, extracted.recognised.others);
  // A ship's code in brackets is one mention: the tagger's "DDG" inside "(DDG 70)" is not an organisation.
  const codes = others.filter((o) => o.code);
  const inCode = (m: { start: number; end: number }): boolean => codes.some((c) => c.start <= m.start && m.end <= c.end);
  const entities: PredictedEntity[] = resolution.mentions.filter((m) => !inCode(m)).map((m) => {
    const entity = resolution.entityOf.get(m.id);
    return entity ? { start: m.start, end: m.end, type: m.coarse, entity } : { start: m.start, end: m.end, type: m.coarse };
  });
  // A gloss in brackets becomes one mention ("Jaysh at-Ta'ifa"), so the words the tagger found inside it go.
  const inMention = (o: { start: number; end: number }): boolean => resolution.mentions.some((m) => m.start <= o.start && o.end <= m.end);
  for (const o of others) if (!inMention(o)) entities.push({ start: o.start, end: o.end, type: o.type, entity: o.entity });
  const people = new Set(resolution.mentions.filter((m) => m.kind === "person").map((m) => m.start));
  const demonyms = new Set(resolution.mentions.filter((m) => m.demonym).map((m) => m.start));
  // Role descriptions are mentions of their person (same entity id) but not names: type ROLE is not scored as one.
  for (const d of findRoleDescriptions(extracted.segmented, resolution.mentions)) {
    const entity = resolution.entityOf.get(d.person);
    if (entity) entities.push({ start: d.start, end: d.end, type: "ROLE", entity });
  }
  // "the U.K.'s amphibious assault ship HMS Ocean": a description of a thing other than a person (people have
  // theirs above) is a mention of it too, and no more a name than a role is.
  const described = entities.filter((e) => e.entity && e.type !== "ROLE" && e.type !== "CODE" && !people.has(e.start) && !demonyms.has(e.start));
  for (const d of findDescriptionsBefore(extracted.segmented, resolution.mentions, described)) {
    entities.push({ start: d.start, end: d.end, type: "DESCRIPTION", entity: described[d.target]?.entity as string });
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  const relations: PredictedRelation[] = [];
  const relate = relateDocument({
    segmented: extracted.segmented,
    mentions: [...resolution.mentions].sort((a, b) => a.start - b.start),
    entityOf: resolution.entityOf,
    entities: new Map(resolution.entities.map((e) => [e.id, e])),
    lexicon: context.lexicon,
  });
  for (const r of relate) {
    const { subject, object } = r.citation;
    // The evaluation's conflict family counts the two sides of a match as opponents; the graph keeps a match as a
    // weak edge, since it is no political conflict.
    const family = isContest(r) ? "conflict" : r.family;
    if (family === "mention" || !subject || !object) continue;
    // "the Iraqi security forces" is part of Iraq, a fact for the graph; but both ends are one name in the text,
    // and a prediction is a relation between two mentions.
    if (subject[0] < object[1] && object[0] < subject[1]) continue;
    relations.push({
      head: { start: subject[0], end: subject[1] },
      tail: { start: object[0], end: object[1] },
      family,
      predicate: r.predicate,
    });
  }
  return { id, entities, relations };
}
