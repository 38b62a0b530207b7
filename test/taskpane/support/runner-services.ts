// The pane's sync services over the runtime's real sync runner, with the sync job a test gives:
// what the pane shows is what a sync from the pane, the ribbon or the opening would show.
import { createSyncRunner, type SyncJob } from "../../../src/app/sync-runner";
import type { FullSyncReport } from "../../../src/sync";
import type { SyncSource, TaskpaneServices } from "../../../src/taskpane/services";

export function runnerServices(job: (options: Parameters<SyncJob>[0]) => Promise<unknown>): Pick<
  TaskpaneServices,
  "syncNow" | "cancelSync" | "watchSyncRun"
> & {
  start(source: SyncSource): Promise<unknown>;
} {
  const runner = createSyncRunner();
  const run = (source: SyncSource) =>
    runner.run(source, (options) => job(options) as Promise<FullSyncReport>).catch(() => undefined);
  return {
    syncNow: async () => void (await run("pane")),
    cancelSync: () => runner.cancel(),
    watchSyncRun: (listener) => runner.watch(listener),
    start: run,
  };
}
