// Worksheet change events: handler registrations (per sheet or workbook-wide) and asynchronous
// delivery of Excel.WorksheetChangedEventArgs-shaped objects after a change has been applied.
// Remote delivery to one co-author can be held and released (hold/release): in real Excel a
// co-author's edits reach the other add-ins seconds later, once AutoSave has merged them, so a
// test can make "my pane has not seen your edit yet" happen on purpose instead of by timing.
import { formatRect, type Rect } from "./a1-address";
import { type SimValue } from "./cell-input";
import { valueType } from "./cell-writes";

export type EventSourceName = "Local" | "Remote";
export type TriggerSource = "Unknown" | "ThisLocalAddin";

export interface ChangeOrigin {
  source: EventSourceName;
  triggerSource: TriggerSource;
  /**
   * Which co-author made the change (an add-in instance or the person at the grid); every other
   * co-author's handlers receive it as Excel delivers a co-author's edit: Remote, Unknown.
   */
  author?: string;
}

/** What Excel reports in WorksheetChangedEventArgs.changeType. */
export type ChangeType =
  "RangeEdited" | "RowInserted" | "RowDeleted" | "CellInserted" | "CellDeleted";

export interface CellChange {
  sheetId: string;
  rect: Rect;
  origin: ChangeOrigin;
  /** RangeEdited when absent. */
  changeType?: ChangeType;
  before?: SimValue;
  after?: SimValue;
}

export type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => unknown;

interface Registration {
  sheetId: string | null;
  handler: ChangeHandler;
  /** The co-author (add-in instance) that registered; undefined where there is only one. */
  instance?: string;
}

const REMOTE: ChangeOrigin = { source: "Remote", triggerSource: "Unknown" };

/** The change as one co-author's handlers see it: someone else's edit arrives as Remote. */
function seenBy(origin: ChangeOrigin, instance: string | undefined): ChangeOrigin {
  const { author } = origin;
  return author === undefined || instance === undefined || author === instance ? origin : REMOTE;
}

export function changedEventArgs(
  change: CellChange,
  origin: ChangeOrigin = change.origin,
): Excel.WorksheetChangedEventArgs {
  const address = formatRect(change.rect);
  const { sheetId: worksheetId } = change;
  const changeType = change.changeType ?? "RangeEdited";
  // Excel gives details only for a single edited cell, never for pastes or inserted/deleted cells
  const single =
    changeType === "RangeEdited" &&
    change.rect.rows === 1 &&
    change.rect.cols === 1 &&
    change.after !== undefined;
  const args = {
    type: "WorksheetChanged" as const,
    changeType,
    source: origin.source,
    triggerSource: origin.triggerSource,
    worksheetId,
    address,
    changeDirectionState: undefined,
    details: single ? detailOf(change.before ?? "", change.after ?? "") : undefined,
    getRange: (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItem(worksheetId).getRange(address),
    getRangeOrNullObject: (ctx: Excel.RequestContext) =>
      ctx.workbook.worksheets.getItem(worksheetId).getRange(address),
  };
  return args as unknown as Excel.WorksheetChangedEventArgs;
}

function detailOf(before: SimValue, after: SimValue) {
  return {
    valueBefore: before,
    valueAfter: after,
    valueTypeBefore: valueType(before),
    valueTypeAfter: valueType(after),
  };
}

export class EventHub {
  private registrations: Registration[] = [];
  /** Co-author instances whose Remote changes wait, each with its deliveries in order. */
  private readonly held = new Map<string, (() => void)[]>();

  /** Until release(instance), co-authors' (Remote) changes are kept from that instance. */
  hold(instance: string): void {
    if (!this.held.has(instance)) this.held.set(instance, []);
  }

  /** Delivers what was held for the instance, in order, on a later task; then live again. */
  release(instance: string): void {
    const waiting = this.held.get(instance) ?? [];
    this.held.delete(instance);
    if (waiting.length > 0) setTimeout(() => waiting.forEach((deliver) => deliver()), 0);
  }

  add(sheetId: string | null, handler: ChangeHandler, instance?: string): () => void {
    const reg = { sheetId, handler, instance };
    this.registrations.push(reg);
    return () => {
      this.registrations = this.registrations.filter((r) => r !== reg);
    };
  }

  get size(): number {
    return this.registrations.length;
  }

  /** Calls handlers on a later task, as Excel does; a failing handler never affects the workbook. */
  dispatch(changes: readonly CellChange[]): void {
    if (this.registrations.length === 0 || changes.length === 0) return;
    const targets = this.registrations.slice();
    setTimeout(() => {
      for (const change of changes) {
        for (const reg of targets) {
          if (reg.sheetId !== null && reg.sheetId !== change.sheetId) continue;
          const args = changedEventArgs(change, seenBy(change.origin, reg.instance));
          const deliver = () =>
            void Promise.resolve()
              .then(() => reg.handler(args))
              .catch(() => undefined);
          const waiting = reg.instance === undefined ? undefined : this.held.get(reg.instance);
          if (waiting && args.source === "Remote") waiting.push(deliver);
          else deliver();
        }
      }
    }, 0);
  }
}
