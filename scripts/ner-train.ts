// Runs the train-ner command directly, for use before the main CLI dispatches to it.
import { trainNerCommand } from "../src/cli/train-ner.ts";
process.exitCode = await trainNerCommand(process.argv.slice(2));
