// The workbook id lives in the document settings (it names the per-workbook store, DESIGN.md §2).

export const WORKBOOK_ID_SETTING = "cellcrm.workbookId";

export async function readWorkbookId(excel: typeof Excel): Promise<string | undefined> {
  return excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(WORKBOOK_ID_SETTING);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) return undefined;
    return typeof setting.value === "string" && setting.value !== "" ? setting.value : undefined;
  });
}

export async function writeWorkbookId(excel: typeof Excel, id: string): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.settings.add(WORKBOOK_ID_SETTING, id);
    await context.sync();
  });
}
