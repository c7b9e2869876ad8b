// `npm run bench [CORPUS] [--runs N] [--limit N] [--eval DOCS.jsonl]`: times the whole build, extraction alone and
// two baselines (bare wink-nlp, compromise) on the same articles, each in its own process, and prints a markdown
// table of medians with a line that reads them against the targets; then a second table on evaluation documents (conll2003-dev by default): the bare wink pass, the
// tagger alone and the whole `newsgraph annotate`.
import { existsSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { limitedCorpus } from "./bench-corpus.ts";
import type { JobReport } from "./job-report.ts";
import { medianOfRuns } from "./run-job.ts";
import { prepareRebuild } from "./rebuild-corpus.ts";

export interface BenchSettings {
  // Input
  /** A .jsonl of articles; relative paths resolve against the repository root. */
  corpus: string;
  /** Use only the first N articles (0: all). */
  limit: number;
  // Measurement
  /** Runs per job; the median is reported. */
  runs: number;
  /** Worker threads for the parallel build row (0: one per core). */
  workers: number;
  /** Skip the compromise baseline (it is the slowest job). */
  skipCompromise: boolean;
  /** Evaluation documents for the annotate-speed table (skipped when the file is absent). */
  evalFile: string;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export const DEFAULT_BENCH_SETTINGS: BenchSettings = {
  corpus: "../shared/corpus/bbc-news.jsonl",
  limit: 0,
  runs: 3,
  workers: 0,
  skipCompromise: false,
  evalFile: "../shared/eval/conll2003-dev.jsonl",
};

export function validateBenchSettings(settings: BenchSettings): void {
  for (const key of ["limit", "runs", "workers"] as const) {
    const value = settings[key];
    if (!Number.isInteger(value) || value < 0) throw new Error(`bench: --${key} must be a whole number ≥ 0, not ${value}`);
  }
  if (settings.runs < 1) throw new Error("bench: --runs must be at least 1");
  if (!existsSync(resolve(ROOT, settings.corpus))) throw new Error(`bench: corpus "${settings.corpus}" not found; pass a .jsonl of articles`);
}

function parseBenchArgs(argv: string[]): BenchSettings {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: "string" },
      limit: { type: "string" },
      workers: { type: "string" },
      "skip-compromise": { type: "boolean", default: false },
      eval: { type: "string" },
    },
  });
  const num = (v: string | undefined, fallback: number): number => (v === undefined ? fallback : Number(v));
  const settings: BenchSettings = {
    corpus: positionals[0] ?? DEFAULT_BENCH_SETTINGS.corpus,
    limit: num(values.limit, DEFAULT_BENCH_SETTINGS.limit),
    runs: num(values.runs, DEFAULT_BENCH_SETTINGS.runs),
    workers: num(values.workers, DEFAULT_BENCH_SETTINGS.workers),
    skipCompromise: values["skip-compromise"],
    evalFile: values.eval ?? DEFAULT_BENCH_SETTINGS.evalFile,
  };
  validateBenchSettings(settings);
  return settings;
}

interface Row {
  label: string;
  report: JobReport;
}

function formatTable(rows: readonly Row[], tokens: number, wink: JobReport): string {
  const lines = [
    "| job | wall time (s) | tokens/s (wall) | × bare wink (wall) | CPU time (s) | × bare wink (CPU) | peak RSS (MiB) |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { label, report } of rows) {
    const seconds = report.ms / 1000;
    lines.push(
      `| ${label} | ${seconds.toFixed(2)} | ${Math.round(tokens / seconds).toLocaleString("en-GB")} | ${(report.ms / wink.ms).toFixed(2)}× | ` +
        `${(report.cpuMs / 1000).toFixed(2)} | ${(report.cpuMs / wink.cpuMs).toFixed(2)}× | ${(report.maxRssKiB / 1024).toFixed(0)} |`,
    );
  }
  return lines.join("\n");
}

/**
 * The speed of annotating evaluation documents: the bare wink pass, the tagger alone on wink's sentences, and the
 * whole `newsgraph annotate`, on the same text, with tokens/s and the ratio to the wink pass.
 */
function annotateTable(settings: BenchSettings, log: (line: string) => void): string {
  const file = resolve(ROOT, settings.evalFile);
  if (!existsSync(file)) return `(annotate speed: ${settings.evalFile} not found, skipped)\n`;
  const wink = medianOfRuns("job-wink", [file], settings.runs, log);
  const tokens = wink.tokens ?? 0;
  const rows: Row[] = [
    { label: "bare wink-nlp pass (sentences, tokens, POS)", report: wink },
    { label: "statistical tagger alone, on wink's sentences", report: medianOfRuns("job-tagger", [file], settings.runs, log) },
    { label: "newsgraph annotate (whole pipeline, model and lexicon load included)", report: medianOfRuns("job-annotate", [file], settings.runs, log) },
  ];
  const lines = ["| job | wall time (s) | tokens/s (wall) | × bare wink (wall) |", "|---|---:|---:|---:|"];
  for (const { label, report } of rows) {
    lines.push(`| ${label} | ${(report.ms / 1000).toFixed(2)} | ${Math.round(tokens / (report.ms / 1000)).toLocaleString("en-GB")} | ${(report.ms / wink.ms).toFixed(2)}× |`);
  }
  return `\nannotate speed on ${settings.evalFile}: ${wink.articles} documents, ${tokens.toLocaleString("en-GB")} wink tokens; one core; median of ${settings.runs}\n\n${lines.join("\n")}\n`;
}

async function bench(settings: BenchSettings): Promise<void> {
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const source = resolve(ROOT, settings.corpus);
  const corpus = settings.limit > 0 ? await limitedCorpus(source, settings.limit) : source;
  const workers = settings.workers > 0 ? settings.workers : availableParallelism();
  const runs = settings.runs;
  const wink = medianOfRuns("job-wink", [corpus], runs, log);
  const tokens = wink.tokens ?? 0;
  const rows: Row[] = [];
  const build = medianOfRuns("job-build", [corpus, "--no-cache", "--workers", String(workers)], runs, log);
  rows.push({ label: `(a) newsgraph build, ${workers} worker${workers === 1 ? "" : "s"}, no cache`, report: build });
  let cold = build;
  if (workers !== 1) {
    const inProcess = medianOfRuns("job-build", [corpus, "--no-cache", "--workers", "1"], runs, log);
    rows.push({ label: "(a) newsgraph build, in-process, no cache", report: inProcess });
    if (inProcess.ms < cold.ms) cold = inProcess;
  }
  const rebuild = await prepareRebuild(corpus, workers);
  const rebuilt = medianOfRuns("job-build", rebuild.args, runs, log);
  rows.push({ label: "(a) rebuild after adding one article (warm cache)", report: rebuilt });
  const extraction = medianOfRuns("job-extract", [corpus], runs, log);
  rows.push({ label: "(b) extraction alone (extract + resolve per doc)", report: extraction });
  rows.push({ label: "(c) bare wink-nlp pass (sentences, tokens, POS)", report: wink });
  if (!settings.skipCompromise) rows.push({ label: "(d) compromise (people, places, organisations)", report: medianOfRuns("job-compromise", [corpus], runs, log) });
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  process.stdout.write(
    `newsgraph bench — ${new Date().toISOString()}\n` +
      `machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, ${process.platform}\n` +
      `corpus: ${settings.corpus}${settings.limit > 0 ? ` (first ${settings.limit})` : ""}: ${wink.articles} articles, ${tokens.toLocaleString("en-GB")} wink tokens; ` +
      `median of ${runs} run${runs === 1 ? "" : "s"}\n\n${formatTable(rows, tokens, wink)}\n\n` +
      `against the targets (wall, the faster cold build): build ${(cold.ms / wink.ms).toFixed(2)}× the bare wink pass (≤ 2×), ` +
      `extraction ${(extraction.ms / wink.ms).toFixed(2)}× (≤ 1.5×), rebuild ${Math.round((100 * rebuilt.ms) / cold.ms)}% of a cold build (≤ 10%)\n` +
      annotateTable(settings, log),
  );
}

await bench(parseBenchArgs(process.argv.slice(2)));
