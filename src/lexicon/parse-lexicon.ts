// Strict validation of one lexicon file, so a typo in a user's file is reported with the file and the entry
// rather than silently dropping an actor from the graph.
import { ENTITY_KINDS, type EntityKind } from "../model/ontology.ts";
import type { LexiconEntry } from "./lexicon-entry.ts";
import { LexiconError } from "./lexicon-error.ts";

const FILE_KEYS = new Set(["$schema", "description", "entries"]);
const ENTRY_KEYS = new Set(["id", "label", "kind", "aliases", "demonyms", "capitals", "capitalOf", "country", "wikidata"]);
const ID_PATTERN = /^\S+$/;
const WIKIDATA_PATTERN = /^Q[1-9][0-9]*$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isKind(x: unknown): x is EntityKind {
  return typeof x === "string" && (ENTITY_KINDS as readonly string[]).includes(x);
}

/** Validates the parsed JSON of a lexicon file; `source` names the file in error messages. */
export function parseLexicon(json: unknown, source: string): LexiconEntry[] {
  if (!isRecord(json)) {
    throw new LexiconError(`${source}: a lexicon file must be a JSON object {"description": ..., "entries": [...]}`);
  }
  for (const key of Object.keys(json)) {
    if (!FILE_KEYS.has(key)) {
      throw new LexiconError(`${source}: unknown top-level key "${key}"; allowed keys are $schema, description, entries`);
    }
  }
  if (json.description !== undefined && typeof json.description !== "string") {
    throw new LexiconError(`${source}: "description" must be a string`);
  }
  const entries = json.entries;
  if (!Array.isArray(entries)) {
    throw new LexiconError(`${source}: "entries" must be an array of entries`);
  }
  const seen = new Map<string, number>();
  return entries.map((raw: unknown, index) => {
    const entry = parseEntry(raw, `${source}: entry ${index}`);
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) {
      throw new LexiconError(`${source}: entry ${index}: id "${entry.id}" repeats entry ${earlier}; give each entry its own id`);
    }
    seen.set(entry.id, index);
    return entry;
  });
}

function parseEntry(raw: unknown, where: string): LexiconEntry {
  if (!isRecord(raw)) throw new LexiconError(`${where}: an entry must be an object with id, label, kind and aliases`);
  const id = raw.id;
  if (typeof id !== "string" || !ID_PATTERN.test(id)) {
    throw new LexiconError(`${where}: "id" must be a non-empty string without spaces, such as "country:russia"`);
  }
  const at = `${where} ("${id}")`;
  for (const key of Object.keys(raw)) {
    if (!ENTRY_KEYS.has(key)) {
      throw new LexiconError(`${at}: unknown key "${key}"; allowed keys are ${[...ENTRY_KEYS].join(", ")}`);
    }
  }
  const label = raw.label;
  if (typeof label !== "string" || label.trim() === "") {
    throw new LexiconError(`${at}: "label" must be a non-empty string`);
  }
  if (!isKind(raw.kind)) {
    throw new LexiconError(`${at}: "kind" must be one of ${ENTITY_KINDS.join(", ")}; got ${JSON.stringify(raw.kind)}`);
  }
  const entry: LexiconEntry = { id, label, kind: raw.kind, aliases: stringList(raw.aliases, "aliases", at) ?? [] };
  const demonyms = stringList(raw.demonyms, "demonyms", at);
  if (demonyms) entry.demonyms = demonyms;
  const capitals = stringList(raw.capitals, "capitals", at);
  if (capitals) entry.capitals = capitals;
  const capitalOf = optionalString(raw.capitalOf, "capitalOf", at);
  if (capitalOf !== undefined) {
    if (entry.kind !== "place") throw new LexiconError(`${at}: "capitalOf" is only allowed on entries of kind "place"`);
    entry.capitalOf = capitalOf;
  }
  const country = optionalString(raw.country, "country", at);
  if (country !== undefined) entry.country = country;
  const wikidata = optionalString(raw.wikidata, "wikidata", at);
  if (wikidata !== undefined) {
    if (!WIKIDATA_PATTERN.test(wikidata)) {
      throw new LexiconError(`${at}: "wikidata" must be a Q-id such as "Q159"; got "${wikidata}" (omit it when unsure)`);
    }
    entry.wikidata = wikidata;
  }
  return entry;
}

function stringList(x: unknown, field: string, at: string): string[] | undefined {
  if (x === undefined) return undefined;
  if (!Array.isArray(x) || !x.every((s): s is string => typeof s === "string" && s.trim() !== "")) {
    throw new LexiconError(`${at}: "${field}" must be an array of non-empty strings`);
  }
  return [...x];
}

function optionalString(x: unknown, field: string, at: string): string | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== "string" || x.trim() === "") throw new LexiconError(`${at}: "${field}" must be a non-empty string`);
  return x;
}
