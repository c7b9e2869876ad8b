// Role descriptions that refer to a person: "Foreign Secretary Ana Lind", "Dana Royce, commander of the
// Northern Command", "X, who later became the president of Y", "appointed X the lead commander of Y", and a later
// "the Foreign Secretary". They are not names, so they never become nodes, but they
// are mentions of the person for coreference and alias output.
import type { Span } from "../model/article.ts";
import type { SegmentedDocument, Token } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";
import { ROLE_WORDS } from "../recognise/cues.ts";

export interface RoleDescription extends Span {
  /** The mention of the person described. */
  person: string;
}

const CONNECTORS = new Set(["of", "for", "the", "to", "and", "'s", "’s"]);
/** How many words a role description may run to. */
const DEFAULT_MAX_ROLE_WORDS = 12;

/** "HE" (His Excellency) is a title in diplomatic text, not the pronoun. */
const EXCELLENCY = new Set(["HE", "H.E.", "HE."]);
/** Verbs that equate a role with a name: "His chief of staff is General X", "X was the commander of Y". */
const COPULAS = new Set(["is", "was", "remains", "became"]);

const isRoleToken = (t: Token, demonyms: ReadonlySet<number>, index: number): boolean =>
  ROLE_WORDS.has(t.text.toLowerCase()) || demonyms.has(index) || EXCELLENCY.has(t.text) || (/^\p{Lu}/u.test(t.text) && t.pos === "PROPN");

const normalise = (tokens: readonly Token[]): string =>
  tokens.map((t) => t.text.toLowerCase()).filter((w) => w !== "the" && w !== "a" && w !== "an").join(" ");

const NO_NAMES: ReadonlySet<number> = new Set();

/** Extends a run of role words from `from` in direction `step`, within the sentence; returns the last index taken. */
function run(doc: SegmentedDocument, from: number, step: 1 | -1, lo: number, hi: number, names: ReadonlySet<number>, taken: ReadonlySet<number>): number {
  let i = from;
  let last = -1;
  let count = 0;
  while (i >= lo && i < hi && count < DEFAULT_MAX_ROLE_WORDS) {
    const t = doc.tokens[i] as Token;
    const lower = t.text.toLowerCase();
    if (taken.has(i)) break;
    if ((ROLE_WORDS.has(lower) && !CONNECTORS.has(lower)) || EXCELLENCY.has(t.text)) last = i;
    else if (!(CONNECTORS.has(lower) || isRoleToken(t, names, i))) break;
    i += step;
    count++;
  }
  return last;
}

/** Verbs that give their object a role: "appointed X the commander", "named X as its envoy". */
const APPOINTING = new Set(["appointed", "appoint", "appoints", "named", "names", "elected", "elects", "nominated", "nominates", "made", "makes", "promoted"]);
/** Verbs of a relative clause that give its subject a role: "X, who became the president of Y". */
const BECOMING = new Set(["is", "was", "became", "become", "becomes", "remains", "remained", "served", "serves", "serve"]);
/** Words that open a role after a verb: "the", "its", "his". */
const DETERMINERS = /^(?:the|a|an|its|his|her|their)$/i;
/** How many words may come between "who" and its verb: "who would later become". */
const DEFAULT_CLAUSE_GAP = 3;

/** Index past footnote markers such as "[1]" at `i`: encyclopaedia text puts them between a name and its comma. */
function pastFootnotes(tokens: readonly Token[], i: number): number {
  while (tokens[i]?.text === "[" && tokens[i + 2]?.text === "]" && /^\w{1,3}$/.test(tokens[i + 1]?.text ?? "")) i += 3;
  return i;
}

/**
 * Where a role said of the person `m` after the name starts, or -1: after a comma, past "who ... became"; after a
 * copula and a determiner; or, when a verb of appointing comes before the name, after it ("appointed X [as] the").
 */
function complementStart(doc: SegmentedDocument, m: Mention, lo: number): number {
  const { tokens } = doc;
  const i = pastFootnotes(tokens, m.endToken);
  const next = tokens[i]?.text ?? "";
  if (next === ",") {
    const j = pastFootnotes(tokens, i + 1);
    if (tokens[j]?.text !== "who") return j;
    // "who would later become": a few auxiliaries and adverbs, then the verb, and "as" after "served".
    for (let k = j + 1; k <= j + 1 + DEFAULT_CLAUSE_GAP && k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (BECOMING.has(w.text.toLowerCase())) return tokens[k + 1]?.text === "as" ? k + 2 : k + 1;
      if (w.pos !== "AUX" && w.pos !== "ADV") return -1;
    }
    return -1;
  }
  if (COPULAS.has(next) && /^(?:the|a|an)$/i.test(tokens[i + 1]?.text ?? "")) return i + 1;
  const verb = m.firstToken - 1 >= lo ? tokens[m.firstToken - 1]?.text.toLowerCase() : undefined;
  if (verb && APPOINTING.has(verb)) {
    const j = next === "as" ? i + 1 : i;
    if (DETERMINERS.test(tokens[j]?.text ?? "") || next === "as") return j;
  }
  return -1;
}

/** How many lower-case modifiers may come before a role word: "the lead commander", "its new chief". */
const DEFAULT_MODIFIERS = 2;

/**
 * Index of the role word after a determiner and a few modifiers from `i` (lower-case words, or names such as a
 * nationality: "the lead Syrian commander"), or `i` when there is none.
 */
function pastModifiers(doc: SegmentedDocument, i: number, hi: number, names: ReadonlySet<number>): number {
  // Without a determiner, lower-case words after a comma start a clause of their own ("said Mr X, human rights
  // staff were told").
  if (!DETERMINERS.test(doc.tokens[i]?.text ?? "")) return i;
  let k = i + 1;
  for (let n = 0; n <= DEFAULT_MODIFIERS && k < hi; n++, k++) {
    const t = doc.tokens[k] as Token;
    const lower = t.text.toLowerCase();
    if (ROLE_WORDS.has(lower) && !CONNECTORS.has(lower)) return k === i ? i : k;
    if (!names.has(k) && (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || (t.pos !== "ADJ" && t.pos !== "NOUN"))) break;
  }
  return i;
}

/** How many lower-case words a nationality's description may have: "West Indian all-rounder", "boxing legend". */
const DEFAULT_DESCRIPTION_WORDS = 3;

/**
 * "Mexican Tomas Ybarra", "Panamanian boxing legend Luis Ocampo": a nationality and a few nouns right before a
 * name describe the person. Calls `found` with the description's first and last token.
 */
function described(doc: SegmentedDocument, demonymEnds: ReadonlyMap<number, number>, name: number, lo: number, found: (a: number, b: number) => void): void {
  let i = name;
  while (i > lo && name - i < DEFAULT_DESCRIPTION_WORDS) {
    const t = doc.tokens[i - 1] as Token;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || (t.pos !== "NOUN" && t.pos !== "ADJ")) break;
    i--;
  }
  const first = demonymEnds.get(i);
  if (first !== undefined && first >= lo) found(first, name - 1);
}

export function findRoleDescriptions(doc: SegmentedDocument, mentions: readonly Mention[]): RoleDescription[] {
  const out: RoleDescription[] = [];
  const names = new Set<number>();
  const persons = new Set<number>();
  const demonymEnds = new Map<number, number>();
  for (const m of mentions) for (let i = m.firstToken; i < m.endToken; i++) (m.kind === "person" ? persons : names).add(i);
  for (const m of mentions) if (m.demonym) demonymEnds.set(m.endToken, m.firstToken);
  const seen = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== "person") continue;
    const sentence = doc.sentences[m.sentence];
    if (!sentence) continue;
    const add = (a: number, b: number): void => {
      if (a < 0 || b < a) return;
      const tokens = doc.tokens.slice(a, b + 1);
      if (!tokens.some((t) => ROLE_WORDS.has(t.text.toLowerCase()) && !CONNECTORS.has(t.text.toLowerCase()))) return;
      out.push({ start: (tokens[0] as Token).start, end: (tokens[tokens.length - 1] as Token).end, person: m.id });
      seen.set(normalise(tokens), m.id);
    };
    // Before the name: "Foreign Secretary Boris Johnson"; or before a comma, past any title on the name itself:
    // "The JTF-North commanding general, Lt. Gen. Mark Hollis".
    const before = m.firstToken - 1;
    const title = before >= sentence.firstToken ? run(doc, before, -1, sentence.firstToken, sentence.endToken, names, persons) : -1;
    if (title >= 0) add(title, before);
    else described(doc, demonymEnds, m.firstToken, sentence.firstToken, (a, b) => out.push({ start: doc.tokens[a]!.start, end: doc.tokens[b]!.end, person: m.id }));
    const comma = (title >= 0 ? title : m.firstToken) - 1;
    // "the Minister of Foreign Affairs, HE Dr X"; "Her deputy is Brigadier General X".
    const joiner = doc.tokens[comma]?.text ?? "";
    if ((joiner === "," || COPULAS.has(joiner)) && comma - 1 >= sentence.firstToken) {
      const first = run(doc, comma - 1, -1, sentence.firstToken, sentence.endToken, names, persons);
      if (first >= 0) add(first, comma - 1);
    }
    // After the name: "Dana Royce, commander of the Northern Command", "X is the commander of Y", "X, who later
    // became the president of Y", "appointed X the lead commander of Y".
    const start = complementStart(doc, m, sentence.firstToken);
    if (start >= 0) {
      const last = run(doc, pastModifiers(doc, start, sentence.endToken, names), 1, sentence.firstToken, sentence.endToken, names, persons);
      // "X, a former world champion": a description whose last role word is a modifier ("former") names no role.
      const head = doc.tokens[last]?.pos;
      if (last >= start && (head === "NOUN" || head === "PROPN")) {
        let end = last;
        while (end + 1 < sentence.endToken && (CONNECTORS.has(doc.tokens[end + 1]!.text.toLowerCase()) || names.has(end + 1))) end++;
        while (end > last && CONNECTORS.has(doc.tokens[end]!.text.toLowerCase())) end--;
        add(start, end);
      }
    }
  }
  // A later "the Foreign Secretary" on its own refers to the person the same words described.
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const text = doc.tokens[i]!.text;
      // Only a three-letter word lower-cases to "the": most words are settled by their length.
      if (text.length !== 3 || persons.has(i) || text.toLowerCase() !== "the") continue;
      const last = run(doc, i + 1, 1, sentence.firstToken, sentence.endToken, NO_NAMES, persons);
      if (last < i + 1) continue;
      const key = normalise(doc.tokens.slice(i + 1, last + 1));
      const person = seen.get(key);
      if (person && !out.some((d) => d.start <= doc.tokens[i]!.start && doc.tokens[i]!.start < d.end)) {
        out.push({ start: doc.tokens[i]!.start, end: doc.tokens[last]!.end, person });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
