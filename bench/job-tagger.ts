// Job: the statistical tagger alone on wink-nlp's sentences and tokens of each document (wink's time excluded), so
// its cost can be set against the bare wink pass on the same text.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { tagSentence } from "../src/ner/index.ts";
import { loadDefaultNerModel } from "../src/ner/load-model-node.ts";
import { readCorpus } from "./bench-corpus.ts";
import { reportJob } from "./job-report.ts";

const [corpus] = process.argv.slice(2);
if (!corpus) throw new Error("job-tagger: usage: job-tagger.ts DOCS.jsonl");
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
const sentences: string[][] = [];
for (const article of readCorpus(corpus)) {
  const doc = nlp.readDoc(article.text);
  const values = doc.tokens().out(its.value) as string[];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) sentences.push(values.slice(first, last + 1));
}
const started = performance.now();
const ner = loadDefaultNerModel();
let spans = 0;
for (const words of sentences) spans += tagSentence(ner, words).length;
if (spans < 0) process.stderr.write("impossible\n");
reportJob(performance.now() - started, sentences.length);
