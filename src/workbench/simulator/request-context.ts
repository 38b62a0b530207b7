// RequestContext and sync(): operations queue up on proxies and run in order at sync time as one
// counted round trip, with Excel on the web's 5 MB request/response limits; a request that fails
// on payload size changes nothing.
import {
  ErrorCodes,
  inThisRealm,
  isPayloadLimitError,
  requestTooLarge,
  responseTooLarge,
  SimOfficeError,
} from "./errors";
import { type WorkbookModel } from "./workbook-model";

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface HostOptions {
  payloadLimitBytes: number;
  /** ExcelApi 1.14 added WorksheetChangedEventArgs.triggerSource; older hosts leave it out. */
  triggerSource: boolean;
  /** Which add-in instance this is when co-authors share the workbook (its events, its edits). */
  instance?: string;
}

/** One queued action: a property set, a method call, a load or an object creation. */
export interface SimOp {
  requestBytes: number;
  /** Loads produce a response; batches with loads keep undo data for a response overflow. */
  reads: boolean;
  run(batch: SimBatch): void;
}

export class SimBatch {
  responseBytes = 0;
  private readonly commits: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  addResponse(bytes: number): void {
    this.responseBytes += bytes;
    if (this.responseBytes > this.limit) throw responseTooLarge();
  }

  /** Runs after the whole request succeeded: loaded values become visible only then. */
  onCommit(fn: () => void): void {
    this.commits.push(fn);
  }

  commit(): void {
    for (const fn of this.commits) fn();
  }
}

export class SimRequestQueue {
  private ops: SimOp[] = [];
  closed = false;

  constructor(
    readonly model: WorkbookModel,
    readonly options: HostOptions,
  ) {}

  enqueue(op: SimOp): void {
    this.ops.push(op);
  }

  get pending(): number {
    return this.ops.length;
  }

  /** Executes the queued operations as one request; a request with nothing queued is not sent. */
  async flush(): Promise<void> {
    await Promise.resolve();
    if (this.closed) {
      throw new SimOfficeError(
        ErrorCodes.invalidRequestContext,
        "Cannot use the request context after Excel.run has completed.",
      );
    }
    const ops = this.ops;
    this.ops = [];
    if (ops.length === 0) return;
    const { model } = this;
    model.stats.roundTrips++;
    let requestBytes = 0;
    for (const op of ops) requestBytes += op.requestBytes;
    model.stats.requestBytes += requestBytes;
    if (requestBytes > this.options.payloadLimitBytes) throw requestTooLarge();
    const batch = new SimBatch(this.options.payloadLimitBytes);
    model.beginBatch(
      ops.some((op) => op.reads),
      this.options.instance,
    );
    try {
      for (const op of ops) op.run(batch);
    } catch (error) {
      // Excel keeps what ran before a failing action, except when the payload itself was refused
      model.endBatch(isPayloadLimitError(error));
      throw inThisRealm(error);
    }
    model.endBatch(false);
    model.stats.responseBytes += batch.responseBytes;
    batch.commit();
  }
}
