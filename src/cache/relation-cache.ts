// Each article's relations kept between builds, beside the extraction cache: keyed by the article, the signature of
// what resolution found for its mentions (src/relate/relation-signature.ts) and a fingerprint of the code, so a
// rebuild relates again only the articles whose mentions resolved differently. Entries are written atomically; a
// corrupt or foreign entry is ignored (and rewritten), never fatal.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Relation } from "../model/relation.ts";
import type { RelationStore } from "../pipeline/relation-store.ts";
import type { RelateInput } from "../relate/relate-document.ts";
import { DEFAULT_CACHE_SETTINGS, validateCacheSettings, type CacheSettings } from "./extraction-cache.ts";

/** The sub-folder of the cache folder that holds relations. */
export const RELATION_CACHE_FOLDER = "relations";

interface StoredRelations {
  key: string;
  relations: Relation[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether `value` is a relation citing a sentence of this article, with the quote its offsets give. */
function looksRelated(value: unknown, input: RelateInput): value is Relation {
  if (!isRecord(value) || !isRecord(value.citation)) return false;
  const { citation } = value;
  const text = input.segmented.article.text;
  return (
    typeof value.subject === "string" && typeof value.object === "string" && typeof value.predicate === "string" &&
    typeof value.family === "string" && typeof value.cue === "string" && citation.article === input.segmented.article.id &&
    typeof citation.start === "number" && typeof citation.end === "number" && citation.quote === text.slice(citation.start, citation.end)
  );
}

export function openRelationCache(fingerprint: string, settings: CacheSettings = DEFAULT_CACHE_SETTINGS): RelationStore {
  validateCacheSettings(settings);
  const dir = join(settings.dir, RELATION_CACHE_FOLDER);
  const keyOf = (input: RelateInput, signature: string): string =>
    createHash("sha256").update(fingerprint).update("\0").update(JSON.stringify(input.segmented.article)).update("\0").update(signature).digest("hex");
  const pathOf = (key: string): string => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(input, signature) {
      const key = keyOf(input, signature);
      let stored: StoredRelations;
      try {
        stored = JSON.parse(readFileSync(pathOf(key), "utf8")) as StoredRelations;
      } catch {
        return undefined;
      }
      if (!isRecord(stored) || stored.key !== key || !Array.isArray(stored.relations)) return undefined;
      return stored.relations.every((r) => looksRelated(r, input)) ? stored.relations : undefined;
    },
    set(input, signature, relations) {
      const key = keyOf(input, signature);
      const path = pathOf(key);
      const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(temporary, JSON.stringify({ key, relations: [...relations] } satisfies StoredRelations));
        renameSync(temporary, path);
      } catch {
        // As for extraction entries: a cache that cannot be written only costs speed on the next run.
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written, or nothing can be.
        }
      }
    },
  };
}
