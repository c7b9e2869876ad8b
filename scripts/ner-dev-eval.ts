// Tags conll2003-dev with the NER model and writes predictions in the eval README's format, for score.py.
// Usage: node bin/run-ts.js scripts/ner-dev-eval.ts PRED.jsonl [--model MODEL.bin] [--gold GOLD.jsonl]
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeNerModel, tagSentence } from "../src/ner/index.ts";
import { loadDefaultNerModel } from "../src/ner/load-model-node.ts";

interface GoldDocument {
  id: string;
  text: string;
  meta: { sentences: [number, number][] };
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    model: { type: "string" },
    gold: { type: "string", default: "../shared/eval/conll2003-dev.jsonl" },
  },
});
const output = positionals[0];
if (!output) {
  process.stderr.write("usage: node bin/run-ts.js scripts/ner-dev-eval.ts PRED.jsonl [--model MODEL.bin]\n");
  process.exit(2);
}

const loadStart = performance.now();
const model = values.model ? decodeNerModel(readFileSync(values.model)) : loadDefaultNerModel();
const loadMs = performance.now() - loadStart;

const docs = readFileSync(values.gold ?? "", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as GoldDocument);

// Sentences split on single spaces, with each token's character offset, prepared before timing.
const sentences = docs.map((doc) =>
  doc.meta.sentences.map(([start, end]) => {
    const words = doc.text.slice(start, end).split(" ");
    const offsets: number[] = [];
    let at = start;
    for (const word of words) {
      offsets.push(at);
      at += word.length + 1;
    }
    return { words, offsets };
  }),
);

let tokens = 0;
const tagStart = performance.now();
const tagged = sentences.map((doc) => doc.map((s) => tagSentence(model, s.words)));
const tagMs = performance.now() - tagStart;

const lines = docs.map((doc, d) => {
  const entities: { start: number; end: number; type: string }[] = [];
  (sentences[d] ?? []).forEach((sentence, s) => {
    tokens += sentence.words.length;
    for (const span of tagged[d]?.[s] ?? []) {
      const start = sentence.offsets[span.first] ?? 0;
      const last = span.end - 1;
      const end = (sentence.offsets[last] ?? 0) + (sentence.words[last] ?? "").length;
      entities.push({ start, end, type: span.type });
    }
  });
  return JSON.stringify({ id: doc.id, entities, relations: [] });
});
writeFileSync(output, lines.join("\n") + "\n");
process.stderr.write(
  `ner-dev-eval: model load ${loadMs.toFixed(0)} ms; tagged ${tokens} tokens in ${tagMs.toFixed(0)} ms ` +
    `(${Math.round(tokens / (tagMs / 1000))} tokens/s, includes JIT warm-up); wrote ${output}\n`,
);
