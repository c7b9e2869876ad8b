// A typed error for malformed lexicon files, so the CLI can report it without a stack trace.

export class LexiconError extends Error {
  override name = "LexiconError" as const;
  constructor(message: string) {
    super(message.startsWith("newsgraph: ") ? message : `newsgraph: ${message}`);
  }
}
