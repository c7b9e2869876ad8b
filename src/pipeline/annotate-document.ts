// Annotation of one evaluation document: every recognised name with its coarse type and entity id, and the typed
// relations between them, in the prediction format of the evaluation scorer.
import type { Article } from "../model/article.ts";
import type { CoarseType } from "../model/ontology.ts";
import { relateDocument } from "../relate/relate-document.ts";
import { isContest } from "../relate/sports-context.ts";
import { resolveMentions } from "../resolve/resolve-mentions.ts";
import { findRoleDescriptions } from "../resolve/role-descriptions.ts";
import { extractArticle } from "./extract-article.ts";
import type { PipelineContext } from "./pipeline-context.ts";

export interface PredictedEntity {
  start: number;
  end: number;
  /** ROLE marks a role description of a person ("the Foreign Secretary"): a mention, but not a name. */
  type: CoarseType | "ROLE";
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
  const entities: PredictedEntity[] = resolution.mentions.map((m) => {
    const entity = resolution.entityOf.get(m.id);
    return entity ? { start: m.start, end: m.end, type: m.coarse, entity } : { start: m.start, end: m.end, type: m.coarse };
  });
  for (const o of extracted.recognised.others) entities.push({ start: o.start, end: o.end, type: o.coarse });
  // Role descriptions are mentions of their person (same entity id) but not names: type ROLE is not scored as one.
  for (const d of findRoleDescriptions(extracted.segmented, resolution.mentions)) {
    const entity = resolution.entityOf.get(d.person);
    if (entity) entities.push({ start: d.start, end: d.end, type: "ROLE", entity });
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
