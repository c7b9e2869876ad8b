// Turns the merged name sets into entities: a stable id, a label, the kind, every alias and why it was merged.
import type { AliasRecord, Entity, MergeReason, Resolution } from "../model/entity.ts";
import type { Mention } from "../model/mention.ts";
import type { EntityKind } from "../model/ontology.ts";
import { foldName, type Lexicon } from "../lexicon/index.ts";
import { memoByKey } from "../shared/memo.ts";
import { MentionEntityIndex } from "./mention-entity-index.ts";
import { nameKey } from "./name-key.ts";
import { voteKindWeighted } from "./kind-vote.ts";
import type { UnionFind } from "./union-find.ts";

export const cleanSurface: (surface: string) => string = memoByKey((surface) =>
  surface.replace(/\s+/g, " ").replace(/^the\s+/i, "").replace(/['’]s$/, "").trim(),
);

/** Folded forms of aliases and labels, compared once per alias of every entity. */
const foldedName: (name: string) => string = memoByKey(foldName);

export function slug(text: string): string {
  return foldName(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "unnamed";
}

const HAS_LOWER = /\p{Ll}/u;

/**
 * The fullest, most common written form: multiword beats acronym, frequent beats rare, then alphabetical. The order
 * is total, so one pass keeps the first form, with each form's score worked out once rather than per comparison.
 */
function bestLabel(mentions: readonly Mention[]): string {
  // Counted as written, then cleaned once per written form: a name is mostly written one or two ways.
  const written = new Map<string, number>();
  for (const m of mentions) {
    if (m.demonym) continue;
    written.set(m.surface, (written.get(m.surface) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [surface, n] of written) {
    const clean = cleanSurface(surface);
    counts.set(clean, (counts.get(clean) ?? 0) + n);
  }
  let best = "";
  let bestScore = -Infinity;
  for (const [s, count] of counts) {
    const score = (s.includes(" ") ? 1000 : 0) + (HAS_LOWER.test(s) ? 500 : 0) + count * 10;
    if (score > bestScore || (score === bestScore && (s.length > best.length || (s.length === best.length && s < best)))) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** Why mention `m`, written `alias` (its clean surface), was merged into the entity labelled `label`. */
function reasonFor(m: Mention, alias: string, label: string, reasons: ReadonlyMap<string, MergeReason>, keyOf: (m: Mention) => string): MergeReason {
  if (m.demonym) return "demonym";
  const byMention = reasons.get(m.id);
  if (byMention) return byMention;
  const byKey = reasons.get(keyOf(m));
  if (byKey) return byKey;
  if (alias === label) return "exact";
  if (foldedName(alias) === foldedName(label)) return "normalised";
  return m.lexiconId ? "lexicon" : "exact";
}

/** The mentions of each merged name set, and all those kept, in order: sets named only by weak mentions are dropped. */
function groupByRoot(
  mentions: readonly Mention[], uf: UnionFind, weak: ReadonlySet<string>, keyOf: (m: Mention) => string,
): { groups: Map<string, Mention[]>; all: Mention[] } {
  // Each mention's root once: a long article has a million mentions of a few names.
  const rootOf = mentions.map((m) => uf.find(keyOf(m)));
  const strongRoots = new Set<string>();
  mentions.forEach((m, i) => {
    if (!weak.has(m.id)) strongRoots.add(rootOf[i] as string);
  });
  const groups = new Map<string, Mention[]>();
  const all: Mention[] = [];
  mentions.forEach((m, i) => {
    const root = rootOf[i] as string;
    if (!strongRoots.has(root)) return;
    all.push(m);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  });
  return { groups, all };
}

/**
 * `weak` mentions (in photo captions) may add a spelling to an entity that the text names elsewhere, but an
 * entity named only in captions is dropped: captions often belong to another story.
 */
export function buildEntities(
  mentions: readonly Mention[],
  lexicon: Lexicon,
  uf: UnionFind,
  reasons: ReadonlyMap<string, MergeReason>,
  weak: ReadonlySet<string> = new Set(),
  keyOf: (m: Mention) => string = nameKey,
  /** Mentions whose kind the words around them state: they outweigh the tagger's guesses in the kind vote. */
  cued: ReadonlyMap<string, EntityKind> = new Map(),
): Resolution {
  const { groups, all } = groupByRoot(mentions, uf, weak, keyOf);
  const drafts = [...groups].map(([root, mentions]) => {
    const anchor = uf.anchorOf(root);
    const entry = anchor ? lexicon.entries.get(anchor) : undefined;
    const named = mentions.filter((m) => !m.demonym);
    // A translation in brackets names the entity in the text's words only once: the name it glosses is the label.
    const written = named.filter((m) => m.source !== "gloss");
    return {
      root, mentions, entry,
      label: entry?.label ?? bestLabel(written.length > 0 ? written : named.length > 0 ? named : mentions),
      kind: entry?.kind ?? voteKindWeighted(named.length > 0 ? named : mentions, cued),
    };
  });
  drafts.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
  const used = new Set<string>();
  const entities: Entity[] = [];
  const entityOf = MentionEntityIndex.builder();
  for (const d of drafts) {
    let id = d.entry?.id ?? `${d.kind}:${slug(d.label)}`;
    for (let n = 2; used.has(id); n++) id = `${d.entry?.id ?? `${d.kind}:${slug(d.label)}`}-${n}`;
    used.add(id);
    const aliases = new Set<string>();
    const merges = new Map<string, AliasRecord>();
    for (const m of d.mentions) {
      const alias = cleanSurface(m.surface);
      aliases.add(alias);
      if (alias !== d.label && !merges.has(alias)) merges.set(alias, { alias, reason: reasonFor(m, alias, d.label, reasons, keyOf), into: d.label });
      entityOf.set(m.id, id);
    }
    const entity: Entity = {
      id,
      label: d.label,
      kind: d.kind,
      aliases: [...aliases].sort(),
      merges: [...merges.values()].sort((a, b) => (a.alias < b.alias ? -1 : 1)),
      mentionIds: d.mentions.map((m) => m.id),
    };
    if (d.entry?.wikidata) entity.wikidata = d.entry.wikidata;
    entities.push(entity);
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, mentions: all, entityOf: entityOf.finish() };
}
