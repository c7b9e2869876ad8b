// Mentions made up for resolution's unit tests: a person's name in an article, each at its own offset.
import type { Mention } from "../../src/model/mention.ts";

let next = 0;

/** A mention of `surface` in `article`, at a fresh offset; `extra` overrides any field. */
export function mention(surface: string, article = "a", extra: Partial<Mention> = {}): Mention {
  const start = next++ * 10;
  return {
    id: `${article}#${start}`, article, sentence: 0, firstToken: 0, endToken: 1, start, end: start + surface.length,
    surface, kind: "person", coarse: "PER", demonym: false, source: "model", ...extra,
  };
}
