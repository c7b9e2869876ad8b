// The assemble stage over a whole corpus's findings at once: a graphology graph with one node per entity and one
// edge per (subject, predicate, object), each carrying its citations and its support in distinct articles and
// outlets. The build itself folds article by article (graph-assembly.ts); this groups a corpus's findings that way.
import type { Article, SkippedInput } from "../model/article.ts";
import type { Entity } from "../model/entity.ts";
import type { KnowledgeGraph } from "../model/graph.ts";
import type { Mention } from "../model/mention.ts";
import type { Relation } from "../model/relation.ts";
import type { AssembleSettings } from "./assemble-settings.ts";
import { GraphAssembly } from "./graph-assembly.ts";
import type { SentenceSpans } from "./sentence-spans.ts";

export { FAMILY_COLOR } from "./graph-assembly.ts";

export interface AssembleInput {
  articles: readonly Article[];
  skipped: readonly SkippedInput[];
  entities: readonly Entity[];
  mentions: readonly Mention[];
  relations: readonly Relation[];
  /** Each article's sentence offsets, for node citations. */
  sentenceSpans: ReadonlyMap<string, SentenceSpans>;
}

interface ArticleFindings {
  mentions: Map<string, Mention[]>;
  relations: Relation[];
}

export function assembleGraph(input: AssembleInput, settings: Partial<AssembleSettings> = {}): KnowledgeGraph {
  const byArticle = new Map<string, ArticleFindings>();
  const findingsOf = (article: string): ArticleFindings => {
    let findings = byArticle.get(article);
    if (!findings) byArticle.set(article, (findings = { mentions: new Map(), relations: [] }));
    return findings;
  };
  // An entity's mentions are the ones its ids name, in the order it lists them.
  const mentionById = new Map<string, Mention>();
  for (const m of input.mentions) mentionById.set(m.id, m);
  for (const entity of input.entities) {
    for (const id of entity.mentionIds) {
      const m = mentionById.get(id);
      if (!m) continue;
      const byEntity = findingsOf(m.article).mentions;
      const list = byEntity.get(entity.id);
      if (list) list.push(m);
      else byEntity.set(entity.id, [m]);
    }
  }
  for (const r of input.relations) findingsOf(r.citation.article).relations.push(r);
  const assembly = new GraphAssembly(input.articles, input.skipped, input.entities, settings);
  // Corpus order first; findings naming an article the corpus does not have come last.
  const add = (article: string): void => {
    const findings = byArticle.get(article);
    if (!findings) return;
    byArticle.delete(article);
    assembly.addArticle(article, findings.mentions, findings.relations, input.sentenceSpans.get(article));
  };
  for (const article of input.articles) add(article.id);
  for (const article of [...byArticle.keys()]) add(article);
  return assembly.finish();
}
