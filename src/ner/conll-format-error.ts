// The error thrown for a malformed CoNLL training file, with the line that broke it.

export class ConllFormatError extends Error {
  override name = "ConllFormatError";
  constructor(message: string, readonly line: number) {
    super(`newsgraph: line ${line}: ${message}`);
  }
}
