// Settings of document-level consistency (tag-document.ts), in the sigma pattern: interface, defaults, validation.
import { NerSettingsError } from "./ner-settings-error.ts";

export interface ConsistencySettings {
  /**
   * How many times a document must tag a name as one type before that type is given to its other occurrences.
   * One tagging can be the tagger's slip; two agreeing ones are the document's usage.
   */
  minVotes: number;
}

export const DEFAULT_CONSISTENCY_SETTINGS: ConsistencySettings = {
  minVotes: 2,
};

export function resolveConsistencySettings(partial: Partial<ConsistencySettings> = {}): ConsistencySettings {
  const settings = { ...DEFAULT_CONSISTENCY_SETTINGS, ...partial };
  if (!Number.isInteger(settings.minVotes) || settings.minVotes < 1) {
    throw new NerSettingsError("consistency minVotes must be a whole number ≥ 1 (taggings of a name before its type spreads)");
  }
  return settings;
}
