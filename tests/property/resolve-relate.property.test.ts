// Property tests of resolve and relate over small generated corpora: every mention keeps its offsets and maps to an
// entity, every citation's quote is the text at its offsets, and both stages are deterministic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article.ts";
import type { Relation } from "../../src/model/relation.ts";
import { extractArticle, type ExtractedArticle } from "../../src/pipeline/extract-article.ts";
import { relateDocument } from "../../src/relate/relate-document.ts";
import { resolveMentions } from "../../src/resolve/resolve-mentions.ts";
import { context } from "../helpers/pipeline-context.ts";
import { newsCorpus, PROPERTY_TIMEOUT_MS, RERUN_EVERY } from "./news-text.ts";
import { check, checkCitation, checkMentions } from "./offset-checks.ts";

export const RESOLVE_RELATE_RUNS = 2000;

function resolveAndRelate(articles: readonly Article[]): { extracted: ExtractedArticle[]; resolution: ReturnType<typeof resolveMentions>; relations: Relation[] } {
  const ctx = context();
  const extracted = articles.map((a) => extractArticle(a, ctx));
  const resolution = resolveMentions(extracted, ctx.lexicon);
  const entities = new Map(resolution.entities.map((e) => [e.id, e]));
  const relations: Relation[] = [];
  for (const doc of extracted) {
    const mentions = resolution.mentions.filter((m) => m.article === doc.segmented.article.id).sort((a, b) => a.start - b.start);
    relations.push(...relateDocument({ segmented: doc.segmented, mentions, entityOf: resolution.entityOf, entities, lexicon: ctx.lexicon }));
  }
  return { extracted, resolution, relations };
}

describe("resolveMentions and relateDocument (property)", () => {
  it(`keep offsets and citations on the text and are deterministic (${RESOLVE_RELATE_RUNS} corpora)`, () => {
    let relationCount = 0;
    let runs = 0;
    const lexicon = context().lexicon;
    fc.assert(
      fc.property(newsCorpus, (articles) => {
        const { extracted, resolution, relations } = resolveAndRelate(articles);
        const byId = new Map(extracted.map((d) => [d.segmented.article.id, d.segmented]));
        const entityIds = new Set(resolution.entities.map((e) => e.id));
        const mentionIds = new Set(resolution.mentions.map((m) => m.id));
        for (const doc of byId.values()) checkMentions(doc, resolution.mentions.filter((m) => m.article === doc.article.id));
        for (const m of resolution.mentions) {
          check(byId.has(m.article), () => `mention ${m.id} names an unknown article`);
          const entity = resolution.entityOf.get(m.id);
          check(entity !== undefined && entityIds.has(entity), () => `mention ${m.id} maps to no entity`);
        }
        for (const e of resolution.entities) {
          check(e.mentionIds.length > 0 && e.mentionIds.every((id) => mentionIds.has(id)), () => `entity ${e.id} lists unknown mentions`);
          check(e.label.trim().length > 0, () => `entity ${e.id} has an empty label`);
        }
        for (const r of relations) {
          const doc = byId.get(r.citation.article);
          check(doc !== undefined, () => `relation cites unknown article ${r.citation.article}`);
          if (!doc) continue;
          checkCitation(r.citation, doc.article.text);
          const sentence = doc.sentences[r.citation.sentence];
          check(sentence !== undefined && sentence.start === r.citation.start && sentence.end === r.citation.end, () => "a citation is not its whole sentence");
          // relate links an institution to its country from the lexicon even when the country itself is never named.
          const known = (id: string): boolean => entityIds.has(id) || lexicon.entries.has(id);
          check(known(r.subject) && known(r.object), () => `relation ${r.predicate} links unknown entities ${r.subject} -> ${r.object}`);
        }
        relationCount += relations.length;
        if (runs++ % RERUN_EVERY !== 0) return;
        const again = resolveAndRelate(articles.map((a) => ({ ...a })));
        check(JSON.stringify(again.relations) === JSON.stringify(relations), () => "relate gave different relations on a second run");
        check(JSON.stringify(again.resolution.entities) === JSON.stringify(resolution.entities), () => "resolve gave different entities on a second run");
      }),
      { numRuns: RESOLVE_RELATE_RUNS, seed: 99 },
    );
    expect(relationCount).toBeGreaterThan(RESOLVE_RELATE_RUNS / 2);
  }, PROPERTY_TIMEOUT_MS);
});
