// A hand-written assemble input over invented articles: entities, mentions and relations with exact citations.
import { packSentenceSpans } from "../../src/assemble/sentence-spans.ts";
import type { AssembleInput } from "../../src/assemble/assemble-graph.ts";
import type { Article } from "../../src/model/article.ts";
import type { Entity } from "../../src/model/entity.ts";
import type { Mention } from "../../src/model/mention.ts";
import { KIND_COARSE, PREDICATE_FAMILY, PREDICATE_QUAD, type EntityKind, type Predicate } from "../../src/model/ontology.ts";
import type { Relation } from "../../src/model/relation.ts";

export const FIXTURE_ARTICLES: Article[] = [
  { id: "a1", title: "", outlet: "Daily Ledger", date: "2021-03-02", url: null, text: "Ruritania agreed with Elbonia. Minister Jana Novak backs Elbonia." },
  { id: "a2", title: "", outlet: "Daily Ledger", date: "2021-03-05", url: null, text: "Elbonia and Ruritania agreed again." },
  { id: "a3", title: "", outlet: "Evening Post", date: null, url: null, text: "Elbonia backs Ruritania. Ruritania agreed with Elbonia." },
  { id: "a4", title: "", outlet: "Evening Post", date: "2021-02-01", url: null, text: "Ruritania agreed with Elbonia, and Jana Novak leads Ruritania." },
];

/** Sentence [start, end] spans of each fixture article: split after ". ". */
export function sentenceSpans(article: Article): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const match of article.text.matchAll(/\. /g)) {
    const end = (match.index ?? 0) + 1;
    spans.push([start, end]);
    start = end + 1;
  }
  spans.push([start, article.text.length]);
  return spans;
}

const article = (id: string): Article => {
  const found = FIXTURE_ARTICLES.find((a) => a.id === id);
  if (!found) throw new Error(`no fixture article ${id}`);
  return found;
};

function sentenceOf(a: Article, offset: number): number {
  return sentenceSpans(a).findIndex(([s, e]) => offset >= s && offset < e);
}

/** The n-th occurrence (0-based) of `surface` in the article. */
function offsetOf(a: Article, surface: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = a.text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`"${surface}" #${nth} not in ${a.id}`);
  }
  return at;
}

export function mentionOf(articleId: string, surface: string, kind: EntityKind, nth = 0): Mention {
  const a = article(articleId);
  const start = offsetOf(a, surface, nth);
  return {
    id: `${a.id}#${start}`, article: a.id, sentence: sentenceOf(a, start), firstToken: 0, endToken: 1,
    start, end: start + surface.length, surface, kind, coarse: KIND_COARSE[kind], demonym: false, source: "lexicon",
  };
}

export function relationOf(articleId: string, subject: [string, string, number], predicate: Predicate, object: [string, string, number], role?: string): Relation {
  const a = article(articleId);
  const s = offsetOf(a, subject[1], subject[2]);
  const o = offsetOf(a, object[1], object[2]);
  const sentence = sentenceOf(a, s);
  const [start, end] = sentenceSpans(a)[sentence] as [number, number];
  const relation: Relation = {
    subject: subject[0], object: object[0], predicate, family: PREDICATE_FAMILY[predicate], cue: "test",
    citation: { article: a.id, sentence, start, end, quote: a.text.slice(start, end), subject: [s, s + subject[1].length], object: [o, o + object[1].length] },
  };
  const quad = PREDICATE_QUAD[predicate];
  if (quad) relation.quad = quad;
  if (role) relation.role = role;
  return relation;
}

const R = "country:ruritania";
const E = "country:elbonia";
const J = "person:jana-novak";

export function fixtureInput(): AssembleInput {
  const mentions: Mention[] = [
    mentionOf("a1", "Ruritania", "country"), mentionOf("a1", "Elbonia", "country"), mentionOf("a1", "Jana Novak", "person"),
    mentionOf("a1", "Elbonia", "country", 1),
    mentionOf("a2", "Elbonia", "country"), mentionOf("a2", "Ruritania", "country"),
    mentionOf("a3", "Elbonia", "country"), mentionOf("a3", "Ruritania", "country"), mentionOf("a3", "Ruritania", "country", 1), mentionOf("a3", "Elbonia", "country", 1),
    mentionOf("a4", "Ruritania", "country"), mentionOf("a4", "Elbonia", "country"), mentionOf("a4", "Jana Novak", "person"), mentionOf("a4", "Ruritania", "country", 1),
  ];
  const idsOf = (label: string): string[] => mentions.filter((m) => m.surface === label).map((m) => m.id);
  const entities: Entity[] = [
    { id: E, label: "Elbonia", kind: "country", aliases: ["Elbonia"], merges: [], mentionIds: idsOf("Elbonia") },
    { id: J, label: "Jana Novak", kind: "person", aliases: ["Jana Novak"], merges: [], mentionIds: idsOf("Jana Novak") },
    { id: R, label: "Ruritania", kind: "country", aliases: ["Ruritania"], merges: [], mentionIds: idsOf("Ruritania") },
    // An entity no mention refers to: it gets no node.
    { id: "place:nowhere", label: "Nowhere", kind: "place", aliases: ["Nowhere"], merges: [], mentionIds: [] },
  ];
  const relations: Relation[] = [
    relationOf("a1", [R, "Ruritania", 0], "agrees_with", [E, "Elbonia", 0]),
    // The same claim found twice in one sentence: one citation.
    relationOf("a1", [R, "Ruritania", 0], "agrees_with", [E, "Elbonia", 0]),
    relationOf("a2", [E, "Elbonia", 0], "agrees_with", [R, "Ruritania", 0]),
    relationOf("a3", [R, "Ruritania", 1], "agrees_with", [E, "Elbonia", 1]),
    relationOf("a4", [R, "Ruritania", 0], "agrees_with", [E, "Elbonia", 0]),
    relationOf("a1", [J, "Jana Novak", 0], "supports", [E, "Elbonia", 1]),
    relationOf("a3", [E, "Elbonia", 0], "supports", [R, "Ruritania", 0]),
    relationOf("a1", [J, "Jana Novak", 0], "holds_role_in", [E, "Elbonia", 1], "Minister"),
    relationOf("a4", [J, "Jana Novak", 0], "holds_role_in", [E, "Elbonia", 0], "Envoy"),
    relationOf("a4", [J, "Jana Novak", 0], "leads", [R, "Ruritania", 1]),
    // Dropped: an endpoint with no node, and a self-loop.
    relationOf("a1", [J, "Jana Novak", 0], "leads", ["place:nowhere", "Elbonia", 0]),
    relationOf("a2", [R, "Ruritania", 0], "co_mentioned", [R, "Ruritania", 0]),
  ];
  return {
    articles: FIXTURE_ARTICLES,
    skipped: [],
    entities,
    mentions,
    relations,
    sentenceSpans: new Map(FIXTURE_ARTICLES.map((a) => [a.id, packSentenceSpans(sentenceSpans(a).map(([start, end]) => ({ start, end })))])),
  };
}
