// Tuning loop for the NER tagger: trains on CoNLL-2003 eng.train and scores strict span F1 on eng.testa (dev).
// Usage: node bin/run-ts.js scripts/ner-tune.ts [--epochs 5,10] [--min-count 1] [--prune 0]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readConll, tagSentence, trainNer } from "../src/ner/index.ts";
import type { TaggedSpan } from "../src/ner/index.ts";

const { values } = parseArgs({
  options: {
    train: { type: "string", default: "../shared/eval/conll/eng.train" },
    dev: { type: "string", default: "../shared/eval/conll/eng.testa" },
    epochs: { type: "string", default: "10" },
    "min-count": { type: "string", default: "1" },
    prune: { type: "string", default: "0" },
    rare: { type: "string", default: "1" },
  },
});
const train = readConll(readFileSync(values.train ?? "", "utf8")).flatMap((d) => d.sentences);
const dev = readConll(readFileSync(values.dev ?? "", "utf8")).flatMap((d) => d.sentences);
const key = (s: TaggedSpan): string => `${s.first}:${s.end}:${s.type}`;

for (const epochs of (values.epochs ?? "10").split(",").map(Number)) {
  const started = performance.now();
  const model = trainNer(train, {
    epochs,
    minFeatureCount: Number(values["min-count"]),
    pruneBelow: Number(values.prune),
    rareWordCount: Number(values.rare),
  });
  const seconds = (performance.now() - started) / 1000;
  const counts = new Map<string, { tp: number; gold: number; pred: number }>();
  const bump = (type: string, field: "tp" | "gold" | "pred"): void => {
    const c = counts.get(type) ?? { tp: 0, gold: 0, pred: 0 };
    c[field]++;
    counts.set(type, c);
  };
  for (const sentence of dev) {
    const gold = new Set(sentence.spans.map(key));
    for (const s of sentence.spans) bump(s.type, "gold");
    for (const s of tagSentence(model, sentence.words)) {
      bump(s.type, "pred");
      if (gold.has(key(s))) bump(s.type, "tp");
    }
  }
  const f1 = (c: { tp: number; gold: number; pred: number }): number => (2 * c.tp) / (c.gold + c.pred || 1);
  const micro = { tp: 0, gold: 0, pred: 0 };
  for (const type of ["PER", "ORG", "LOC"]) {
    const c = counts.get(type) ?? micro;
    micro.tp += c.tp;
    micro.gold += c.gold;
    micro.pred += c.pred;
  }
  const perType = [...counts].map(([t, c]) => `${t} ${f1(c).toFixed(3)}`).join("  ");
  console.log(
    `epochs ${epochs}: PER+ORG+LOC strict F1 ${f1(micro).toFixed(4)}  (${perType}); ` +
      `${model.rowCount} features, ${model.entries.length} weights, trained in ${seconds.toFixed(0)} s`,
  );
}
