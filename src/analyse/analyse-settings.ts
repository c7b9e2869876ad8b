// Settings of the analyse stage, in the sigma pattern: interface, defaults, validation.

export interface AnalyseSettings {
  /* Layout */
  /** Seed of the initial positions and of Louvain's random choices. */
  seed: number;
  /** ForceAtlas2 iterations; null chooses by graph size. */
  iterations: number | null;
  /**
   * Barnes-Hut accuracy above DEFAULT_BARNES_HUT_THRESHOLD nodes: a cell of the tree stands for all its nodes when
   * its size over its distance is below theta. Gephi's default is 1.2; graphology's 0.5 is three times slower on
   * the BBC corpus's 13k nodes for no visible gain, and the viewer refines the layout anyway.
   */
  barnesHutTheta: number;
  /* Sizes */
  minNodeSize: number;
  maxNodeSize: number;
  /* Weights */
  /** How much a co-mention counts next to a typed relation, for PageRank, communities and layout. */
  coMentionWeight: number;
}

export const DEFAULT_ANALYSE_SETTINGS: AnalyseSettings = {
  seed: 42,
  iterations: null,
  barnesHutTheta: 1.2,
  minNodeSize: 4,
  maxNodeSize: 22,
  coMentionWeight: 0.25,
};

export class AnalyseSettingsError extends Error {
  override name = "AnalyseSettingsError";
}

export function resolveAnalyseSettings(partial: Partial<AnalyseSettings> = {}): AnalyseSettings {
  const settings = { ...DEFAULT_ANALYSE_SETTINGS, ...partial };
  if (!Number.isInteger(settings.seed)) throw new AnalyseSettingsError("newsgraph: analyse seed must be an integer");
  if (settings.iterations !== null && (!Number.isInteger(settings.iterations) || settings.iterations < 0)) {
    throw new AnalyseSettingsError("newsgraph: layout iterations must be a whole number ≥ 0, or null to choose by graph size");
  }
  if (!(settings.barnesHutTheta > 0)) throw new AnalyseSettingsError("newsgraph: barnesHutTheta must be > 0 (Gephi uses 1.2)");
  if (!(settings.minNodeSize > 0 && settings.maxNodeSize >= settings.minNodeSize)) {
    throw new AnalyseSettingsError("newsgraph: node sizes need 0 < minNodeSize ≤ maxNodeSize");
  }
  if (!(settings.coMentionWeight >= 0)) throw new AnalyseSettingsError("newsgraph: coMentionWeight must be ≥ 0");
  return settings;
}

/** Fewer iterations for larger graphs keep the build in seconds; the viewer refines the layout in a worker. */
export function iterationsFor(order: number): number {
  if (order <= 300) return 300;
  if (order <= 2000) return 100;
  if (order <= 20000) return 40;
  return 15;
}

/** Above this many nodes ForceAtlas2 approximates repulsion with a Barnes-Hut tree (n log n instead of n²). */
export const DEFAULT_BARNES_HUT_THRESHOLD = 300;
