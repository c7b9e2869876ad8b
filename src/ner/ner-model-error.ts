// The error thrown for an unreadable or incompatible NER model file.

export class NerModelError extends Error {
  override name = "NerModelError";
  constructor(message: string) {
    super(`newsgraph: ${message}`);
  }
}
