// Job: `newsgraph annotate` on an evaluation file (the whole per-document pipeline, as the scorer sees it), through
// the CLI's own entry point.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main.ts";
import { reportJob } from "./job-report.ts";

const [file] = process.argv.slice(2);
if (!file) throw new Error("job-annotate: usage: job-annotate.ts DOCS.jsonl");
const out = mkdtempSync(join(tmpdir(), "newsgraph-bench-annotate-"));
const started = performance.now();
const code = await main(["annotate", file, "-o", join(out, "pred.jsonl")]);
if (code !== 0) throw new Error(`job-annotate: newsgraph annotate exited with ${code}`);
const ms = performance.now() - started;
rmSync(out, { recursive: true, force: true });
reportJob(ms, 0);
