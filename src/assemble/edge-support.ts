// What an edge gathers article by article while the graph is assembled: the sentences that state it (its weight),
// the first of them in each article as packed citations, and its roles, so no relation has to outlive its article.
import type { Article } from "../model/article.ts";
import type { Relation } from "../model/relation.ts";
import { CitationPacker } from "./packed-citations.ts";

export class EdgeSupport {
  /** Distinct sentences that state the relation, across the corpus. */
  weight = 0;
  /** Article ids of the citations kept, in the order the articles were added. */
  readonly articles: string[] = [];
  readonly roles = new Set<string>();
  readonly citations: CitationPacker;

  /** `first` is the first relation of the edge in the corpus: it gives the predicate, family and quad. */
  constructor(readonly first: Relation, articles: readonly Article[], articleIndex: ReadonlyMap<string, number>) {
    this.citations = new CitationPacker(articles, articleIndex);
  }

  /**
   * Adds one article's relations of this edge, in the order they were found: one per sentence (the first) counts
   * and is cited in text order, at most `limit` of them.
   */
  addArticle(relations: readonly Relation[], limit: number): void {
    const sentences = new Set<number>();
    const distinct: Relation[] = [];
    for (const r of relations) {
      if (r.role) this.roles.add(r.role);
      if (sentences.has(r.citation.sentence)) continue;
      sentences.add(r.citation.sentence);
      distinct.push(r);
    }
    distinct.sort((a, b) => a.citation.start - b.citation.start);
    this.weight += distinct.length;
    const kept = Math.min(limit, distinct.length);
    for (let i = 0; i < kept; i++) this.citations.add((distinct[i] as Relation).citation);
    const article = (distinct[0] as Relation).citation.article;
    if (kept > 0 && this.articles[this.articles.length - 1] !== article) this.articles.push(article);
  }
}
