// Worksheet charts as records: type, name, title text, series orientation, the source range
// address and the cells the chart covers; the workbench grid draws them from these records.
import { parseAddress, qualifiedAddress, type Rect } from "./a1-address";
import { CollectionProxy } from "./collection-proxy";
import { invalidArgument, itemNotFound } from "./errors";
import { type Mirrors } from "./mirror";
import { ProxyObject, type ProxyContext } from "./proxy-object";
import { asSimRange } from "./range-proxy";
import { type ChartModel } from "./workbook-parts";
import { type WorkbookModel } from "./workbook-model";
import { type WorksheetProxy } from "./worksheet-proxy";

/** Excel puts a new chart over the sheet at a default size (5 × 3 in); here beside its data. */
const DEFAULT_SIZE = { rows: 12, cols: 4 };

function defaultPosition(source: Rect): Rect {
  return { row: source.row, col: source.col + source.cols + 1, ...DEFAULT_SIZE };
}

/** The cell a setPosition argument names: a Range (its top-left cell) or an address. */
function cellOf(cell: Excel.Range | string, location: string): { row: number; col: number } {
  if (typeof cell !== "string") return asSimRange(cell, location).resolved()?.rect ?? fail();
  return parseAddress(cell)?.rect ?? fail();
  function fail(): never {
    throw invalidArgument(location);
  }
}

export class ChartTitleProxy
  extends ProxyObject<ChartModel>
  implements Mirrors<Excel.ChartTitle, "text">
{
  constructor(context: ProxyContext, chart: ChartProxy) {
    super(context, "ChartTitle");
    this.createVia(() => chart.resolved());
  }

  protected scalarNames(): readonly string[] {
    return ["text"];
  }

  protected readProperty(c: ChartModel, name: string): unknown {
    return name === "text" ? c.title : undefined;
  }

  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.write("text", text, (c) => (c.title = text));
  }
}

export class ChartProxy
  extends ProxyObject<ChartModel>
  implements Mirrors<Excel.Chart, "name" | "id" | "chartType" | "setPosition" | "delete">
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
  ) {
    super(context, "Chart");
  }

  protected scalarNames(): readonly string[] {
    return ["name", "id", "chartType"];
  }

  protected readProperty(c: ChartModel, name: string): unknown {
    const props: Record<string, unknown> = { name: c.name, id: c.id, chartType: c.type };
    return props[name];
  }

  protected override navigate(name: string) {
    return name === "title" ? this.title : undefined;
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (c) => (c.name = name));
  }
  get id(): string {
    return this.read("id");
  }
  get chartType(): Excel.Chart["chartType"] {
    return this.read("chartType");
  }
  set chartType(type: Excel.Chart["chartType"]) {
    this.write("chartType", type, (c) => (c.type = String(type)));
  }

  get title(): ChartTitleProxy {
    return (this.titleProxy ??= new ChartTitleProxy(this.context, this));
  }
  private titleProxy?: ChartTitleProxy;

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.call(0, (c) => {
      const start = cellOf(startCell, "Chart.setPosition");
      const end = endCell === undefined ? undefined : cellOf(endCell, "Chart.setPosition");
      const old = c.position;
      const rows = end ? Math.abs(end.row - start.row) + 1 : old.rows;
      const cols = end ? Math.abs(end.col - start.col) + 1 : old.cols;
      const row = end ? Math.min(start.row, end.row) : start.row;
      const col = end ? Math.min(start.col, end.col) : start.col;
      c.position = { row, col, rows, cols };
      this.model.undoable(() => (c.position = old));
    });
  }

  delete(): void {
    this.call(0, (c) => {
      const list = this.model.chartList;
      list.splice(list.indexOf(c), 1);
    });
  }
}

export class ChartCollectionProxy
  extends CollectionProxy<ChartModel, ChartProxy>
  implements Mirrors<Excel.ChartCollection, "add" | "getItem">
{
  constructor(
    context: ProxyContext,
    private readonly model: WorkbookModel,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context, "ChartCollection");
  }

  protected list(): readonly ChartModel[] {
    const sheet = this.sheet.resolved();
    return this.model.chartList.filter((c) => c.sheet === sheet);
  }

  protected wrap(): ChartProxy {
    return new ChartProxy(this.context, this.model);
  }

  add(
    type: Excel.ChartType | string,
    sourceData: Excel.Range,
    seriesBy?: Excel.ChartSeriesBy | string,
  ): ChartProxy {
    return this.wrap().createVia(() => {
      const sheet = this.sheet.resolved();
      const source = asSimRange(sourceData, "ChartCollection.add").resolved();
      if (!sheet || !source) return null;
      const name = this.model.nextChartName();
      const chart: ChartModel = {
        id: `{chart-${name}}`,
        name,
        type: String(type),
        seriesBy: String(seriesBy ?? "Auto"),
        sheet,
        source: qualifiedAddress(source.sheet.name, source.rect),
        title: "",
        position: defaultPosition(source.rect),
      };
      this.model.chartList.push(chart);
      this.model.undoable(() =>
        this.model.chartList.splice(this.model.chartList.indexOf(chart), 1),
      );
      return chart;
    });
  }

  getItem(name: string): ChartProxy {
    return this.wrap().createVia(() => {
      const found = this.list().find((c) => c.name === name || c.id === name);
      if (!found) throw itemNotFound(`ChartCollection.getItem(${name})`);
      return found;
    });
  }
}
