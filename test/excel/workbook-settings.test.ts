// Settings kept in the workbook: defaults when absent, a round trip through the document
// settings, and damaged values falling back field by field.
import {
  type CrmSettings,
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  normalizeSettings,
  readWorkbookSettings,
  writeWorkbookSettings,
} from "../../src/excel/workbook-settings";
import { WorkbookModel, createExcelApi } from "../../src/workbench/simulator";

describe("workbook settings", () => {
  it("reads the defaults from a workbook without settings", async () => {
    const model = new WorkbookModel();
    expect(await readWorkbookSettings(createExcelApi(model))).toEqual(DEFAULT_SETTINGS);
  });

  it("writes and reads back stages, stale days, the user's name, header fixes and date orders", async () => {
    const model = new WorkbookModel();
    const excel = createExcelApi(model);
    const settings: CrmSettings = {
      stages: [
        { name: "New", probability: 0.2 },
        { name: "Won", probability: 1 },
      ],
      staleDays: { New: 14 },
      myName: "Sam Reed",
      headerMaps: { customers: { Client: "name", Notes: null, Status: "extra" } },
      dateOrders: { customers: { created: "dmy" }, deals: { expectedClose: "mdy" } },
      stageAliases: { "closed won": "Won" },
    };
    model.stats.reset();
    await writeWorkbookSettings(settings, excel);
    expect(model.stats.roundTrips).toBe(1);
    expect(typeof model.settings.get(SETTINGS_KEY)).toBe("string");
    expect(await readWorkbookSettings(excel)).toEqual(settings);
    expect(model.stats.roundTrips).toBe(2);
  });

  it("falls back per field on damaged values", () => {
    expect(normalizeSettings("{not json")).toEqual(DEFAULT_SETTINGS);
    const mixed = normalizeSettings({
      stages: [{ name: "Lead", probability: 2 }],
      staleDays: { Lead: 7, Won: -1, Lost: "x" },
      myName: 42,
      headerMaps: { deals: { Value: "amount", Bogus: "notAField" }, nope: {} },
    });
    expect(mixed.stages).toEqual(DEFAULT_SETTINGS.stages);
    expect(mixed.staleDays).toEqual({ Lead: 7 });
    expect(mixed.myName).toBe("");
    expect(mixed.headerMaps).toEqual({ deals: { Value: "amount" } });
  });
});
