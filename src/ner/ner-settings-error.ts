// The error thrown for invalid NER training settings.

export class NerSettingsError extends Error {
  override name = "NerSettingsError";
  constructor(message: string) {
    super(`newsgraph: ${message}`);
  }
}
