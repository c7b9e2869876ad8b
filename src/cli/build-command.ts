// `newsgraph build [inputs...] --out DIR`: articles in, graph.json and graph.gexf (and other formats) out.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { exportFiles, parseExportFormats, type ExportFormat } from "../export/index.ts";
import { findInputFiles, readInputFile, DEFAULT_READ_SETTINGS } from "../load/read-inputs.ts";
import type { Article, SkippedInput } from "../model/article.ts";
import { DEFAULT_ASSEMBLE_SETTINGS } from "../assemble/assemble-settings.ts";
import { dedupeArticles, graphFromExtracted } from "../pipeline/build-graph.ts";
import { DEFAULT_CACHE_SETTINGS, openExtractionCache } from "../cache/extraction-cache.ts";
import { pipelineFingerprint, relationFingerprint } from "../cache/pipeline-fingerprint.ts";
import { openRelationCache } from "../cache/relation-cache.ts";
import { extractCorpus } from "../parallel/extract-corpus.ts";
import { DEFAULT_POOL_SETTINGS } from "../parallel/pool-settings.ts";
import { loadContext, UsageError } from "./load-context.ts";
import { createProgress } from "./progress.ts";
import { writeFilesAtomicOverlapped } from "./write-atomic.ts";

export const BUILD_USAGE = `Usage: newsgraph build [INPUTS...] [--out DIR] [options]

Builds a cited knowledge graph from news articles. INPUTS are files or folders (searched recursively);
with none, it reads data/articles/.

Input formats: .txt .md .html .htm .json .jsonl (records with id, title, text, and optionally outlet or
source, date, url).

Options:
  -o, --out DIR            output folder (default: out)
  --format LIST            comma-separated: json,gexf,graphml,csv (default: json,gexf); json writes graph.json
                           and graph.preview.json, which the viewer draws first on big graphs
  --gexf-version V         1.3 (default) or 1.2 for older readers
  --lexicon FILE           extra lexicon entries (repeatable); see data/lexicon/README.md
  --model FILE             NER model to use instead of data/models/ner-conll2003.bin
  --max-bytes N            skip files (or .jsonl records) larger than N bytes (default ${DEFAULT_READ_SETTINGS.maxBytes})
  --citations N            quotes kept per node or edge and per article; counts cover all (default ${DEFAULT_ASSEMBLE_SETTINGS.maxCitationsPerArticle})
  --workers N              threads that extract, this one and N - 1 workers (default ${DEFAULT_POOL_SETTINGS.workers}, the number of cores)
  --cache DIR              keep per-article extraction results and relations here, so rebuilds only extract
                           new or changed articles, and relate again only those whose names resolved
                           differently (default ${DEFAULT_CACHE_SETTINGS.dir})
  --no-cache               neither read nor write the cache
  -q, --quiet              no progress bar and no list of skipped inputs
  -h, --help               show this help

Exit codes: 0 done (even if some inputs were skipped), 1 no usable article, 2 usage error.
`;

export interface BuildOptions {
  inputs: string[];
  out: string;
  formats: ExportFormat[];
  gexfVersion: "1.3" | "1.2";
  lexicon: string[];
  model: string | undefined;
  maxBytes: number;
  /** Citations kept per node or edge and per article. */
  citations: number;
  quiet: boolean;
  workers: number;
  /** The cache folder, or null for --no-cache. */
  cache: string | null;
}

export function parseBuildArgs(argv: string[]): BuildOptions | "help" {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o", default: "out" },
      format: { type: "string", default: "json,gexf" },
      "gexf-version": { type: "string", default: "1.3" },
      lexicon: { type: "string", multiple: true, default: [] },
      model: { type: "string" },
      "max-bytes": { type: "string" },
      citations: { type: "string" },
      quiet: { type: "boolean", short: "q", default: false },
      workers: { type: "string" },
      cache: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const version = values["gexf-version"];
  if (version !== "1.3" && version !== "1.2") throw new UsageError(`newsgraph: --gexf-version must be 1.3 or 1.2, not "${version}"`);
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_READ_SETTINGS.maxBytes : Number(values["max-bytes"]);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`newsgraph: --max-bytes needs a positive whole number of bytes`);
  const citations = values.citations === undefined ? DEFAULT_ASSEMBLE_SETTINGS.maxCitationsPerArticle : Number(values.citations);
  if (!Number.isInteger(citations) || citations < 1) throw new UsageError(`newsgraph: --citations needs a whole number ≥ 1 (quotes kept per node or edge and per article)`);
  const workers = values.workers === undefined ? DEFAULT_POOL_SETTINGS.workers : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`newsgraph: --workers needs a whole number ≥ 1`);
  if (values.cache !== undefined && values.cache.trim() === "") throw new UsageError(`newsgraph: --cache needs a folder`);
  let formats: ExportFormat[];
  try {
    formats = parseExportFormats(values.format);
  } catch (error) {
    throw new UsageError(`newsgraph: --format: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    inputs: positionals.length > 0 ? positionals : ["data/articles"],
    out: values.out,
    formats,
    gexfVersion: version,
    lexicon: values.lexicon,
    model: values.model,
    maxBytes,
    citations,
    quiet: values.quiet,
    workers,
    cache: values["no-cache"] ? null : (values.cache ?? DEFAULT_CACHE_SETTINGS.dir),
  };
}

/**
 * How far, in percent, V8 lets a heap grow past what its last full collection kept before it collects again. V8's
 * own choice, up to 300% on a machine with memory to spare, let a build's heap reach two to four times its live data:
 * the corpus waiting for the merge and the graph are live for minutes while garbage piles up around them, so that
 * headroom was most of the peak (20,000 articles: 340 MB live after the last collection, 890 MB of heap). 60% bounds
 * it at well under twice. It is a trade of memory for collections: on 100,000 synthetic articles, 50% once peaked at
 * 1,850 MiB in 304 s (446 s CPU); with today's code, 75% peaked at 2,094 MiB in 283 s (416 s CPU), and 60% at
 * 1,995 MiB in 288 s and at 1,925 MiB in 309 s (427 and 461 s CPU) in two runs. 60% keeps the peak under 2 GiB;
 * the time moves with the machine by more than the setting moves it.
 */
export const BUILD_HEAP_GROWING_PERCENT = 60;

function describeSkips(skipped: readonly SkippedInput[]): string {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).join(", ");
}

export async function buildCommand(argv: string[]): Promise<number> {
  const parsed = parseBuildArgs(argv);
  if (parsed === "help") {
    process.stdout.write(BUILD_USAGE);
    return 0;
  }
  const started = performance.now();
  // Process-wide, so the extraction workers started below get it too.
  setFlagsFromString(`--heap-growing-percent=${BUILD_HEAP_GROWING_PERCENT}`);
  const context = loadContext(parsed.lexicon, parsed.model);
  const found = findInputFiles(parsed.inputs);
  const articles: Article[] = [];
  const skipped: SkippedInput[] = [...found.skipped];
  for (const file of found.files) {
    const result = readInputFile(file, { maxBytes: parsed.maxBytes });
    for (const item of result.articles) articles.push(item);
    for (const item of result.skipped) skipped.push(item);
  }
  const corpus = dedupeArticles({ articles, skipped });
  for (const s of corpus.skipped) if (!parsed.quiet || corpus.articles.length === 0) process.stderr.write(`skipped ${s.source}: ${s.reason}: ${s.message}\n`);
  if (corpus.articles.length === 0) {
    process.stderr.write(`newsgraph: no usable article in ${parsed.inputs.join(", ")}; pass files or folders of .txt, .md, .html or .jsonl articles\n`);
    return 1;
  }
  const progress = createProgress(corpus.articles.length, "extracting", process.stderr, !parsed.quiet && process.stderr.isTTY === true);
  const init = { lexiconFiles: parsed.lexicon, modelFile: parsed.model };
  const cache = parsed.cache === null ? null : openExtractionCache(pipelineFingerprint(init), { dir: parsed.cache });
  const { extracted } = await extractCorpus(corpus.articles, {
    context,
    init,
    cache,
    pool: { workers: parsed.workers },
    onProgress: (done) => progress.tick(done),
  });
  progress.end();
  const relationCache = parsed.cache === null ? undefined : openRelationCache(relationFingerprint(init), { dir: parsed.cache });
  const graph = graphFromExtracted(corpus, extracted, context, {}, { maxCitationsPerArticle: parsed.citations }, relationCache);
  // Every file is complete on disk before any is renamed into place, so graph.json and graph.gexf never disagree.
  const files = exportFiles(graph, parsed.formats, { gexf: { version: parsed.gexfVersion } });
  await writeFilesAtomicOverlapped(files.map((file) => ({ path: join(parsed.out, file.name), content: file.chunks() })));
  const relations = graph.reduceEdges((n, _e, a) => n + (a.predicate === "co_mentioned" ? 0 : 1), 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const skips = corpus.skipped.length > 0 ? ` (${describeSkips(corpus.skipped)})` : "";
  process.stdout.write(
    `newsgraph: ${corpus.articles.length} articles read, ${corpus.skipped.length} skipped${skips}; ` +
      `${graph.order} entities, ${relations} relations (+${graph.size - relations} co-mentions); ${seconds} s → ${parsed.out}\n`,
  );
  return 0;
}
