// The resolve stage: maps mentions across articles to canonical entities. Lexicon ids anchor known actors;
// acronyms, transliterations, typos and partial names join names to them or to each other, and every join
// keeps its reason.
import type { Token } from "../model/document.ts";
import type { MergeReason, Resolution } from "../model/entity.ts";
import type { Mention } from "../model/mention.ts";
import type { Lexicon } from "../lexicon/index.ts";
import type { EntityKind } from "../model/ontology.ts";
import { findAcronymDefinitions } from "./acronyms.ts";
import { buildEntities } from "./build-entities.ts";
import { joinPartialNames } from "./join-partial-names.ts";
import { joinVariants } from "./join-variants.ts";
import { addCuedKinds } from "./kind-vote.ts";
import { isLiteralPlace } from "./metonymy.ts";
import { nameKey } from "./name-key.ts";
import { collectKeys } from "./name-table.ts";
import { joinPartyNames } from "./party-names.ts";
import type { ResolveInput } from "./resolve-input.ts";
import { joinStatedNames } from "./stated-names.ts";
import { UnionFind } from "./union-find.ts";

export type { ResolveInput } from "./resolve-input.ts";

/**
 * Capitals that act stand for their country. Returns the mentions, with those retargeted. `tokensOf` gives the
 * article's tokens, unpacked only if a capital is named.
 */
function applyMetonymy(input: ResolveInput, tokensOf: () => readonly Token[], lexicon: Lexicon, reasons: Map<string, MergeReason>): Mention[] {
  const { sentences } = input.segmented;
  return input.recognised.mentions.map((m) => {
    const entry = m.lexiconId ? lexicon.entries.get(m.lexiconId) : undefined;
    if (!entry?.capitalOf || !lexicon.entries.has(entry.capitalOf)) return m;
    const sentenceFirst = sentences[m.sentence]?.firstToken ?? 0;
    if (isLiteralPlace(tokensOf(), m.firstToken, m.endToken, sentenceFirst)) return m;
    reasons.set(m.id, "metonymy");
    return { ...m, kind: "country", lexiconId: entry.capitalOf };
  });
}

/**
 * Joins the corpus's names (spelling variants, parties' short names, then partial names) and returns the per-mention
 * overrides. A function of its own so that the per-name tables, which hold every article each name appears in, are
 * let go before the entities are built: over a large corpus they are a good part of resolution's peak memory.
 */
function joinNames(all: readonly Mention[], lexicon: Lexicon, uf: UnionFind, reasons: Map<string, MergeReason>): Map<string, string> {
  const keys = collectKeys(all, uf);
  joinVariants(keys, lexicon, uf, reasons);
  joinPartyNames(keys, uf, reasons);
  const overrides = new Map<string, string>();
  joinPartialNames(keys, all, uf, reasons, overrides);
  return overrides;
}

export function resolveMentions(inputs: readonly ResolveInput[], lexicon: Lexicon): Resolution {
  const reasons = new Map<string, MergeReason>();
  const uf = new UnionFind();
  // Kept-packed tokens are unpacked at each read of `segmented.tokens` (see packed-extracted.ts): each of the two
  // passes below reads them at most once per article. Two, because an acronym defined in any article names its bare uses
  // in all.
  const defined = new Map<string, Mention>();
  const mentionsByDoc = inputs.map((input) => {
    // This pass needs an article's tokens only for a capital, or for an acronym defined in brackets: an article with
    // neither is not unpacked. A "(" token is a "(" in the text, so a text without one defines no acronym.
    let tokens: readonly Token[] | undefined;
    const tokensOf = (): readonly Token[] => (tokens ??= input.segmented.tokens);
    const mentions = applyMetonymy(input, tokensOf, lexicon, reasons);
    if (mentions.length > 0 && input.segmented.article.text.includes("(")) {
      for (const def of findAcronymDefinitions(tokensOf(), mentions)) if (!defined.has(def.acronym)) defined.set(def.acronym, def.mention);
    }
    return mentions;
  });
  // Mentions in captions, and the kinds cues state, read each article's final mentions with the stated-names pass.
  const captionMentions = new Set<string>();
  const cued = new Map<string, EntityKind>();
  joinStatedNames(inputs, mentionsByDoc, defined, uf, reasons, (d, tokens) => {
    const { sentences } = (inputs[d] as ResolveInput).segmented;
    const mentions = mentionsByDoc[d] as Mention[];
    for (const m of mentions) if (sentences[m.sentence]?.caption) captionMentions.add(m.id);
    addCuedKinds(tokens, sentences, mentions, cued);
  });
  const all = mentionsByDoc.flat();
  const overrides = joinNames(all, lexicon, uf, reasons);
  return buildEntities(all, lexicon, uf, reasons, captionMentions, (m) => overrides.get(m.id) ?? nameKey(m), cued);
}
