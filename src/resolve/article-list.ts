// The articles a name appears in, as a sorted list of article numbers. Resolution keeps one per name and one per
// merged name set; as Sets of article ids they cost about 30 bytes an entry, and over 100,000 articles (1.5 million
// name-article pairs, twice) that was a good part of resolution's peak memory. A number costs 8.
import { lowerBound } from "../shared/lower-bound.ts";

/** What partial-name resolution reads of an article list; a Set of ids will do in tests. */
export interface ArticleMembership extends Iterable<string> {
  has(article: string): boolean;
}

/** Numbers articles in the order they are first seen, shared by every list of one resolution. */
export class ArticleNumbers {
  readonly #numbers = new Map<string, number>();
  readonly #ids: string[] = [];
  /** Mentions come article by article, so the last article asked about is nearly always the next. */
  #lastId: string | undefined;
  #lastNumber = 0;

  numberOf(article: string): number {
    if (article === this.#lastId) return this.#lastNumber;
    let n = this.#numbers.get(article);
    if (n === undefined) {
      n = this.#ids.length;
      this.#numbers.set(article, n);
      this.#ids.push(article);
    }
    this.#lastId = article;
    this.#lastNumber = n;
    return n;
  }

  find(article: string): number | undefined {
    return this.#numbers.get(article);
  }

  idOf(n: number): string {
    return this.#ids[n] as string;
  }
}

export class ArticleList implements ArticleMembership {
  readonly #numbers: ArticleNumbers;
  #list: number[] = [];

  constructor(numbers: ArticleNumbers) {
    this.#numbers = numbers;
  }

  add(article: string): void {
    const n = this.#numbers.numberOf(article);
    const list = this.#list;
    // Mentions come in corpus order, so this is nearly always an append or a repeat of the last article.
    const last = list[list.length - 1];
    if (last === n) return;
    if (last === undefined || last < n) {
      list.push(n);
      return;
    }
    const at = lowerBound(list, n);
    if (list[at] !== n) list.splice(at, 0, n);
  }

  /** Adds every article of `other`, which must number its articles with the same ArticleNumbers. */
  addAll(other: ArticleList): void {
    const [a, b] = [this.#list, other.#list];
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = i < a.length ? (a[i] as number) : Infinity;
      const y = j < b.length ? (b[j] as number) : Infinity;
      const next = Math.min(x, y);
      if (x === next) i++;
      if (y === next) j++;
      merged.push(next);
    }
    this.#list = merged;
  }

  copy(): ArticleList {
    const list = new ArticleList(this.#numbers);
    list.#list = [...this.#list];
    return list;
  }

  has(article: string): boolean {
    const n = this.#numbers.find(article);
    return n !== undefined && this.#list[lowerBound(this.#list, n)] === n;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const n of this.#list) yield this.#numbers.idOf(n);
  }
}
