// Worksheet charts, recorded rather than drawn: type, name, title text, series orientation and
// the source range address, so tests and the workbench can check what the add-in created.
import { qualifiedAddress } from "./a1-address";
import { CollectionProxy } from "./collection-proxy";
import { itemNotFound } from "./errors";
import { type Mirrors } from "./mirror";
import { ProxyObject, type ProxyContext } from "./proxy-object";
import { asSimRange } from "./range-proxy";
import { type ChartModel } from "./workbook-parts";
import { type WorkbookModel } from "./workbook-model";
import { type WorksheetProxy } from "./worksheet-proxy";

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
    void startCell;
    void endCell;
    this.call(0, () => undefined);
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
