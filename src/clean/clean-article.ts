// The clean stage: marks boilerplate ranges of an article (kept in `text`, skipped by extraction).
import type { Article, Span } from "../model/article.ts";
import type { CleanedArticle } from "../model/document.ts";
import { findArticleMetadata, splitLines } from "../load/article-metadata.ts";
import { DEFAULT_BOILERPLATE_RULES, type BoilerplateRule } from "./boilerplate-rules.ts";

/** Lines longer than this are body text whatever they contain; rules only look at shorter lines. */
const MAX_RULE_LINE = 600;

export function cleanArticle(article: Article, rules: readonly BoilerplateRule[] = DEFAULT_BOILERPLATE_RULES): CleanedArticle {
  const ranges: Span[] = findArticleMetadata(article.text).lines.map(({ start, end }) => ({ start, end }));
  const captions: Span[] = [];
  let inComments = false;
  for (const line of splitLines(article.text)) {
    const text = line.text.trim();
    if (!text) continue;
    // Everything after a "Comments" heading is the comment section.
    if (/^(?:comments|post a comment|leave a comment)\s*$/i.test(text)) inComments = true;
    if (inComments) {
      ranges.push({ start: line.start, end: line.end });
      continue;
    }
    const rule = text.length <= MAX_RULE_LINE ? rules.find((r) => r.test(text)) : undefined;
    if (rule?.name === "caption") captions.push({ start: line.start, end: line.end });
    else if (rule) ranges.push({ start: line.start, end: line.end });
  }
  return { article, boilerplate: mergeSpans(ranges), captions: mergeSpans(captions) };
}

export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** An article with nothing marked: for text that is known to be clean (evaluation documents). */
export function keepAll(article: Article): CleanedArticle {
  return { article, boilerplate: [], captions: [] };
}
