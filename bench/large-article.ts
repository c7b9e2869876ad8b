// `npm run bench:large [--megabytes N] [--runs N]`: builds one generated article of N MB (20 by default) that repeats
// "Vladimir Putin met Recep Tayyip Erdogan in Ankara." over and over, the long-article case of the robustness
// tests, with the real CLI in its own process, and prints the median wall time, CPU time and peak memory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { medianOfRuns } from "./run-job.ts";

const SENTENCE = "Vladimir Putin met Recep Tayyip Erdogan in Ankara. ";

const { values } = parseArgs({ args: process.argv.slice(2), options: { megabytes: { type: "string" }, runs: { type: "string" } } });
const megabytes = Number(values.megabytes ?? 20);
const runs = Number(values.runs ?? 3);
if (!(megabytes > 0) || !Number.isInteger(runs) || runs < 1) throw new Error("bench:large: --megabytes must be > 0 and --runs a whole number ≥ 1");

const dir = mkdtempSync(join(tmpdir(), "newsgraph-large-"));
try {
  const folder = join(dir, "in");
  mkdirSync(folder);
  const bytes = Math.ceil(megabytes * 1024 * 1024);
  writeFileSync(join(folder, "big-article.txt"), `Putin and Erdogan meet again\n\n${SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length))}`);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const report = medianOfRuns("job-build", [folder, "--no-cache", "--workers", "1", "--max-bytes", String(bytes * 2)], runs, log);
  process.stdout.write(
    `newsgraph bench:large — ${new Date().toISOString()}\n` +
      `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}; median of ${runs}\n` +
      `| article | build wall time (s) | CPU time (s) | peak RSS (MiB) |\n|---|---:|---:|---:|\n` +
      `| ${megabytes} MB of one repeated sentence | ${(report.ms / 1000).toFixed(1)} | ${(report.cpuMs / 1000).toFixed(1)} | ${(report.maxRssKiB / 1024).toFixed(0)} |\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
