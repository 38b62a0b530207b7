// Options shared by every sync entry point: the clock, ID minting and the configured stages.

import { DEFAULT_STAGES, type StageDefinition } from "../domain/pipeline/default-stages";
import { type IdGenerator, newId as defaultNewId } from "../domain/records";

export interface SyncOptions {
  /** ms since epoch; Date.now by default. */
  readonly now?: () => number;
  readonly newId?: IdGenerator;
  readonly stages?: readonly StageDefinition[];
}

export interface SyncContext {
  readonly at: number;
  readonly newId: IdGenerator;
  readonly stages: readonly StageDefinition[];
}

export function syncContext(options: SyncOptions = {}): SyncContext {
  return {
    at: (options.now ?? Date.now)(),
    newId: options.newId ?? defaultNewId,
    stages: options.stages ?? DEFAULT_STAGES,
  };
}
