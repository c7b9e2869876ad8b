// Cross-validated recognition score on the CoNLL-2003 training split: an estimate, from data the shipped model
// was trained on but each fold's model was not, of how the whole recogniser does on news it has not seen. The
// dev file (eng.testa) tuned the model and the rules, so its score is optimistic; this one is less so.
//
// Usage: node bin/run-ts.js scripts/ner-crossval.ts [--folds 5] [--epochs 12]
//   [--train ../shared/eval/conll/eng.train] [--docs ../shared/eval/conll2003-train.jsonl]
// Articles are dealt to folds in turn (article i to fold i mod K). For each fold, a model is trained on the other
// folds' articles, the fold's articles are annotated with it, and the predictions are scored with score.py; the
// table pools every fold's true positives, predictions and gold names.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_LEXICON } from "../src/lexicon/default-lexicon.ts";
import { readConll, trainNer, type TrainingSentence } from "../src/ner/index.ts";
import { annotateDocument } from "../src/pipeline/annotate-document.ts";

interface GoldDocument {
  id: string;
  text: string;
  meta: { conll_doc_index: number };
}

interface Counts { tp: number; pred: number; gold: number }
type ScoreTable = Record<string, Counts>;

const { values } = parseArgs({
  options: {
    folds: { type: "string", default: "5" },
    epochs: { type: "string", default: "12" },
    train: { type: "string", default: "../shared/eval/conll/eng.train" },
    docs: { type: "string", default: "../shared/eval/conll2003-train.jsonl" },
  },
});
const folds = Number(values.folds);
const epochs = Number(values.epochs);
if (!Number.isInteger(folds) || folds < 2) throw new Error(`ner-crossval: --folds must be a whole number ≥ 2, not ${values.folds}`);
if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`ner-crossval: --epochs must be a whole number ≥ 1, not ${values.epochs}`);

const articles = readConll(readFileSync(values.train as string, "utf8"));
const docs = readFileSync(values.docs as string, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as GoldDocument);
if (docs.length !== articles.length) {
  throw new Error(`ner-crossval: ${values.train} has ${articles.length} articles but ${values.docs} has ${docs.length}; pass the two forms of the same split`);
}

const score = resolve("../shared/eval/score.py");
const dir = mkdtempSync(join(tmpdir(), "newsgraph-crossval-"));
const pooled = new Map<string, Counts>();
try {
  for (let fold = 0; fold < folds; fold++) {
    const sentences: TrainingSentence[] = articles.filter((_, i) => i % folds !== fold).flatMap((a) => a.sentences);
    const ner = trainNer(sentences, { epochs });
    const context = { lexicon: DEFAULT_LEXICON, ner };
    const held = docs.filter((d) => d.meta.conll_doc_index % folds === fold);
    const gold = join(dir, `fold-${fold}.gold.jsonl`);
    const pred = join(dir, `fold-${fold}.pred.jsonl`);
    writeFileSync(gold, held.map((d) => JSON.stringify(d)).join("\n") + "\n");
    writeFileSync(pred, held.map((d) => JSON.stringify(annotateDocument(d.id, d.text, context))).join("\n") + "\n");
    const table = (JSON.parse(execFileSync("python3", [score, gold, pred, "--json"], { encoding: "utf8" })) as { entities_strict: ScoreTable }).entities_strict;
    for (const [type, c] of Object.entries(table)) {
      const sum = pooled.get(type) ?? { tp: 0, pred: 0, gold: 0 };
      pooled.set(type, { tp: sum.tp + c.tp, pred: sum.pred + c.pred, gold: sum.gold + c.gold });
    }
    process.stderr.write(`ner-crossval: fold ${fold + 1}/${folds}: trained on ${sentences.length} sentences, annotated ${held.length} articles\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`Strict entity scores, ${folds}-fold cross-validation on ${values.train} (${articles.length} articles), pooled:\n`);
console.log("| type | P | R | F1 |\n|---|---:|---:|---:|");
for (const [type, c] of pooled) {
  const p = c.pred === 0 ? 0 : c.tp / c.pred;
  const r = c.gold === 0 ? 0 : c.tp / c.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  console.log(`| ${type} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1.toFixed(3)} |`);
}
