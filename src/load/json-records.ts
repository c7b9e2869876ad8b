// Reads .jsonl and .json article records ({id, title, text, outlet|source, date, url}); a malformed line is skipped
// with its line number, and the rest are kept.
import type { Article, SkippedInput } from "../model/article.ts";
import { parseDateLine } from "./article-metadata.ts";

export interface RecordsResult {
  articles: Article[];
  skipped: SkippedInput[];
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim().length > 0 ? value : null;
}

function normaliseDate(value: unknown): string | null {
  const s = str(value);
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  return parseDateLine(s);
}

/** Turns one parsed record into an article, or explains why it cannot be one. */
export function recordToArticle(record: unknown, fallbackId: string): Article | string {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return "the record is not a JSON object; each line must be {\"id\", \"title\", \"text\"}";
  }
  const r = record as Record<string, unknown>;
  const text = str(r.text) ?? str(r.body) ?? str(r.content);
  if (!text) return "the record has no \"text\" string; add the article body as \"text\"";
  const id = str(r.id) ?? (typeof r.id === "number" ? String(r.id) : null) ?? fallbackId;
  return {
    id,
    title: str(r.title) ?? text.split("\n").find((l) => l.trim())?.trim() ?? id,
    outlet: str(r.outlet) ?? str(r.source) ?? null,
    date: normaliseDate(r.date ?? r.published ?? r.published_at),
    url: str(r.url) ?? str(r.link) ?? null,
    text,
  };
}

function describeJsonError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One JSON Lines record: an article, a skip with its line number, or null for a blank line. */
export function jsonlLine(source: string, lineNumber: number, raw: string): Article | SkippedInput | null {
  const line = raw.trim();
  if (!line) return null;
  const where = `${source}:${lineNumber}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return {
      source: where,
      reason: "malformed-json",
      message: `line ${lineNumber} is not valid JSON (${describeJsonError(error)}); fix or delete that line`,
    };
  }
  const article = recordToArticle(parsed, where);
  return typeof article === "string" ? { source: where, reason: "malformed-json", message: `line ${lineNumber}: ${article}` } : article;
}

export function isSkip(value: Article | SkippedInput): value is SkippedInput {
  return "reason" in value;
}

/** Parses JSON Lines: one record per line; blank lines are ignored. */
export function jsonlRecords(source: string, text: string): RecordsResult {
  const result: RecordsResult = { articles: [], skipped: [] };
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const record = jsonlLine(source, i + 1, lines[i] as string);
    if (record === null) continue;
    if (isSkip(record)) result.skipped.push(record);
    else result.articles.push(record);
  }
  return result;
}

/** Parses a .json file: one record, an array of records, or {"articles": [...]}. */
export function jsonRecords(source: string, text: string): RecordsResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      articles: [],
      skipped: [{ source, reason: "malformed-json", message: `not valid JSON (${describeJsonError(error)}); fix the file or save it as .jsonl` }],
    };
  }
  const list =
    Array.isArray(parsed) ? parsed
    : typeof parsed === "object" && parsed !== null && Array.isArray((parsed as { articles?: unknown }).articles)
      ? ((parsed as { articles: unknown[] }).articles)
      : [parsed];
  const result: RecordsResult = { articles: [], skipped: [] };
  list.forEach((record, index) => {
    const where = list.length > 1 ? `${source}[${index}]` : source;
    const article = recordToArticle(record, where);
    if (typeof article === "string") result.skipped.push({ source: where, reason: "malformed-json", message: article });
    else result.articles.push(article);
  });
  return result;
}
