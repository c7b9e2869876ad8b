// `newsgraph annotate DOCS.jsonl -o PRED.jsonl`: the recognised names and relations of each document, in the
// evaluation scorer's prediction format. Reads line by line, so large files are never held whole.
import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { InputError } from "../load/read-inputs.ts";
import { annotateDocument } from "../pipeline/annotate-document.ts";
import { loadContext, UsageError } from "./load-context.ts";
import { writeFileAtomic } from "./write-atomic.ts";

export const ANNOTATE_USAGE = `Usage: newsgraph annotate DOCS.jsonl -o PRED.jsonl [--lexicon FILE] [--model FILE]

Writes, for each document ({"id", "text"} per line), the names found (offsets into "text", type PER/ORG/LOC/MISC,
entity id) and the relations between them (family role/location/cooperation/conflict), one JSON object per line.

Options:
  -o, --output FILE   where to write the predictions (required)
  --lexicon FILE      extra lexicon entries (repeatable)
  --model FILE        NER model to use instead of the shipped one
  -h, --help          show this help
`;

export async function annotateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      lexicon: { type: "string", multiple: true, default: [] },
      model: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(ANNOTATE_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.output) {
    throw new UsageError("newsgraph: annotate needs one input file and -o OUTPUT, e.g. newsgraph annotate docs.jsonl -o pred.jsonl");
  }
  const input = positionals[0] as string;
  if (!statSync(input, { throwIfNoEntry: false })?.isFile()) {
    throw new InputError(`newsgraph: input "${input}" is not a file; pass a JSON Lines file with one {"id", "text"} record per line`);
  }
  const context = loadContext(values.lexicon, values.model);
  const lines: string[] = [];
  let lineNumber = 0;
  let bad = 0;
  const reader = createInterface({ input: createReadStream(input, "utf8"), crlfDelay: Infinity });
  for await (const line of reader) {
    lineNumber++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      bad++;
      process.stderr.write(`newsgraph: ${positionals[0]}:${lineNumber}: not valid JSON; skipped\n`);
      continue;
    }
    if (typeof doc.text !== "string" || (typeof doc.id !== "string" && typeof doc.id !== "number")) {
      bad++;
      process.stderr.write(`newsgraph: ${positionals[0]}:${lineNumber}: needs "id" and "text"; skipped\n`);
      continue;
    }
    lines.push(JSON.stringify(annotateDocument(String(doc.id), doc.text, context)));
  }
  writeFileAtomic(values.output, lines.length > 0 ? `${lines.join("\n")}\n` : "");
  process.stdout.write(`newsgraph: annotated ${lines.length} documents${bad ? `, skipped ${bad} bad lines` : ""} → ${values.output}\n`);
  return lines.length === 0 ? 1 : 0;
}
