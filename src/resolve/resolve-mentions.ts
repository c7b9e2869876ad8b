// The resolve stage: maps mentions across articles to canonical entities. Lexicon ids anchor known actors;
// acronyms, transliterations, typos and partial names join names to them or to each other, and every join
// keeps its reason.
import type { SegmentedDocument, Token } from "../model/document.ts";
import type { MergeReason, Resolution } from "../model/entity.ts";
import type { Mention, RecognisedDocument } from "../model/mention.ts";
import { lookupName, type Lexicon } from "../lexicon/index.ts";
import { findAcronymDefinitions, isAcronymToken, mayBeAcronym } from "./acronyms.ts";
import { buildEntities } from "./build-entities.ts";
import { cuedMentionKinds } from "./kind-vote.ts";
import { isLiteralPlace } from "./metonymy.ts";
import { nameKey } from "./name-key.ts";
import { skeleton, tokensVariant, variantTokens } from "./name-similarity.ts";
import { findDesignations, type Designation } from "./designations.ts";
import { findGlosses } from "./name-glosses.ts";
import { findStatedAliases, type StatedAlias } from "./stated-aliases.ts";
import {
  indexByLastToken, partialNameCandidates, partialNameTarget, significantTokens, type NameCluster,
} from "./partial-names.ts";
import { UnionFind } from "./union-find.ts";
import { ArticleList, ArticleNumbers } from "./article-list.ts";

export interface ResolveInput {
  segmented: SegmentedDocument;
  recognised: RecognisedDocument;
}

/** Capitals that act stand for their country. Returns the mentions, with those retargeted. */
function applyMetonymy(input: ResolveInput, tokens: readonly Token[], lexicon: Lexicon, reasons: Map<string, MergeReason>): Mention[] {
  const { sentences } = input.segmented;
  return input.recognised.mentions.map((m) => {
    const entry = m.lexiconId ? lexicon.entries.get(m.lexiconId) : undefined;
    if (!entry?.capitalOf || !lexicon.entries.has(entry.capitalOf)) return m;
    const sentenceFirst = sentences[m.sentence]?.firstToken ?? 0;
    if (isLiteralPlace(tokens, m.firstToken, m.endToken, sentenceFirst)) return m;
    reasons.set(m.id, "metonymy");
    return { ...m, kind: "country", lexiconId: entry.capitalOf };
  });
}

/** Adds mentions for bare uses, in one article, of acronyms defined anywhere in the corpus, and joins them. */
function acronymMentions(
  article: string, tokens: readonly Token[], mentions: Mention[], defined: ReadonlyMap<string, Mention>, uf: UnionFind, reasons: Map<string, MergeReason>,
): void {
  // Most articles use no defined acronym: the tokens inside names are only worked out once one does.
  let covered: Set<number> | undefined;
  const before = mentions.length;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    // Every defined acronym is an acronym token, so the lookup settles most words before the pattern is tried.
    const long = token && mayBeAcronym(token.text) ? defined.get(token.text) : undefined;
    if (!token || !long) continue;
    if (!covered) {
      covered = new Set<number>();
      for (let k = 0; k < before; k++) {
        const m = mentions[k] as Mention;
        for (let i = m.firstToken; i < m.endToken; i++) covered.add(i);
      }
    }
    if (covered.has(t) || !isAcronymToken(token.text)) continue;
    mentions.push({
      id: `${article}#${token.start}`, article, sentence: token.sentence, firstToken: t, endToken: t + 1,
      start: token.start, end: token.end, surface: token.text, kind: long.kind, coarse: long.coarse,
      demonym: false, source: "acronym",
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const long = defined.get(m.surface);
    if (!long || m.demonym || long.id === m.id) continue;
    uf.add(nameKey(m), m.lexiconId);
    uf.add(nameKey(long), long.lexiconId);
    if (nameKey(m) !== nameKey(long) && uf.union(nameKey(long), nameKey(m))) reasons.set(nameKey(m), "acronym");
  }
}

/** The names one article itself equates, found before any is joined. */
interface StatedFindings {
  designations: readonly Designation[];
  aliases: readonly StatedAlias[];
}

/**
 * Finds the names the text itself equates: "Ostrani Democratic Party ( PDO )", "Karim Saadi, also known as
 * Abu Tarek", "USS Calder ( DDG 91 )", a gloss in another language. A designation's code or a gloss replaces any
 * mention of part of it ("DDG" in "DDG 70") in `mentions`.
 */
function findStated(text: string, tokens: readonly Token[], mentions: Mention[]): StatedFindings {
  const designations = [...findDesignations(tokens, mentions), ...findGlosses(text, tokens, mentions)];
  if (designations.length > 0) {
    // The whole code or gloss replaces any mention of part of it ("DDG" in "DDG 70").
    const kept = mentions.filter((m) => !designations.some((x) => x.mention.start < m.end && m.start < x.mention.end));
    mentions.length = 0;
    mentions.push(...kept, ...designations.map((x) => x.mention));
    mentions.sort((a, b) => a.start - b.start);
  }
  return { designations, aliases: findStatedAliases(tokens, mentions) };
}

/** Joins what findStated found. An acronym is recorded as one; other stated aliases as "stated", codes as "designation". */
function joinStated({ designations, aliases }: StatedFindings, uf: UnionFind, reasons: Map<string, MergeReason>): void {
  for (const { mention, of, reason } of designations) {
    const [a, b] = [nameKey(of), nameKey(mention)];
    uf.add(a, of.lexiconId);
    uf.add(b);
    if (a === b || !uf.union(a, b)) continue;
    // A translation may become the label, so the name it glosses carries the reason too.
    for (const key of reason === "stated" ? [a, b] : [b]) if (key.startsWith("name:") && !reasons.has(key)) reasons.set(key, reason);
  }
  for (const alias of aliases) {
    const [a, b] = [nameKey(alias.first), nameKey(alias.second)];
    uf.add(a, alias.first.lexiconId);
    uf.add(b, alias.second.lexiconId);
    if (a === b || !uf.union(a, b)) continue;
    const short = alias.second.surface.length < alias.first.surface.length ? b : a;
    if (short.startsWith("name:") && !reasons.has(short)) reasons.set(short, alias.acronym ? "acronym" : "stated");
  }
}

interface KeyInfo {
  key: string;
  surfaces: Set<string>;
  coarse: Map<string, number>;
  articles: ArticleList;
  /** The surfaces split for the variant test, in the order of `surfaces`: made once the surfaces are all known. */
  variantTokens?: ReadonlyArray<readonly string[]>;
}

function majority(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "MISC";
}

function collectKeys(all: readonly Mention[], uf: UnionFind): Map<string, KeyInfo> {
  const keys = new Map<string, KeyInfo>();
  const numbers = new ArticleNumbers();
  for (const m of all) {
    const key = nameKey(m);
    uf.add(key, m.lexiconId);
    if (m.demonym) continue;
    let info = keys.get(key);
    if (!info) keys.set(key, (info = { key, surfaces: new Set(), coarse: new Map(), articles: new ArticleList(numbers) }));
    info.surfaces.add(m.surface);
    const coarse = m.kind === "country" ? "LOC" : m.coarse;
    info.coarse.set(coarse, (info.coarse.get(coarse) ?? 0) + 1);
    info.articles.add(m.article);
  }
  return keys;
}

/** Joins names that are spelling variants of each other (same coarse type), blocked by word skeletons. */
function joinVariants(keys: Map<string, KeyInfo>, lexicon: Lexicon, uf: UnionFind, reasons: Map<string, MergeReason>): void {
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

/** Whether `long` is `short` with more words after it: "Harlow Medical Industries Inc" and "Harlow Medical". */
function extendsName(long: NameCluster, short: NameCluster): boolean {
  return long.tokens.length > short.tokens.length && short.tokens.every((t, i) => long.tokens[i] === t);
}

const NO_CLUSTERS: readonly NameCluster[] = [];

/**
 * The candidates of `first` then `second` named in the article; candidates already joined to each other count
 * once. A function of its own rather than a closure per mention: it runs for every mention of the corpus.
 */
function inArticle(first: readonly NameCluster[], second: readonly NameCluster[], article: string, uf: UnionFind): NameCluster[] {
  if (first.length === 0 && second.length === 0) return [];
  const roots = new Map<string, NameCluster>();
  for (const list of [first, second]) {
    for (const c of list) if (c.articles.has(article) && !roots.has(uf.find(c.root))) roots.set(uf.find(c.root), c);
  }
  return [...roots.values()];
}

/**
 * Partial names. A short name that fits one longer name in the corpus joins it. One that fits several ("Blair":
 * Tony or Cherie) is settled article by article: in an article that names only one of them, its mentions there
 * join that one, under a key of their own; elsewhere they stay apart.
 */
function joinPartialNames(
  keys: Map<string, KeyInfo>,
  all: readonly Mention[],
  uf: UnionFind,
  reasons: Map<string, MergeReason>,
  overrides: Map<string, string>,
): void {
  const byRoot = new Map<string, NameCluster & { articles: ArticleList }>();
  for (const info of keys.values()) {
    const root = uf.find(info.key);
    const longest = [...info.surfaces].map(significantTokens).sort((x, y) => y.length - x.length)[0] ?? [];
    const cluster = byRoot.get(root);
    if (!cluster) byRoot.set(root, { root, coarse: majority(info.coarse), tokens: longest, articles: info.articles.copy() });
    else {
      if (longest.length > cluster.tokens.length) cluster.tokens = longest;
      cluster.articles.addAll(info.articles);
    }
  }
  const clusters = [...byRoot.values()];
  const index = indexByLastToken(clusters);
  const ambiguous: Array<[NameCluster, NameCluster[]]> = [];
  for (const short of clusters) {
    const target = partialNameTarget(short, index);
    if (target) {
      if (uf.union(target.root, short.root)) reasons.set(short.root, "partial-name");
    } else {
      const candidates = partialNameCandidates(short, index);
      if (candidates.length > 1) ambiguous.push([short, candidates]);
    }
  }
  const shortRoots = new Map(ambiguous.map(([short, candidates]) => [short.root, candidates]));
  // A bare surname the tagger typed as something else ("Blair said", read as ORG) is still the surname of the one
  // person of that name in its article.
  const people = indexByLastToken(clusters.filter((c) => c.coarse === "PER" && c.tokens.length >= 2));
  const surnameCandidates = (m: Mention): readonly NameCluster[] => {
    if (m.lexiconId || m.kind === "person") return [];
    const tokens = significantTokens(m.surface);
    return tokens.length === 1 ? (people.get(tokens[0] as string) ?? []) : [];
  };
  // A team or company called by one word of its name ("Torpedo" for Torpedo Varensk, "Leverkusen" for Bayer
  // Leverkusen) is the one organisation of that name in its article.
  const organisations = clusters.filter((c) => c.coarse === "ORG" && c.tokens.length >= 2);
  const byEdgeWord = new Map<string, NameCluster[]>();
  for (const c of organisations) {
    for (const word of new Set([c.tokens[0] as string, c.tokens[c.tokens.length - 1] as string])) {
      const list = byEdgeWord.get(word);
      if (list) list.push(c);
      else byEdgeWord.set(word, [c]);
    }
  }
  const shortNameCandidates = (m: Mention, root: string): readonly NameCluster[] => {
    // An acronym, or a name already joined to a longer one ("NAPM" defined in brackets), is settled.
    if (m.lexiconId) return [];
    const tokens = significantTokens(m.surface);
    const word = tokens[0];
    if (word === undefined || isAcronymToken(m.surface) || (byRoot.get(root)?.tokens.length ?? 0) > tokens.length) return [];
    // "Harlow Medical" for Harlow Medical Industries Inc: the start of a longer organisation's name.
    if (tokens.length > 1) {
      if (m.coarse !== "ORG") return [];
      return (byEdgeWord.get(word) ?? []).filter((c) => c.tokens.length > tokens.length && tokens.every((t, i) => c.tokens[i] === t));
    }
    if (word.length < 4) return [];
    // "Harlow" read as a person after "Harlow Medical Industries Inc": the company, unless a person of that name is
    // in the article.
    if (m.coarse === "PER" && (people.get(word) ?? []).some((c) => c.articles.has(m.article))) return [];
    const found = m.coarse === "ORG" || m.coarse === "PER" ? (byEdgeWord.get(word) ?? []).filter((c) => m.coarse === "ORG" || c.tokens[0] === word) : [];
    // "Harlow Medical" and "Harlow Medical Industries Inc" are one candidate: keep the fullest name.
    return found.filter((c) => !found.some((d) => d !== c && extendsName(d, c)));
  };
  for (const m of all) {
    if (m.demonym) continue;
    const root = uf.find(overrides.get(m.id) ?? nameKey(m));
    let local = inArticle(shortRoots.get(root) ?? NO_CLUSTERS, NO_CLUSTERS, m.article, uf);
    if (local.length === 0) local = inArticle(surnameCandidates(m), shortNameCandidates(m, root), m.article, uf);
    if (local.length !== 1 || uf.find((local[0] as NameCluster).root) === root) continue;
    const key = `${root}@${m.article}`;
    overrides.set(m.id, key);
    uf.add(key);
    if (uf.union((local[0] as NameCluster).root, key)) reasons.set(key, "partial-name");
  }
}

/**
 * Joins the corpus's names (spelling variants, then partial names) and returns the per-mention overrides. A function
 * of its own so that the per-name tables, which hold every article each name appears in, are let go before the
 * entities are built: over a large corpus they are a good part of resolution's peak memory.
 */
function joinNames(all: readonly Mention[], lexicon: Lexicon, uf: UnionFind, reasons: Map<string, MergeReason>): Map<string, string> {
  const keys = collectKeys(all, uf);
  joinVariants(keys, lexicon, uf, reasons);
  const overrides = new Map<string, string>();
  joinPartialNames(keys, all, uf, reasons, overrides);
  return overrides;
}

/** Adds bare acronyms and finds, then joins, the names each article equates; the findings are let go on return. */
function joinStatedNames(
  inputs: readonly ResolveInput[], mentionsByDoc: Mention[][], defined: ReadonlyMap<string, Mention>, uf: UnionFind, reasons: Map<string, MergeReason>,
): void {
  const stated = inputs.map((input, d) => {
    const tokens = input.segmented.tokens;
    const mentions = mentionsByDoc[d] as Mention[];
    if (defined.size > 0) acronymMentions(input.recognised.article, tokens, mentions, defined, uf, reasons);
    return findStated(input.segmented.article.text, tokens, mentions);
  });
  // Joined after every acronym, in article order: the order of joins decides which reason a merge keeps.
  for (const findings of stated) joinStated(findings, uf, reasons);
}

export function resolveMentions(inputs: readonly ResolveInput[], lexicon: Lexicon): Resolution {
  const reasons = new Map<string, MergeReason>();
  const uf = new UnionFind();
  // Kept-packed tokens are unpacked at each read of `segmented.tokens` (see packed-extracted.ts): each pass below
  // reads them once per article. Two passes, because an acronym defined in any article names its bare uses in all.
  const defined = new Map<string, Mention>();
  const mentionsByDoc = inputs.map((input) => {
    const tokens = input.segmented.tokens;
    const mentions = applyMetonymy(input, tokens, lexicon, reasons);
    for (const def of findAcronymDefinitions(tokens, mentions)) if (!defined.has(def.acronym)) defined.set(def.acronym, def.mention);
    return mentions;
  });
  joinStatedNames(inputs, mentionsByDoc, defined, uf, reasons);
  const all = mentionsByDoc.flat();
  const overrides = joinNames(all, lexicon, uf, reasons);
  const captionMentions = new Set<string>();
  inputs.forEach((input, d) => {
    for (const m of mentionsByDoc[d] ?? []) if (input.segmented.sentences[m.sentence]?.caption) captionMentions.add(m.id);
  });
  const cued = cuedMentionKinds(inputs.map((input) => input.segmented), mentionsByDoc);
  return buildEntities(all, lexicon, uf, reasons, captionMentions, (m) => overrides.get(m.id) ?? nameKey(m), cued);
}
