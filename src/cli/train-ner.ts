// `newsgraph train-ner FILES... -o MODEL`: trains the NER tagger on CoNLL-format files and writes the model file.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { encodeNerModel, readConll, trainNer, DEFAULT_TRAIN_SETTINGS } from "../ner/index.ts";
import type { TrainingSentence } from "../ner/index.ts";

const USAGE = `Usage: newsgraph train-ner FILES... -o MODEL [--epochs N] [--seed N] [--min-count N] [--rare-count N]

Trains the statistical NER tagger (averaged structured perceptron, BILOU over PER/ORG/LOC/MISC)
on CoNLL-2003 column files (word first, NER tag last, -DOCSTART- between articles).

Options:
  -o, --output MODEL   where to write the model (.bin)
  --epochs N           passes over the data (default ${DEFAULT_TRAIN_SETTINGS.epochs})
  --seed N             shuffling seed; same data and seed give the same bytes (default ${DEFAULT_TRAIN_SETTINGS.seed})
  --min-count N        drop features seen fewer than N times (default ${DEFAULT_TRAIN_SETTINGS.minFeatureCount})
  --rare-count N       words seen fewer than N times train without identity features (default ${DEFAULT_TRAIN_SETTINGS.rareWordCount})
  --notes TEXT         text stored in the model, e.g. what it was trained on
  -h, --help           show this help
`;

function usageError(message: string): number {
  process.stderr.write(`newsgraph train-ner: ${message}\nRun "newsgraph train-ner --help" for usage.\n`);
  return 2;
}

function parseCount(value: string | undefined, name: string, min: number): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : `--${name} needs an integer ≥ ${min}, got "${value}"`;
}

export async function trainNerCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        epochs: { type: "string" },
        seed: { type: "string" },
        "min-count": { type: "string" },
        "rare-count": { type: "string" },
        notes: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length === 0) return usageError("give at least one CoNLL training file");
  if (!values.output) return usageError("give the model path to write with -o MODEL");
  const epochs = parseCount(values.epochs, "epochs", 1);
  const seed = parseCount(values.seed, "seed", 0);
  const minFeatureCount = parseCount(values["min-count"], "min-count", 1);
  const rareWordCount = parseCount(values["rare-count"], "rare-count", 1);
  for (const v of [epochs, seed, minFeatureCount, rareWordCount]) if (typeof v === "string") return usageError(v);

  const sentences: TrainingSentence[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      return usageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    try {
      for (const doc of readConll(text)) sentences.push(...doc.sentences);
    } catch (error) {
      if ((error as Error).name !== "ConllFormatError") throw error;
      return usageError(`${file}: ${(error as Error).message.replace(/^newsgraph: /, "")}; train-ner reads CoNLL-2003 column files (token POS chunk NER)`);
    }
  }
  const started = performance.now();
  const model = trainNer(sentences, {
    ...(typeof epochs === "number" ? { epochs } : {}),
    ...(typeof seed === "number" ? { seed } : {}),
    ...(typeof minFeatureCount === "number" ? { minFeatureCount } : {}),
    ...(typeof rareWordCount === "number" ? { rareWordCount } : {}),
    ...(values.notes !== undefined ? { notes: values.notes } : {}),
  });
  const bytes = encodeNerModel(model);
  writeFileSync(values.output, bytes);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `newsgraph train-ner: ${sentences.length} sentences, ${model.info.epochs} epochs, ${seconds} s; ` +
      `wrote ${values.output} (${(bytes.length / 1e6).toFixed(2)} MB, ${model.rowCount} features)\n`,
  );
  return 0;
}
