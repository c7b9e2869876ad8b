// Spelling variants across the corpus: names whose surfaces are transliterations, typos or normalised forms of
// each other join, when they share a coarse type. Lexicon names anchor their sets.
import type { MergeReason } from "../model/entity.ts";
import { lookupName, type Lexicon } from "../lexicon/index.ts";
import { skeleton, tokensVariant, variantTokens } from "./name-similarity.ts";
import { majority, type KeyInfo, type Spellings } from "./name-table.ts";
import { significantTokens } from "./partial-names.ts";
import type { UnionFind } from "./union-find.ts";

/**
 * The names in blocks of a shared coarse type and word skeleton, blocks in the order they were first made: that
 * order decides the order of joins, and so which reason a merge keeps. A name is in a block once, however many of
 * its words fall in it.
 */
function blocksOf(keys: Map<string, KeyInfo>, lexicon: Lexicon, uf: UnionFind, reasons: Map<string, MergeReason>): KeyInfo[][] {
  // By coarse type, then skeleton: nested Maps rather than one keyed by a string built for every word of every name.
  const index = new Map<string, Map<string, KeyInfo[]>>();
  const blocks: KeyInfo[][] = [];
  for (const info of keys.values()) {
    if (!info.key.startsWith("name:")) {
      const entry = lexicon.entries.get(info.key);
      if (entry) info.surfaces.add(entry.label);
    } else {
      for (const surface of info.surfaces) {
        const known = lookupName(lexicon, surface).find((n) => n.form === "name");
        if (!known) continue;
        // The entry may have no mention of its own yet: register it so it anchors the set.
        uf.add(known.entryId, known.entryId);
        if (uf.union(known.entryId, info.key)) reasons.set(info.key, "lexicon");
      }
    }
    const coarse = majority(info.coarse);
    let bySkeleton = index.get(coarse);
    if (!bySkeleton) index.set(coarse, (bySkeleton = new Map()));
    for (const surface of info.surfaces) {
      for (const token of significantTokens(surface)) {
        const sk = skeleton(token);
        const list = bySkeleton.get(sk);
        if (!list) {
          const created = [info];
          bySkeleton.set(sk, created);
          blocks.push(created);
        } else if (list[list.length - 1] !== info) {
          // Names are added one at a time, so a name already in this block is its last.
          list.push(info);
        }
      }
    }
  }
  return blocks;
}

/** Joins names that are spelling variants of each other (same coarse type), blocked by word skeletons. */
export function joinVariants(keys: Map<string, KeyInfo>, lexicon: Lexicon, uf: UnionFind, reasons: Map<string, MergeReason>): void {
  for (const list of blocksOf(keys, lexicon, uf, reasons)) {
    if (list.length < 2 || list.length > 200) continue;
    const named = list.map((info) => info.key.startsWith("name:"));
    const spellings = list.map((info) => (info.spellings ??= spellingsOf(info)));
    // A block holds names of one coarse type.
    const people = majority((list[0] as KeyInfo).coarse) === "PER";
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as KeyInfo;
      const sa = spellings[i] as Spellings;
      for (let j = i + 1; j < list.length; j++) {
        // Two lexicon entities are never joined here, and names with no word count in common are not variants. The
        // test of spellings comes before the look-ups of the sets: it is pure and rejects nearly every pair, and a
        // pair already in one set is skipped either way.
        const sb = spellings[j] as Spellings;
        if ((!named[i] && !named[j]) || (sa.lengths & sb.lengths) === 0) continue;
        const reason = variantOf(sa, sb, people);
        const b = list[j] as KeyInfo;
        if (!reason || uf.find(a.key) === uf.find(b.key)) continue;
        if (uf.union(a.key, b.key)) {
          // Either spelling may end up as the label, so the other one must carry the reason.
          for (const key of [a.key, b.key]) if (key.startsWith("name:") && !reasons.has(key)) reasons.set(key, reason);
        }
      }
    }
  }
}

function spellingsOf(info: KeyInfo): Spellings {
  const tokens = [...info.surfaces].map(variantTokens);
  let lengths = 0;
  for (const words of tokens) lengths |= 1 << Math.min(words.length, 30);
  return { tokens, lengths };
}

/**
 * The first variant reason over two names' surfaces (each pair of surfaces in order), or null. `people`: the names are
 * people's, whose one-word names may not differ by a plain vowel (see isOtherSurname).
 */
function variantOf(a: Spellings, b: Spellings, people: boolean): MergeReason | null {
  for (const ta of a.tokens) for (const tb of b.tokens) {
    if (people && ta.length === 1 && isOtherSurname(ta[0] as string, tb[0] as string)) continue;
    const v = tokensVariant(ta, tb);
    if (v) return v;
  }
  return null;
}

const PLAIN_VOWELS = "aeiou";

/**
 * "Kerry" and "Karry", "Hollen" and "Hollan", "Braun" and "Braune": one-word names that differ by one plain vowel,
 * or by a final "e", are different surnames as often as one respelt. A transliteration respells with y, h, w, an
 * apostrophe or a doubled letter ("Shoigu", "Shoygu"), and a full name gives the evidence a surname alone does not.
 */
export function isOtherSurname(a: string, b: string): boolean {
  if (a.length === b.length) {
    let diff = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (diff >= 0) return false;
      diff = i;
    }
    return diff >= 0 && PLAIN_VOWELS.includes(a[diff] as string) && PLAIN_VOWELS.includes(b[diff] as string);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.endsWith("e") && long.startsWith(short);
}
