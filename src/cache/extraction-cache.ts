// A folder of per-article extraction results keyed by content hash and pipeline fingerprint, so a rebuild only
// extracts the articles it has not seen. Entries are written atomically; a corrupt or foreign entry is ignored (and
// rewritten by the caller), never fatal.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../model/article.ts";
import type { ExtractedArticle } from "../pipeline/extract-article.ts";
import { lazyExtracted, packExtracted, type PackedTokens } from "../pipeline/packed-extracted.ts";

export interface CacheSettings {
  /** The cache folder, relative to the working directory. */
  dir: string;
}

export const DEFAULT_CACHE_SETTINGS: CacheSettings = {
  dir: ".newsgraph-cache",
};

export function validateCacheSettings(settings: CacheSettings): void {
  if (typeof settings.dir !== "string" || settings.dir.trim() === "") throw new Error("newsgraph: --cache needs a folder name");
}

/** An entry on disk: the extraction with its tokens packed (offsets, sentences, parts of speech as number lists). */
interface StoredEntry {
  key: string;
  extracted: ExtractedArticle;
  tokens: { starts: number[]; ends: number[]; sentences: number[]; pos: number[]; tags: string[] };
}

const isNumbers = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.length === length && value.every((n) => Number.isInteger(n));

/** The packed tokens of a parsed entry, or undefined when they are not whole. */
function storedTokens(value: unknown): PackedTokens | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const t = value as Partial<StoredEntry["tokens"]>;
  const n = Array.isArray(t.starts) ? t.starts.length : -1;
  if (!isNumbers(t.starts, n) || !isNumbers(t.ends, n) || !isNumbers(t.sentences, n) || !isNumbers(t.pos, n)) return undefined;
  if (!Array.isArray(t.tags) || !t.tags.every((tag) => typeof tag === "string") || !t.pos.every((i) => i >= 0 && i < (t.tags as string[]).length)) {
    return undefined;
  }
  return { starts: Int32Array.from(t.starts), ends: Int32Array.from(t.ends), sentences: Int32Array.from(t.sentences), pos: Uint8Array.from(t.pos), tags: t.tags };
}

export interface ExtractionCache {
  readonly dir: string;
  keyOf(article: Article): string;
  /** The cached result, or undefined when absent, unreadable, corrupt or for another article. */
  get(article: Article, key?: string): ExtractedArticle | undefined;
  set(article: Article, extracted: ExtractedArticle, key?: string): void;
}

function looksExtracted(value: unknown, article: Article): value is ExtractedArticle {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { segmented?: { article?: { id?: unknown; text?: unknown }; sentences?: unknown; tokens?: unknown }; recognised?: { mentions?: unknown; others?: unknown } };
  return (
    v.segmented?.article?.id === article.id &&
    v.segmented.article.text === article.text &&
    Array.isArray(v.segmented.sentences) &&
    Array.isArray(v.segmented.tokens) &&
    Array.isArray(v.recognised?.mentions) &&
    Array.isArray(v.recognised.others)
  );
}

export function openExtractionCache(fingerprint: string, settings: CacheSettings = DEFAULT_CACHE_SETTINGS): ExtractionCache {
  validateCacheSettings(settings);
  const dir = settings.dir;
  const pathOf = (key: string): string => join(dir, key.slice(0, 2), `${key}.json`);
  const keyOf = (article: Article): string => createHash("sha256").update(fingerprint).update("\0").update(JSON.stringify(article)).digest("hex");
  return {
    dir,
    keyOf,
    get(article, key = keyOf(article)) {
      let stored: StoredEntry;
      try {
        stored = JSON.parse(readFileSync(pathOf(key), "utf8")) as StoredEntry;
      } catch {
        return undefined;
      }
      if (typeof stored !== "object" || stored === null || stored.key !== key || !looksExtracted(stored.extracted, article)) return undefined;
      const tokens = storedTokens(stored.tokens);
      if (!tokens || tokens.ends.some((end, i) => end > article.text.length || end < (tokens.starts[i] as number))) return undefined;
      return lazyExtracted({ extracted: stored.extracted, tokens }, article);
    },
    set(article, extracted, key = keyOf(article)) {
      const path = pathOf(key);
      const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        const { extracted: rest, tokens } = packExtracted(extracted);
        const lists = { starts: [...tokens.starts], ends: [...tokens.ends], sentences: [...tokens.sentences], pos: [...tokens.pos], tags: tokens.tags };
        writeFileSync(temporary, JSON.stringify({ key, extracted: rest, tokens: lists } satisfies StoredEntry));
        renameSync(temporary, path);
      } catch {
        // A cache that cannot be written (read-only disk, full disk, a file where its folder should be) only costs
        // speed on the next run; the clean-up may fail for the same reason.
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written, or nothing can be.
        }
      }
    },
  };
}
