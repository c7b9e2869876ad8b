// Settings of the extraction worker pool: how many threads, and how many articles travel per message.
import { availableParallelism } from "node:os";

export interface PoolSettings {
  // Threads
  /** Worker threads; 1 extracts in the calling thread with no pool at all. */
  workers: number;
  // Messaging
  /** Articles per message: large enough to amortise a round trip, small enough to balance the load at the end. */
  batchSize: number;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = {
  workers: availableParallelism(),
  batchSize: 8,
};

export class PoolSettingsError extends Error {
  override name = "PoolSettingsError";
}

export function validatePoolSettings(settings: PoolSettings): void {
  if (!Number.isInteger(settings.workers) || settings.workers < 1) throw new PoolSettingsError(`newsgraph: --workers must be a whole number ≥ 1, not ${settings.workers}`);
  if (!Number.isInteger(settings.batchSize) || settings.batchSize < 1) throw new PoolSettingsError(`newsgraph: batch size must be a whole number ≥ 1, not ${settings.batchSize}`);
}

export function resolvePoolSettings(partial: Partial<PoolSettings> = {}): PoolSettings {
  const settings = { ...DEFAULT_POOL_SETTINGS, ...partial };
  validatePoolSettings(settings);
  return settings;
}
