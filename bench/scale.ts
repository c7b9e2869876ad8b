// `npm run bench:scale [--articles N] [--workers N] [--format LIST] [--keep DIR]`: generates a synthetic corpus (100k
// articles by default) from the BBC corpus's sentences in a temporary folder, builds it with the real CLI in a child
// process, and reports wall time and peak memory. Nothing generated is kept, unless --keep names a folder: the
// corpus (synthetic.jsonl) and the built files (out/) then stay there, to compare the bytes of two builds.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runJob } from "./run-job.ts";
import { DEFAULT_SYNTHETIC_SETTINGS, writeSyntheticCorpus } from "./synthetic-corpus.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    articles: { type: "string" },
    workers: { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    keep: { type: "string" },
  },
});
const source = resolve(ROOT, positionals[0] ?? "../shared/corpus/bbc-news.jsonl");
const settings = {
  ...DEFAULT_SYNTHETIC_SETTINGS,
  articles: values.articles === undefined ? DEFAULT_SYNTHETIC_SETTINGS.articles : Number(values.articles),
  seed: values.seed === undefined ? DEFAULT_SYNTHETIC_SETTINGS.seed : Number(values.seed),
};
const workers = values.workers ?? String(availableParallelism());
const keep = values.keep === undefined ? null : resolve(values.keep);
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(join(tmpdir(), "newsgraph-scale-"));
try {
  const corpus = join(dir, "synthetic.jsonl");
  const generated = performance.now();
  const bytes = writeSyntheticCorpus(source, corpus, settings);
  process.stderr.write(`generated ${settings.articles} articles (${(bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - generated) / 1000).toFixed(1)} s\n`);
  // The file is far above the default --max-bytes, which guards against mistakes, not against corpora.
  const options = ["--no-cache", "--workers", workers, "--max-bytes", String(bytes + 1)];
  if (values.format !== undefined) options.push("--format", values.format);
  if (keep) options.push("--out", join(keep, "out"));
  const report = runJob("job-build", [corpus, ...options]);
  process.stdout.write(
    `newsgraph bench:scale — ${new Date().toISOString()}\n` +
      `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}\n` +
      `| articles | corpus (MB) | workers | build wall time (s) | CPU time (s) | peak RSS (MiB) |\n|---:|---:|---:|---:|---:|---:|\n` +
      `| ${settings.articles.toLocaleString("en-GB")} | ${(bytes / 1e6).toFixed(1)} | ${workers} | ${(report.ms / 1000).toFixed(1)} | ${(report.cpuMs / 1000).toFixed(1)} | ${(report.maxRssKiB / 1024).toFixed(0)} |\n`,
  );
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
