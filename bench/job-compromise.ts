// Baseline job: compromise, parsing each article and listing its people, places and organisations.
import nlp from "compromise";
import { readCorpus } from "./bench-corpus.ts";
import { reportJob } from "./job-report.ts";

const [corpus] = process.argv.slice(2);
if (!corpus) throw new Error("job-compromise: usage: job-compromise.ts CORPUS.jsonl");
const started = performance.now();
const articles = readCorpus(corpus);
let names = 0;
for (const article of articles) {
  const doc = nlp(article.text);
  names += doc.people().out("array").length + doc.places().out("array").length + doc.organizations().out("array").length;
}
// Keeps the calls observable, so no engine can drop them as dead code.
if (names < 0) process.stderr.write("impossible\n");
reportJob(performance.now() - started, articles.length);
