// Runs one benchmark job in its own Node process (so peak RSS belongs to that job alone) and reads its report.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { JobReport } from "./job-report.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export class BenchJobError extends Error {
  override name = "BenchJobError";
}

/** Runs `bench/<job>.ts` with the given arguments under tsx and returns the JSON report on its last stdout line. */
export function runJob(job: string, args: readonly string[]): JobReport {
  const result = spawnSync(process.execPath, ["bin/run-ts.js", `bench/${job}.ts`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (result.stdout ?? "").trim().split("\n");
  const last = lines[lines.length - 1] ?? "";
  if (result.status !== 0 || !last.startsWith("{")) {
    throw new BenchJobError(`bench: ${job} failed (exit ${result.status}): ${(result.stderr ?? "").slice(-2000)}`);
  }
  return JSON.parse(last) as JobReport;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs a job `runs` times and keeps the median wall time and the median peak RSS. */
export function medianOfRuns(job: string, args: readonly string[] | (() => string[]), runs: number, log: (line: string) => void): JobReport {
  const reports: JobReport[] = [];
  for (let i = 0; i < runs; i++) {
    const report = runJob(job, typeof args === "function" ? args() : args);
    log(`  ${job} run ${i + 1}/${runs}: ${(report.ms / 1000).toFixed(2)} s, CPU ${(report.cpuMs / 1000).toFixed(2)} s, ${(report.maxRssKiB / 1024).toFixed(0)} MiB`);
    reports.push(report);
  }
  const first = reports[0] as JobReport;
  return { ...first, ms: median(reports.map((r) => r.ms)), cpuMs: median(reports.map((r) => r.cpuMs)), maxRssKiB: median(reports.map((r) => r.maxRssKiB)) };
}
