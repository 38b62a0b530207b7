// Table rows: rows.add (inserting cells below the table, as Excel does), rows.getCount and
// row items with index and values.
import { checkGrid } from "./cell-writes";
import { SimClientResult } from "./client-result";
import { CollectionProxy } from "./collection-proxy";
import { type Mirrors } from "./mirror";
import { jsonSize } from "./payload-size";
import { ProxyObject, type ProxyContext } from "./proxy-object";
import { ADDIN_ORIGIN } from "./range-proxy";
import { addTableRows } from "./table-ops";
import { type TableProxy } from "./table-proxy";
import { bodyRect, tableRowCount, type TableModel } from "./workbook-parts";
import { type WorkbookModel } from "./workbook-model";

interface RowRef {
  table: TableModel;
  index: number;
}

export class TableRowProxy extends ProxyObject<RowRef> {
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    super(context, "TableRow");
  }

  protected scalarNames(): readonly string[] {
    return ["index", "values"];
  }

  protected readProperty({ table, index }: RowRef, name: string): unknown {
    if (name === "index") return index;
    if (name !== "values") return undefined;
    this.model.ensureCalculated();
    return table.sheet.cells.readValues({
      ...bodyRect(table),
      row: bodyRect(table).row + index,
      rows: 1,
    });
  }

  get index(): number {
    return this.read("index");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
}

export class TableRowCollectionProxy
  extends CollectionProxy<RowRef, TableRowProxy>
  implements Mirrors<Excel.TableRowCollection, "add" | "getCount">
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
    private readonly table: TableProxy,
  ) {
    super(context, "TableRowCollection");
  }

  protected list(): readonly RowRef[] {
    const t = this.table.resolved();
    return t ? Array.from({ length: tableRowCount(t) }, (_, index) => ({ table: t, index })) : [];
  }

  protected wrap(): TableRowProxy {
    return new TableRowProxy(this.context, this.model);
  }

  add(
    index?: number | null,
    values?: unknown[][] | boolean | string | number,
    alwaysInsert?: boolean,
  ): TableRowProxy {
    void alwaysInsert;
    const row = this.wrap();
    this.context.queue.enqueue({
      requestBytes: jsonSize(values ?? null),
      reads: false,
      run: () => {
        const t = this.table.resolved();
        if (!t) return;
        const grid = values === undefined ? null : toGrid(values, t);
        const rect = addTableRows(this.model, t, index ?? undefined, grid, ADDIN_ORIGIN);
        row.attach({ table: t, index: rect.row - bodyRect(t).row });
      },
    });
    return row;
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context.queue.enqueue({
      requestBytes: 0,
      reads: true,
      run: (batch) => {
        const t = this.table.resolved();
        const count = t ? tableRowCount(t) : 0;
        batch.addResponse(jsonSize(count));
        batch.onCommit(() => result.set(count));
      },
    });
    return result;
  }
}

function toGrid(values: unknown, t: TableModel): unknown[][] {
  if (!Array.isArray(values)) return [Array(t.rect.cols).fill(values)];
  const grid = checkGrid(
    values,
    { row: 0, col: 0, rows: values.length, cols: t.rect.cols },
    "TableRowCollection.add",
  );
  return grid ?? [];
}
