// What each benchmark job prints as its last stdout line, so the runner can read it back from a child process.
export interface JobReport {
  /** Wall time of the job's work, from before loading models to the end, in milliseconds. */
  ms: number;
  /** Peak resident set of the whole process (worker threads included), in KiB. */
  maxRssKiB: number;
  /** User + system CPU time of the whole process (all threads), in milliseconds: steadier than wall time on a
   * shared machine, where other jobs take turns on the cores. */
  cpuMs: number;
  articles: number;
  /** wink-nlp tokens seen; only the bare wink job counts them. */
  tokens?: number;
}

export function reportJob(ms: number, articles: number, tokens?: number): void {
  const usage = process.resourceUsage();
  const report: JobReport = { ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS, articles };
  if (tokens !== undefined) report.tokens = tokens;
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
