// Writes a synthetic corpus for the scale run: articles made by recombining the sentences of a real corpus with a
// seeded generator, so the same seed always gives the same files. Written line by line, never held whole.
import { closeSync, openSync, writeSync } from "node:fs";
import { readCorpus } from "./bench-corpus.ts";
import { seededRandom } from "../src/shared/seeded-random.ts";

export interface SyntheticSettings {
  // Size
  articles: number;
  /** Sentences per article, drawn uniformly from [min, max]. */
  minSentences: number;
  maxSentences: number;
  // Reproducibility
  seed: number;
}

export const DEFAULT_SYNTHETIC_SETTINGS: SyntheticSettings = {
  articles: 100_000,
  minSentences: 6,
  maxSentences: 24,
  seed: 20050101,
};

export function validateSyntheticSettings(s: SyntheticSettings): void {
  if (!Number.isInteger(s.articles) || s.articles < 1) throw new Error(`bench: --articles must be a whole number ≥ 1, not ${s.articles}`);
  if (!(s.minSentences >= 1 && s.maxSentences >= s.minSentences)) throw new Error("bench: need 1 ≤ minSentences ≤ maxSentences");
}

/** Generates the corpus into `out` (.jsonl) and returns the number of bytes written. */
export function writeSyntheticCorpus(source: string, out: string, settings: SyntheticSettings): number {
  validateSyntheticSettings(settings);
  const articles = readCorpus(source);
  const sentences = articles.flatMap((a) => a.text.split(/(?<=[.!?]["']?)\s+(?=["'A-Z0-9])/).map((s) => s.trim()).filter((s) => s.length > 20));
  const titles = articles.map((a) => a.title);
  if (sentences.length === 0) throw new Error(`bench: no sentences found in ${source}`);
  const random = seededRandom(settings.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fd = openSync(out, "w");
  let bytes = 0;
  try {
    let buffer = "";
    for (let i = 0; i < settings.articles; i++) {
      const count = settings.minSentences + Math.floor(random() * (settings.maxSentences - settings.minSentences + 1));
      const paragraphs: string[] = [];
      for (let k = 0; k < count; k += 3) paragraphs.push(Array.from({ length: Math.min(3, count - k) }, () => pick(sentences)).join(" "));
      const day = String(1 + (i % 28)).padStart(2, "0");
      buffer += `${JSON.stringify({ id: `synthetic-${i}`, title: pick(titles), text: paragraphs.join("\n\n"), source: "BBC News (recombined)", date: `2005-01-${day}` })}\n`;
      if (buffer.length > 1 << 20) {
        bytes += writeSync(fd, buffer);
        buffer = "";
      }
    }
    bytes += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
