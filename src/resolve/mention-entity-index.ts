// Which entity each mention was resolved to, kept per article as sorted start offsets beside entity numbers. A Map
// from mention id to entity id costs about 50 bytes a mention in hash table alone; this costs 8, which over 100,000
// articles (2.2 million mentions) is about 90 MB less held from resolution to the end of assembly.
import type { EntityLookup } from "../model/entity.ts";
import { lowerBound } from "../shared/lower-bound.ts";

interface ArticleIndex {
  starts: Int32Array;
  entities: Int32Array;
}

/** A mention id is `${article}#${start}` (recognise, resolve); the start is the part after the last "#". */
const DIGITS = /^\d+$/;

/** The start offset written after the "#" at `hash`, or null when it is not a number. */
function startAfter(id: string, hash: number): number | null {
  if (hash < 0 || hash === id.length - 1) return null;
  // Read digit by digit rather than sliced, tested and converted: it runs for every mention at every look-up. Past
  // 15 digits a number may not be exact, so those take the slower way.
  if (id.length - hash - 1 > 15) {
    const digits = id.slice(hash + 1);
    return DIGITS.test(digits) ? Number(digits) : null;
  }
  let start = 0;
  for (let i = hash + 1; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    start = start * 10 + digit;
  }
  return start;
}

function splitMentionId(id: string): [article: string, start: number] | null {
  const hash = id.lastIndexOf("#");
  const start = startAfter(id, hash);
  return start === null ? null : [id.slice(0, hash), start];
}

export class MentionEntityIndex implements EntityLookup {
  readonly #articles: ReadonlyMap<string, ArticleIndex>;
  readonly #entityIds: readonly string[];

  private constructor(articles: ReadonlyMap<string, ArticleIndex>, entityIds: readonly string[]) {
    this.#articles = articles;
    this.#entityIds = entityIds;
  }

  /** The article of the last look-up and its index: callers look up an article's mentions one after another. */
  #lastArticle = "";
  #lastIndex: ArticleIndex | undefined;

  get(mentionId: string): string | undefined {
    const hash = mentionId.lastIndexOf("#");
    // The same article as the last look-up: no slice of the id to hash again for the map.
    const last = this.#lastArticle;
    if (hash === last.length && hash > 0 && mentionId.startsWith(last)) return this.#inArticle(this.#lastIndex, mentionId, hash);
    const split = splitMentionId(mentionId);
    if (!split) return undefined;
    const index = this.#articles.get(split[0]);
    this.#lastArticle = split[0];
    this.#lastIndex = index;
    return this.#inArticle(index, mentionId, hash);
  }

  #inArticle(index: ArticleIndex | undefined, mentionId: string, hash: number): string | undefined {
    const start = startAfter(mentionId, hash);
    if (index === undefined || start === null) return undefined;
    const at = lowerBound(index.starts, start);
    return index.starts[at] === start ? this.#entityIds[index.entities[at] as number] : undefined;
  }

  /** Collects `set(mention, entity)` calls; as with a Map, a later call for the same mention id wins. */
  static builder(): { set(mentionId: string, entityId: string): void; finish(): MentionEntityIndex } {
    const entityNumber = new Map<string, number>();
    const entityIds: string[] = [];
    // Per article, start and entity number in pairs, in the order they were set.
    const pairs = new Map<string, number[]>();
    // The article of the last call and its pairs: an entity's mentions come article by article.
    let lastArticle = "";
    let lastList: number[] | undefined;
    return {
      set(mentionId, entityId) {
        const hash = mentionId.lastIndexOf("#");
        const start = startAfter(mentionId, hash);
        if (start === null) throw new Error(`newsgraph: mention id "${mentionId}" is not "article#start"`);
        let n = entityNumber.get(entityId);
        if (n === undefined) {
          n = entityIds.length;
          entityNumber.set(entityId, n);
          entityIds.push(entityId);
        }
        if (lastList === undefined || hash !== lastArticle.length || !mentionId.startsWith(lastArticle)) {
          lastArticle = mentionId.slice(0, hash);
          lastList = pairs.get(lastArticle);
          if (!lastList) pairs.set(lastArticle, (lastList = []));
        }
        lastList.push(start, n);
      },
      finish() {
        const articles = new Map<string, ArticleIndex>();
        for (const [article, list] of pairs) {
          // Sorted by start, later settings first among equal starts, so the first of each start is the one kept.
          const order = Array.from({ length: list.length / 2 }, (_, i) => i).sort((a, b) => (list[2 * a] as number) - (list[2 * b] as number) || b - a);
          const starts: number[] = [];
          const entities: number[] = [];
          for (const i of order) {
            const start = list[2 * i] as number;
            if (starts.length > 0 && starts[starts.length - 1] === start) continue;
            starts.push(start);
            entities.push(list[2 * i + 1] as number);
          }
          articles.set(article, { starts: Int32Array.from(starts), entities: Int32Array.from(entities) });
          pairs.delete(article);
        }
        return new MentionEntityIndex(articles, entityIds);
      },
    };
  }
}
