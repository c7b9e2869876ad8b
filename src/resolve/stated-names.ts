// Names each article itself equates: bare uses of acronyms defined anywhere in the corpus, acronyms and aliases
// stated in the text ("also known as"), and unit codes and glosses in brackets. Each join keeps its reason.
import type { Token } from "../model/document.ts";
import type { MergeReason } from "../model/entity.ts";
import type { Mention } from "../model/mention.ts";
import { isAcronymToken } from "./acronyms.ts";
import { findDesignations, type Designation } from "./designations.ts";
import { findGlosses } from "./name-glosses.ts";
import { keyOfSurface, nameKey } from "./name-key.ts";
import { sameWords } from "./name-similarity.ts";
import type { ResolveInput } from "./resolve-input.ts";
import { findStatedAliases, type StatedAlias } from "./stated-aliases.ts";
import type { UnionFind } from "./union-find.ts";

/**
 * A test that rules out most words as defined acronyms, by length and first character, without a look-up: it runs
 * for every token and every mention of the corpus. True for every defined acronym.
 */
export type MayBeDefined = (text: string) => boolean;

export function mayBeDefinedIn(defined: ReadonlyMap<string, Mention>): MayBeDefined {
  let lengths = 0;
  // One flag per UTF-16 unit an acronym starts with.
  const firsts = new Uint8Array(65536);
  for (const acronym of defined.keys()) {
    // Lengths of 31 units and over share a bit: a test, not a look-up, so sharing only lets more through.
    lengths |= 1 << Math.min(acronym.length, 31);
    firsts[acronym.charCodeAt(0)] = 1;
  }
  // An empty text's first unit is NaN, which reads as no flag.
  return (text) => ((lengths >>> Math.min(text.length, 31)) & 1) === 1 && firsts[text.charCodeAt(0)] === 1;
}

/** Whether the mentions are in order of their starts already, as they nearly always are. */
function inStartOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if ((mentions[i - 1] as Mention).start > (mentions[i] as Mention).start) return false;
  return true;
}

/** Adds mentions for bare uses, in one article, of acronyms defined anywhere in the corpus, and joins them. */
function acronymMentions(
  article: string, tokens: readonly Token[], mentions: Mention[], defined: ReadonlyMap<string, Mention>, mayBeDefined: MayBeDefined,
  uf: UnionFind, reasons: Map<string, MergeReason>,
): void {
  // Most articles use no defined acronym: the tokens inside names are only worked out once one does.
  let covered: Set<number> | undefined;
  const before = mentions.length;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    // Every defined acronym is an acronym token, so the lookup settles most words before the pattern is tried.
    const long = token && mayBeDefined(token.text) ? defined.get(token.text) : undefined;
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
  // A stable sort leaves mentions already in order as they are: the test spares most articles the sort.
  if (!inStartOrder(mentions)) mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const long = mayBeDefined(m.surface) ? defined.get(m.surface) : undefined;
    if (!long || m.demonym || long.id === m.id) continue;
    // "DoD" in the lexicon is the Pentagon: an acronym the lexicon knows keeps its meaning, whatever another article
    // defined the same letters as.
    if (m.lexiconId && m.lexiconId !== long.lexiconId) continue;
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

/**
 * Whether an acronym stated beside a long name may join it: not when the acronym already stands for another name,
 * through the lexicon or another article's definition. "Dune Observation Desk ( DOD )" does not make a desk of the
 * Pentagon, nor do two bodies called HPA become one. `meanings` holds each acronym's first long name.
 */
function acronymFree(alias: StatedAlias, uf: UnionFind, meanings: Map<string, string>): boolean {
  const [short, long] = alias.second.surface.length < alias.first.surface.length ? [alias.second, alias.first] : [alias.first, alias.second];
  const [shortKey, longKey] = [nameKey(short), nameKey(long)];
  const anchor = uf.anchorOf(shortKey);
  if (anchor && anchor !== uf.anchorOf(longKey) && !sameWords(anchor, longKey)) return false;
  const meaning = meanings.get(shortKey);
  if (meaning === undefined) meanings.set(shortKey, longKey);
  return meaning === undefined || uf.find(meaning) === uf.find(longKey) || sameWords(meaning, longKey);
}

/** Joins what findStated found. An acronym is recorded as one; other stated aliases as "stated", codes as "designation". */
function joinStated({ designations, aliases }: StatedFindings, uf: UnionFind, reasons: Map<string, MergeReason>, meanings: Map<string, string>): void {
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
    if (alias.acronym && !acronymFree(alias, uf, meanings)) continue;
    if (a === b || !uf.union(a, b)) continue;
    const short = alias.second.surface.length < alias.first.surface.length ? b : a;
    if (short.startsWith("name:") && !reasons.has(short)) reasons.set(short, alias.acronym ? "acronym" : "stated");
  }
}

/**
 * Adds bare acronyms and finds, then joins, the names each article equates; the findings are let go on return.
 * `withTokens` is called for each article once its mentions are final, with its tokens: packed tokens are unpacked
 * at each read, so what else needs them is done in this pass rather than in one more.
 */
export function joinStatedNames(
  inputs: readonly ResolveInput[], mentionsByDoc: Mention[][], defined: ReadonlyMap<string, Mention>, uf: UnionFind, reasons: Map<string, MergeReason>,
  withTokens: (d: number, tokens: readonly Token[]) => void = () => {},
): void {
  // Made only when some acronym is defined: a single article (annotate) usually defines none.
  const mayBeDefined = defined.size > 0 ? mayBeDefinedIn(defined) : undefined;
  const stated = inputs.map((input, d) => {
    const tokens = input.segmented.tokens;
    const mentions = mentionsByDoc[d] as Mention[];
    if (mayBeDefined) acronymMentions(input.recognised.article, tokens, mentions, defined, mayBeDefined, uf, reasons);
    const findings = findStated(input.segmented.article.text, tokens, mentions);
    withTokens(d, tokens);
    return findings;
  });
  // Joined after every acronym, in article order: the order of joins decides which reason a merge keeps. Each
  // acronym defined in brackets means its first definition's long name.
  const meanings = new Map<string, string>();
  for (const [acronym, long] of defined) meanings.set(keyOfSurface(acronym), nameKey(long));
  for (const findings of stated) joinStated(findings, uf, reasons, meanings);
}
