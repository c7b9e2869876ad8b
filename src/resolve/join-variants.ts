// Spelling variants across the corpus: names whose surfaces are transliterations, typos or normalised forms of
// each other join, when they share a coarse type. Lexicon names anchor their sets.
import type { MergeReason } from "../model/entity.ts";
import { lookupName, type Lexicon } from "../lexicon/index.ts";
import { skeleton, tokensVariant, variantTokens } from "./name-similarity.ts";
import { majority, type KeyInfo } from "./name-table.ts";
import { significantTokens } from "./partial-names.ts";
import type { UnionFind } from "./union-find.ts";

/** Joins names that are spelling variants of each other (same coarse type), blocked by word skeletons. */
export function joinVariants(keys: Map<string, KeyInfo>, lexicon: Lexicon, uf: UnionFind, reasons: Map<string, MergeReason>): void {
  const blocks = new Map<string, KeyInfo[]>();
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
    const seen = new Set<string>();
    const coarse = majority(info.coarse);
    for (const surface of info.surfaces) {
      for (const token of significantTokens(surface)) {
        const block = `${coarse}|${skeleton(token)}`;
        if (seen.has(block)) continue;
        seen.add(block);
        const list = blocks.get(block);
        if (list) list.push(info);
        else blocks.set(block, [info]);
      }
    }
  }
  for (const list of blocks.values()) {
    if (list.length < 2 || list.length > 200) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as KeyInfo;
        const b = list[j] as KeyInfo;
        if (uf.find(a.key) === uf.find(b.key)) continue;
        if (!a.key.startsWith("name:") && !b.key.startsWith("name:")) continue;
        const reason = variantOf(a, b);
        if (reason && uf.union(a.key, b.key)) {
          // Either spelling may end up as the label, so the other one must carry the reason.
          for (const key of [a.key, b.key]) if (key.startsWith("name:") && !reasons.has(key)) reasons.set(key, reason);
        }
      }
    }
  }
}

/** The first variant reason over the two names' surfaces (each pair of surfaces in order), or null. */
function variantOf(a: KeyInfo, b: KeyInfo): MergeReason | null {
  const ta = (a.variantTokens ??= [...a.surfaces].map(variantTokens));
  const tb = (b.variantTokens ??= [...b.surfaces].map(variantTokens));
  for (const sa of ta) for (const sb of tb) {
    const v = tokensVariant(sa, sb);
    if (v) return v;
  }
  return null;
}
