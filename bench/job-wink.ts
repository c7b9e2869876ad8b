// Baseline job: the bare wink-nlp pass over each article (readDoc with sentences, tokens and POS, nothing else).
// Its token count is the corpus size every tokens/s figure is based on.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { readCorpus } from "./bench-corpus.ts";
import { reportJob } from "./job-report.ts";

const [corpus] = process.argv.slice(2);
if (!corpus) throw new Error("job-wink: usage: job-wink.ts CORPUS.jsonl");
const started = performance.now();
const articles = readCorpus(corpus);
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
let tokens = 0;
for (const article of articles) {
  const doc = nlp.readDoc(article.text);
  const values = doc.tokens().out(its.value) as string[];
  doc.tokens().out(its.pos);
  doc.sentences().out(its.span);
  tokens += values.length;
}
reportJob(performance.now() - started, articles.length, tokens);
