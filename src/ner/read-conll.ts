// Parses CoNLL-2003 column files (word first, NER tag last, IOB1 or IOB2, -DOCSTART- between articles).
import { ConllFormatError } from "./conll-format-error.ts";
import { NER_TYPES } from "./tags.ts";
import type { NerType, TaggedSpan, TrainingDocument, TrainingSentence } from "./types.ts";

function parseTag(tag: string, line: number): { begin: boolean; type: NerType | null } {
  if (tag === "O") return { begin: false, type: null };
  const match = /^([BI])-(\w+)$/.exec(tag);
  const type = NER_TYPES.find((t) => t === match?.[2]);
  if (!match || !type) throw new ConllFormatError(`unknown NER tag "${tag}" (expected O, B-X or I-X)`, line);
  return { begin: match[1] === "B", type };
}

export function readConll(text: string): TrainingDocument[] {
  const documents: TrainingDocument[] = [];
  let current: TrainingDocument | null = null;
  let words: string[] = [];
  let spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;

  const endSentence = (): void => {
    if (words.length === 0) return;
    if (!current) {
      current = { sentences: [] };
      documents.push(current);
    }
    const sentence: TrainingSentence = { words, spans };
    current.sentences.push(sentence);
    words = [];
    spans = [];
    open = null;
  };

  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? "").trim();
    if (line === "") {
      endSentence();
      continue;
    }
    const columns = line.split(/\s+/);
    if (columns[0] === "-DOCSTART-") {
      endSentence();
      current = { sentences: [] };
      documents.push(current);
      continue;
    }
    if (columns.length < 2) throw new ConllFormatError("expected a word and an NER tag separated by spaces", index + 1);
    const { begin, type } = parseTag(columns[columns.length - 1] ?? "", index + 1);
    const position = words.length;
    words.push(columns[0] ?? "");
    if (type === null) {
      open = null;
    } else if (open !== null && !begin && open.type === type) {
      open.end = position + 1;
    } else {
      open = { first: position, end: position + 1, type };
      spans.push(open);
    }
  }
  endSentence();
  return documents.filter((d) => d.sentences.length > 0);
}
