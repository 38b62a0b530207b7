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
      targets: [{ owner: "Ana Ruiz", period: "quarter", amount: 50_000 }],
      currency: "EUR",
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
    expect(normalizeSettings({ currency: "eur" }).currency).toBe("EUR");
    expect(normalizeSettings({ currency: "euros" }).currency).toBe("");
    expect(mixed.headerMaps).toEqual({ deals: { Value: "amount" } });
  });

  it("keeps well-formed targets and drops damaged ones, the last per owner and period winning", () => {
    const read = normalizeSettings({
      targets: [
        { owner: " Ana  Ruiz ", period: "quarter", amount: 40_000 },
        { owner: "ana ruiz", period: "quarter", amount: 50_000 },
        { owner: "Ana Ruiz", period: "year", amount: 200_000 },
        { owner: "Ben", period: "week", amount: 1 },
        { owner: "Cy", period: "month", amount: -5 },
        { owner: "Di", period: "month", amount: "10" },
        { owner: "", period: "month", amount: 10 },
        { owner: "Ed", period: "month", amount: Number.NaN },
        "Fay",
        { owner: "Gil", period: "month", amount: 0 },
      ],
    });
    expect(read.targets).toEqual([
      { owner: "ana ruiz", period: "quarter", amount: 50_000 },
      { owner: "Ana Ruiz", period: "year", amount: 200_000 },
      { owner: "Gil", period: "month", amount: 0 },
    ]);
    expect(normalizeSettings({ targets: { Ana: 5 } }).targets).toEqual([]);
    expect(normalizeSettings({}).targets).toEqual([]);
  });
});
