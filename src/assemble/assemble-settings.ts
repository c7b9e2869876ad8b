// Settings of the assemble stage, in the sigma pattern: interface, defaults, validation.

export interface AssembleSettings {
  /**
   * Citations kept per node or edge and per article: the first ones in the text. Counts (`mentions`, `weight`) and
   * supporting articles always cover every sentence; the cap only bounds the stored quotes, so a scraped page that
   * repeats one sentence a million times yields a graph of megabytes, not gigabytes. `annotate` keeps every mention.
   */
  maxCitationsPerArticle: number;
}

export const DEFAULT_ASSEMBLE_SETTINGS: AssembleSettings = {
  maxCitationsPerArticle: 50,
};

export class AssembleSettingsError extends Error {
  override name = "AssembleSettingsError";
}

export function resolveAssembleSettings(partial: Partial<AssembleSettings> = {}): AssembleSettings {
  const settings = { ...DEFAULT_ASSEMBLE_SETTINGS, ...partial };
  if (!Number.isInteger(settings.maxCitationsPerArticle) || settings.maxCitationsPerArticle < 1) {
    throw new AssembleSettingsError("newsgraph: maxCitationsPerArticle must be a whole number ≥ 1 (citations kept per node or edge and per article)");
  }
  return settings;
}
