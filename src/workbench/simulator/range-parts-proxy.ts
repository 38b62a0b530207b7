// Range.format (autofit, font, fill: accepted and remembered locally, no rendering) and
// Range.dataValidation (list rules recorded in the model so tests and the grid can see them).
import { type Mirrors } from "./mirror";
import { ProxyObject, type ProxyContext } from "./proxy-object";
import { type RangeProxy, type RangeTarget } from "./range-proxy";
import { type WorkbookModel } from "./workbook-model";

/** Formatting the simulator accepts but does not model: set values read back, nothing more. */
abstract class FormatPart extends ProxyObject<RangeTarget> {
  constructor(context: ProxyContext, entity: string, range: RangeProxy) {
    super(context, entity);
    this.createVia(() => range.resolved());
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
  }

  protected remember(name: string, value: unknown): void {
    this.write(name, value, () => undefined);
  }
}

export class RangeFontProxy
  extends FormatPart
  implements Mirrors<Excel.RangeFont, "bold" | "italic" | "color" | "name" | "size">
{
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.remember("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.remember("italic", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.remember("color", v);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.remember("name", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.remember("size", v);
  }
}

export class RangeFillProxy
  extends FormatPart
  implements Mirrors<Excel.RangeFill, "color" | "clear">
{
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.remember("color", v);
  }
  clear(): void {
    this.remember("color", "");
  }
}

type FormatMembers =
  | "autofitColumns"
  | "autofitRows"
  | "columnWidth"
  | "rowHeight"
  | "wrapText"
  | "horizontalAlignment"
  | "verticalAlignment";

export class RangeFormatProxy
  extends FormatPart
  implements Mirrors<Excel.RangeFormat, FormatMembers>
{
  readonly font: RangeFontProxy;
  readonly fill: RangeFillProxy;

  constructor(context: ProxyContext, range: RangeProxy) {
    super(context, "RangeFormat", range);
    this.font = new RangeFontProxy(context, "RangeFont", range);
    this.fill = new RangeFillProxy(context, "RangeFill", range);
  }

  autofitColumns(): void {
    this.call(0, () => undefined);
  }
  autofitRows(): void {
    this.call(0, () => undefined);
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.remember("columnWidth", v);
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(v: number) {
    this.remember("rowHeight", v);
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.remember("wrapText", v);
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.remember("horizontalAlignment", v);
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) {
    this.remember("verticalAlignment", v);
  }
}

export class DataValidationProxy
  extends ProxyObject<RangeTarget>
  implements Mirrors<Excel.DataValidation, "rule" | "clear">
{
  constructor(
    context: ProxyContext,
    range: RangeProxy,
    private readonly model: WorkbookModel,
  ) {
    super(context, "DataValidation");
    this.createVia(() => range.resolved());
  }

  protected scalarNames(): readonly string[] {
    return ["rule", "type"];
  }

  protected readProperty({ sheet, rect }: RangeTarget, name: string): unknown {
    const found = this.model.validationList.find(
      (v) =>
        v.sheet === sheet &&
        v.rect.row === rect.row &&
        v.rect.col === rect.col &&
        v.rect.rows === rect.rows &&
        v.rect.cols === rect.cols,
    );
    if (name === "rule") return found ? structuredClone(found.rule) : {};
    if (name === "type") return found?.rule.list ? "List" : "None";
    return undefined;
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const copy = structuredClone(rule);
    this.write("rule", rule, ({ sheet, rect }) => {
      this.removeIn(sheet, rect);
      this.model.validationList.push({ sheet, rect, rule: copy });
    });
  }

  get type(): Excel.DataValidation["type"] {
    return this.read("type");
  }

  clear(): void {
    this.call(0, ({ sheet, rect }) => this.removeIn(sheet, rect));
  }

  private removeIn(sheet: RangeTarget["sheet"], rect: RangeTarget["rect"]): void {
    const list = this.model.validationList;
    const keep = list.filter((v) => v.sheet !== sheet || !overlaps(v.rect, rect));
    list.splice(0, list.length, ...keep);
  }
}

function overlaps(a: RangeTarget["rect"], b: RangeTarget["rect"]): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}
