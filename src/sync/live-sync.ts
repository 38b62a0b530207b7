// Incremental sync from worksheet change events (DESIGN.md §4): changes are collected per table,
// debounced, then only the touched rows are re-read. Structural changes (rows inserted or
// deleted), very large edits and rows left blank (a cleared row may have held a record) run a
// full sync instead. The add-in's own writes are ignored. Only rows this user changed get an ID
// minted (a co-author's Remote rows wait for that co-author's add-in to write theirs, adopted
// when it arrives). Runs never overlap: a burst arriving mid-run is handled by the next run.

import type { RecordKind } from "../domain/records";
import type { TableChange, WorkbookPort } from "../excel/workbook-port";
import type { CrmDatabase } from "../store";
import { catchUpUnreported } from "./catch-up";
import { changedRows } from "./changed-rows";
import { fullSync } from "./full-sync";
import type { SyncOptions } from "./sync-context";
import { syncRows } from "./sync-rows";

/** Above this many touched rows a full sync is cheaper than row reads. */
const MAX_INCREMENTAL_ROWS = 500;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface LiveSyncOptions extends SyncOptions {
  readonly debounceMs?: number;
  readonly timers?: Timers;
  /** Called with every failed run; the next change or full sync retries. */
  readonly onError?: (error: unknown) => void;
}

export interface LiveSync {
  /** Resolves when no run is pending or under way. */
  idle(): Promise<void>;
  /** Re-reads what Excel changes without an event (drop-down picks), after pending runs. */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export async function startLiveSync(
  port: WorkbookPort,
  db: CrmDatabase,
  options: LiveSyncOptions = {},
): Promise<LiveSync> {
  const queue = new ChangeQueue();
  const timers = options.timers ?? defaultTimers;
  let timer: unknown;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = undefined;
    const work = queue.take();
    running = running.then(() => runWork(port, db, work, options));
  };
  const unsubscribe = await port.onTableChanged((change) => {
    if (change.source === "addin") return;
    queue.add(change);
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(flush, options.debounceMs ?? 300);
  });
  return {
    catchUp: () => {
      running = running.then(() =>
        catchUpUnreported(port, db, options).catch((error: unknown) => options.onError?.(error)),
      );
      return running;
    },
    idle: async () => {
      if (timer !== undefined) {
        timers.clearTimeout(timer);
        flush();
      }
      await running;
    },
    stop: async () => {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      await unsubscribe();
      await running;
    },
  };
}

interface Work {
  readonly full: boolean;
  /** Some change was this user's: ID-less rows get their ID from this run. */
  readonly local: boolean;
  /** Touched rows per table, each with whether this user touched it. */
  readonly rows: ReadonlyMap<RecordKind, ReadonlyMap<number, boolean>>;
}

class ChangeQueue {
  private full = false;
  private local = false;
  private rows = new Map<RecordKind, Map<number, boolean>>();

  add(change: TableChange): void {
    const mine = change.source === "local";
    this.local ||= mine;
    const rows =
      change.change === "edit" ? changedRows(change.address, MAX_INCREMENTAL_ROWS) : undefined;
    if (rows === undefined) this.full = true;
    else {
      const touched = this.rows.get(change.kind) ?? new Map<number, boolean>();
      for (const row of rows) touched.set(row, mine || touched.get(row) === true);
      this.rows.set(change.kind, touched);
      if (touched.size > MAX_INCREMENTAL_ROWS) this.full = true;
    }
  }

  take(): Work {
    const work = { full: this.full, local: this.local, rows: this.rows };
    this.full = false;
    this.local = false;
    this.rows = new Map();
    return work;
  }
}

async function runWork(port: WorkbookPort, db: CrmDatabase, work: Work, options: LiveSyncOptions) {
  const leave = { ...options, mintRowIds: false };
  try {
    if (work.full) {
      await fullSync(port, db, work.local ? options : leave);
      return;
    }
    let cleared = false;
    for (const [kind, touched] of work.rows) {
      const rows = [...touched];
      const mine = rows.filter(([, local]) => local).map(([row]) => row);
      const theirs = rows.filter(([, local]) => !local).map(([row]) => row);
      for (const [batch, how] of [
        [mine, options],
        [theirs, leave],
      ] as const) {
        if (batch.length === 0) continue;
        const report = await syncRows(port, db, kind, batch, how);
        cleared ||= report.cleared;
      }
    }
    if (cleared) await fullSync(port, db, work.local ? options : leave);
  } catch (error) {
    options.onError?.(error);
  }
}
