// What a node gathers article by article while the graph is assembled: its mention count, the articles that mention
// it, and its citations (the first mention of each sentence, packed), so no mention has to outlive its article.
import type { Article } from "../model/article.ts";
import type { Mention } from "../model/mention.ts";
import { CitationPacker } from "./packed-citations.ts";
import { sentenceSpan, type SentenceSpans } from "./sentence-spans.ts";

export class NodeSupport {
  mentions = 0;
  /** Distinct article ids, in the order the articles were added. */
  readonly articles: string[] = [];
  readonly citations: CitationPacker;

  constructor(articles: readonly Article[], articleIndex: ReadonlyMap<string, number>) {
    this.citations = new CitationPacker(articles, articleIndex);
  }

  /**
   * Adds one article's mentions of the entity: every mention counts, and the first mention of each sentence, in
   * text order, is cited, at most `limit` of them.
   */
  addArticle(article: string, index: number | undefined, mentions: readonly Mention[], spans: SentenceSpans | undefined, limit: number): void {
    this.mentions += mentions.length;
    if (this.articles[this.articles.length - 1] !== article) this.articles.push(article);
    const first = new Map<number, Mention>();
    for (const m of mentions) {
      const seen = first.get(m.sentence);
      if (!seen || m.start < seen.start) first.set(m.sentence, m);
    }
    const sentences = [...first.values()].sort((a, b) => a.start - b.start);
    let count = 0;
    for (const m of sentences) {
      if (count >= limit) break;
      const span = spans && sentenceSpan(spans, m.sentence);
      if (!span || index === undefined) continue;
      count++;
      this.citations.addMention(index, m.sentence, span[0], span[1], m.start, m.end);
    }
  }
}
