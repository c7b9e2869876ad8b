// Turns one input file (name and bytes) into articles, or says why it was skipped. Pure: no file system,
// so the browser viewer builds dropped files with the same code.
import type { Article, SkippedInput } from "../model/article.ts";
import { decodeText } from "./decode-text.ts";
import { htmlArticle } from "./html-article.ts";
import { jsonlRecords, jsonRecords } from "./json-records.ts";
import { textArticle } from "./text-article.ts";

export interface InputFile {
  /** The path (or dropped file name) the user knows this input by. */
  name: string;
  bytes: Uint8Array;
}

export interface ParsedInput {
  articles: Article[];
  skipped: SkippedInput[];
}

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson", ".json"] as const;

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot).toLowerCase();
}

export function isSupported(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** Article id of a file: its name without the extension. */
export function idFromName(name: string): string {
  const ext = extensionOf(name);
  return ext ? name.slice(0, name.length - ext.length) : name;
}

export function parseInput(file: InputFile): ParsedInput {
  const ext = extensionOf(file.name);
  if (!isSupported(file.name)) {
    return {
      articles: [],
      skipped: [{
        source: file.name,
        reason: "unsupported-type",
        message: `"${ext || "no extension"}" is not a supported type; use ${SUPPORTED_EXTENSIONS.join(", ")}`,
      }],
    };
  }
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) return { articles: [], skipped: [{ source: file.name, reason: decoded.reason, message: decoded.message }] };
  const id = idFromName(file.name);
  switch (ext) {
    case ".jsonl":
    case ".ndjson":
      return jsonlRecords(file.name, decoded.text);
    case ".json":
      return jsonRecords(file.name, decoded.text);
    case ".html":
    case ".htm":
      return single(file.name, htmlArticle(id, decoded.text));
    default:
      return single(file.name, textArticle(id, decoded.text));
  }
}

function single(source: string, article: Article): ParsedInput {
  if (article.text.trim().length === 0) {
    return { articles: [], skipped: [{ source, reason: "no-text", message: "no article text was found in the file; check that it holds the article body" }] };
  }
  return { articles: [article], skipped: [] };
}
