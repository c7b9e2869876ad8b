// Measures NER tagging speed (tokens/s, single core, after warm-up) and model load time on conll2003-dev text.
// Usage: node bin/run-ts.js scripts/ner-bench.ts [--model MODEL.bin] [--gold DOCS.jsonl]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeNerModel, tagSentence } from "../src/ner/index.ts";
import { DEFAULT_NER_MODEL_URL } from "../src/ner/load-model-node.ts";

const { values } = parseArgs({
  options: {
    model: { type: "string" },
    gold: { type: "string", default: "../shared/eval/conll2003-dev.jsonl" },
    rounds: { type: "string", default: "5" },
  },
});
const bytes = readFileSync(values.model ?? DEFAULT_NER_MODEL_URL);
const loads: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  decodeNerModel(bytes);
  loads.push(performance.now() - start);
}
const model = decodeNerModel(bytes);
const sentences = readFileSync(values.gold ?? "", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .flatMap((line) => {
    const doc = JSON.parse(line) as { text: string; meta: { sentences: [number, number][] } };
    return doc.meta.sentences.map(([s, e]) => doc.text.slice(s, e).split(" "));
  });
const tokens = sentences.reduce((n, s) => n + s.length, 0);
const rates: number[] = [];
const cpuRates: number[] = [];
let spans = 0;
for (let round = 0; round < Number(values.rounds); round++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const words of sentences) spans += tagSentence(model, words).length;
  const used = process.cpuUsage(cpu);
  rates.push(tokens / ((performance.now() - start) / 1000));
  // CPU time of this process: steadier than wall time when other work shares the machine.
  cpuRates.push(tokens / ((used.user + used.system) / 1e6));
}
console.log(
  `decode (first, then warm): ${loads.map((ms) => ms.toFixed(0)).join(", ")} ms; ` +
    `model ${(bytes.length / 1e6).toFixed(2)} MB\n` +
    `tagging ${tokens} tokens per round: ${rates.map((r) => Math.round(r)).join(", ")} tokens/s wall\n` +
    `per CPU second: ${cpuRates.map((r) => Math.round(r)).join(", ")} tokens/s (${spans} spans)`,
);
