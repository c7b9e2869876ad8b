// The newsgraph command line: dispatches to build, annotate and train-ner, and turns errors into exit codes.
import { ANNOTATE_USAGE, annotateCommand } from "./annotate-command.ts";
import { BUILD_USAGE, buildCommand } from "./build-command.ts";
import { UsageError } from "./load-context.ts";
import { trainNerCommand } from "./train-ner.ts";

export const USAGE = `Usage: newsgraph <command> [options]

Commands:
  build [INPUTS...] --out DIR        build the knowledge graph (graph.json, graph.gexf, ...) from articles
  annotate DOCS.jsonl -o PRED.jsonl  write recognised names and relations in the evaluation format
  train-ner FILES... -o MODEL        train the NER tagger on CoNLL-2003 files

Run "newsgraph <command> --help" for a command's options.
`;

/** Errors whose message already says what is wrong and what to do: printed without a stack trace. */
const KNOWN_ERRORS = new Set(["InputError", "LexiconError", "NerModelError", "ExportError", "AnalyseSettingsError", "OutputError"]);

const COMMANDS: Readonly<Record<string, (argv: string[]) => Promise<number>>> = {
  build: buildCommand,
  annotate: annotateCommand,
  "train-ner": trainNerCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`newsgraph: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (error) {
    // parseArgs throws TypeErrors with codes for unknown or malformed options: those are usage errors too.
    const code = (error as { code?: string }).code ?? "";
    if (error instanceof UsageError || code.startsWith("ERR_PARSE_ARGS") || KNOWN_ERRORS.has((error as Error).name)) {
      const usage = command === "build" ? BUILD_USAGE : command === "annotate" ? ANNOTATE_USAGE : "";
      process.stderr.write(`${usageMessage(command, error as Error, code)}\n${usage ? `\n${usage}` : ""}`);
      return 2;
    }
    // A bug, not bad input: say so, and keep the stack so the report can be acted on.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`newsgraph ${command}: unexpected error; please report it with the input that caused it\n${detail}\n`);
    return 1;
  }
}

/** parseArgs' own messages do not say which program failed or where to look: add both. */
function usageMessage(command: string, error: Error, code: string): string {
  if (!code.startsWith("ERR_PARSE_ARGS")) return error.message;
  return `newsgraph ${command}: ${error.message}\nRun "newsgraph ${command} --help" to see the options.`;
}
