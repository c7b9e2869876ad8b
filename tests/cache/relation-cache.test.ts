// The relation cache: a rebuild reads back the relations of every article whose mentions resolved as before, with
// the same bytes as relating them again; an article whose mentions resolved differently, a corrupt entry or another
// fingerprint is related again.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { relationFingerprint, pipelineFingerprint } from "../../src/cache/pipeline-fingerprint.ts";
import { openRelationCache, RELATION_CACHE_FOLDER } from "../../src/cache/relation-cache.ts";
import type { Entity } from "../../src/model/entity.ts";
import type { Mention } from "../../src/model/mention.ts";
import type { Relation } from "../../src/model/relation.ts";
import { relateThrough, type RelationStore } from "../../src/pipeline/relation-store.ts";
import type { RelateInput } from "../../src/relate/relate-document.ts";
import { relationSignature } from "../../src/relate/relation-signature.ts";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import { resolveMentions } from "../../src/resolve/resolve-mentions.ts";
import { CONTEXT, INIT, graphJson, sampleCorpus } from "../parallel/graph-bytes.ts";

const fingerprint = relationFingerprint(INIT);

function entries(dir: string): string[] {
  return readdirSync(join(dir, RELATION_CACHE_FOLDER), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(dir, RELATION_CACHE_FOLDER, f));
}

/** A store that counts what it was asked and what it had. */
function counting(store: RelationStore): RelationStore & { hits: number; misses: number } {
  const counted = {
    hits: 0,
    misses: 0,
    get(input: RelateInput, signature: string) {
      const stored = store.get(input, signature);
      if (stored) counted.hits++;
      else counted.misses++;
      return stored;
    },
    set: (input: RelateInput, signature: string, relations: readonly Relation[]) => store.set(input, signature, relations),
  };
  return counted;
}

/** One sample article, extracted and resolved, as relating gets it. */
function relateInputOfSample(): RelateInput {
  const [article] = sampleCorpus().articles;
  const extracted = extractArticle(article!, CONTEXT);
  const { entities, mentions, entityOf } = resolveMentions([extracted], CONTEXT.lexicon);
  return {
    segmented: extracted.segmented,
    mentions: mentions.sort((a, b) => a.start - b.start),
    entityOf,
    entities: new Map(entities.map((e) => [e.id, e])),
    lexicon: CONTEXT.lexicon,
  };
}

describe("relation cache", () => {
  it("gives the same graph.json bytes whether relations are related or read back", async () => {
    const corpus = sampleCorpus();
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-relation-cache-"));
    const plain = await graphJson(corpus, null, { workers: 1 });
    const cold = counting(openRelationCache(fingerprint, { dir }));
    expect((await graphJson(corpus, null, { workers: 1 }, cold)).json).toBe(plain.json);
    expect([cold.hits, cold.misses]).toEqual([0, corpus.articles.length]);
    expect(entries(dir)).toHaveLength(corpus.articles.length);
    const warm = counting(openRelationCache(fingerprint, { dir }));
    expect((await graphJson(corpus, null, { workers: 1 }, warm)).json).toBe(plain.json);
    expect([warm.hits, warm.misses]).toEqual([corpus.articles.length, 0]);
  }, 60_000);

  it("ignores and rewrites a corrupt entry, a foreign one and one whose quotes are not the article's", async () => {
    const corpus = sampleCorpus();
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-relation-cache-"));
    const cold = await graphJson(corpus, null, { workers: 1 }, openRelationCache(fingerprint, { dir }));
    const [first, second, third] = entries(dir);
    writeFileSync(first!, "{ not json");
    writeFileSync(second!, JSON.stringify({ key: "someone else's", relations: [] }));
    const key = third!.split("/").pop()!.replace(/\.json$/, "");
    const wrongQuote = { subject: "a", object: "b", predicate: "meets", family: "cooperation", cue: "met", citation: { article: "x", sentence: 0, start: 0, end: 3, quote: "not" } };
    writeFileSync(third!, JSON.stringify({ key, relations: [wrongQuote] }));
    const again = counting(openRelationCache(fingerprint, { dir }));
    expect((await graphJson(corpus, null, { workers: 1 }, again)).json).toBe(cold.json);
    expect(again.misses).toBe(3);
    const after = counting(openRelationCache(fingerprint, { dir }));
    await graphJson(corpus, null, { workers: 1 }, after);
    expect(after.misses).toBe(0);
  }, 60_000);

  it("never reuses an entry under another fingerprint", () => {
    const input = relateInputOfSample();
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-relation-cache-"));
    const signature = relationSignature(input);
    openRelationCache(fingerprint, { dir }).set(input, signature, relateThrough(input, undefined));
    expect(openRelationCache(fingerprint, { dir }).get(input, signature)).toBeDefined();
    expect(openRelationCache(`${fingerprint}x`, { dir }).get(input, signature)).toBeUndefined();
    // The extraction cache's fingerprint leaves the relating code out; this one covers all the sources.
    expect(fingerprint).not.toBe(pipelineFingerprint(INIT));
  });

  it("only costs speed when its folder cannot be written: a file where the folder should be", () => {
    const input = relateInputOfSample();
    const blocker = join(mkdtempSync(join(tmpdir(), "newsgraph-relation-cache-")), "not-a-folder");
    writeFileSync(blocker, "a file");
    const cache = openRelationCache(fingerprint, { dir: blocker });
    expect(() => cache.set(input, relationSignature(input), [])).not.toThrow();
    expect(cache.get(input, relationSignature(input))).toBeUndefined();
  });
});

describe("relationSignature", () => {
  it("changes when what resolution found for a mention changes, and only then", () => {
    const input = relateInputOfSample();
    const signature = relationSignature(input);
    expect(relationSignature({ ...input, mentions: [...input.mentions] })).toBe(signature);
    const first = input.mentions[0] as Mention;
    const id = input.entityOf.get(first.id) as string;
    const entity = input.entities.get(id) as Entity;
    const relabelled = new Map(input.entities).set(id, { ...entity, label: `${entity.label} II` });
    expect(relationSignature({ ...input, entities: relabelled })).not.toBe(signature);
    const rekinded = new Map(input.entities).set(id, { ...entity, kind: entity.kind === "person" ? "organization" : "person" });
    expect(relationSignature({ ...input, entities: rekinded })).not.toBe(signature);
    const elsewhere = { get: (mention: string) => (mention === first.id ? "person:someone-else" : input.entityOf.get(mention)) };
    expect(relationSignature({ ...input, entityOf: elsewhere })).not.toBe(signature);
    expect(relationSignature({ ...input, mentions: input.mentions.slice(1) })).not.toBe(signature);
  });

  it("makes a store relate again an article whose mentions resolved differently", () => {
    const input = relateInputOfSample();
    const kept = new Map<string, readonly Relation[]>();
    const store: RelationStore = { get: (_input, signature) => kept.get(signature) as Relation[] | undefined, set: (_input, signature, relations) => void kept.set(signature, relations) };
    const related = relateThrough(input, store);
    expect(relateThrough(input, store)).toBe(related);
    const [first] = input.mentions;
    const id = input.entityOf.get(first!.id) as string;
    const relabelled = new Map(input.entities).set(id, { ...(input.entities.get(id) as Entity), label: "Someone Else" });
    expect(relateThrough({ ...input, entities: relabelled }, store)).not.toBe(related);
    expect(kept.size).toBe(2);
  });
});
