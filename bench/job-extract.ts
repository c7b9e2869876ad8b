// Job: extraction alone, as `newsgraph annotate` does it: per article clean → segment → recognise, then resolve
// the mentions of that one document. No graph, no layout, no export.
import { loadContext } from "../src/cli/load-context.ts";
import { extractArticle } from "../src/pipeline/extract-article.ts";
import { resolveMentions } from "../src/resolve/resolve-mentions.ts";
import { readCorpus } from "./bench-corpus.ts";
import { reportJob } from "./job-report.ts";

const [corpus] = process.argv.slice(2);
if (!corpus) throw new Error("job-extract: usage: job-extract.ts CORPUS.jsonl");
const started = performance.now();
const articles = readCorpus(corpus);
const context = loadContext([], undefined);
let mentions = 0;
for (const article of articles) {
  const extracted = extractArticle(article, context);
  mentions += resolveMentions([extracted], context.lexicon).mentions.length;
}
if (mentions < 0) process.stderr.write("impossible\n");
reportJob(performance.now() - started, articles.length);
