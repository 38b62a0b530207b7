// Keeps the Pipeline table's Stage drop-down equal to the stages in the workbook's settings, so a
// renamed or added stage can be picked in the sheet as soon as it is saved in the pane.
import type { StageDefinition } from "../domain/pipeline/default-stages";
import { type CustomHeaderMap, mapHeaders, schemaFor } from "../domain/records";

export async function setStageList(
  excel: typeof Excel,
  stages: readonly StageDefinition[],
  custom: CustomHeaderMap<"deals"> = {},
): Promise<void> {
  await excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(schemaFor("deals").tableName);
    table.load("name");
    await context.sync();
    if (table.isNullObject) return;
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const column = mapHeaders(header.values[0].map(String), "deals", custom).columns.stage;
    if (column === undefined) return;
    const cells = table.getDataBodyRange().getColumn(column);
    // Excel refuses a new rule over a different existing one: clear first
    cells.dataValidation.clear();
    cells.dataValidation.rule = {
      list: { inCellDropDown: true, source: stages.map((s) => s.name).join(",") },
    };
    await context.sync();
  });
}
