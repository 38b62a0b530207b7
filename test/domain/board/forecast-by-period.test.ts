import {
  type BoardDeal,
  DEFAULT_FORECAST_CATEGORIES,
  categoryOfStage,
  forecastByPeriod,
} from "../../../src/domain/board";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import { asExcelSerial } from "../../../src/domain/records";
import { DEALS } from "./fixtures";

const figures = (r: { label?: string; closed: number; commit: number; bestCase: number }) => [
  r.closed,
  r.commit,
  r.bestCase,
];

describe("categoryOfStage", () => {
  it("maps the default stages and falls back for unmapped ones", () => {
    expect(DEFAULT_STAGES.map((s) => categoryOfStage(s.name))).toEqual([
      "Pipeline",
      "Pipeline",
      "Best case",
      "Commit",
      "Closed",
      "Omitted",
    ]);
    expect(categoryOfStage(" negotiation ")).toBe("Commit");
    expect(categoryOfStage("WON", {})).toBe("Closed");
    expect(categoryOfStage("Lost", {})).toBe("Omitted");
    expect(categoryOfStage("Discovery")).toBe("Pipeline");
    expect(categoryOfStage("Proposal", { proposal: "Commit" })).toBe("Commit");
  });
});

describe("forecastByPeriod", () => {
  it("rolls up months cumulatively: Closed ⊂ Commit ⊂ Best case ⊂ Pipeline", () => {
    const forecast = forecastByPeriod(DEALS, DEFAULT_STAGES, {
      period: "month",
      from: 46023,
      to: 46113,
    });
    expect(forecast.rows).toEqual([
      // Jan: D6 won 3000, D1 lead 1000 (D8's stage is unknown)
      row("2026-01", 46023, 46053, 2, 3000, 3000, 3000, 4000, 3100),
      // Feb: D3 proposal 4000, D2 qualified 2000
      row("2026-02", 46054, 46081, 2, 0, 0, 4000, 6000, 2500),
      // Mar: D5 negotiation 2000 (closes 46112.5, i.e. 2026-03-31); D7 lost is omitted
      row("2026-03", 46082, 46112, 1, 0, 2000, 2000, 2000, 1500),
      row("2026-04", 46113, 46142, 0, 0, 0, 0, 0, 0),
    ]);
    expect(forecast.total).toEqual({
      deals: 5,
      closed: 3000,
      commit: 5000,
      bestCase: 9000,
      pipeline: 12000,
      weighted: 7100,
    });
    expect(forecast.unknownStage).toEqual(["D8"]);
  });

  it("groups by quarter with an owner filter", () => {
    const forecast = forecastByPeriod(DEALS, DEFAULT_STAGES, {
      period: "quarter",
      from: 46023,
      to: 46113,
      owner: "ana",
    });
    expect(forecast.rows.map((r) => [r.label, r.start, r.end, r.deals, r.pipeline])).toEqual([
      ["2026 Q1", 46023, 46112, 4, 10000],
      ["2026 Q2", 46113, 46203, 0, 0],
    ]);
    expect(figures(forecast.rows[0])).toEqual([3000, 5000, 9000]);
  });

  it("uses a per-stage category mapping and the per-deal probability", () => {
    const deals: BoardDeal[] = [
      { id: "A", stage: "Proposal", amount: 1000, probability: 0.9, expectedClose: at(46400) },
      { id: "B", stage: "Lead", amount: 500, expectedClose: at(46401) },
    ];
    const categories = {
      ...DEFAULT_FORECAST_CATEGORIES,
      Proposal: "Commit" as const,
      Lead: "Omitted" as const,
    };
    const [jan] = forecastByPeriod(deals, DEFAULT_STAGES, {
      period: "month",
      from: 46388,
      to: 46388,
      categories,
    }).rows;
    expect(jan).toEqual(row("2027-01", 46388, 46418, 1, 0, 1000, 1000, 1000, 900));
  });

  it("has no rows when from is after to", () => {
    const forecast = forecastByPeriod(DEALS, DEFAULT_STAGES, { period: "month", from: 2, to: 1 });
    expect(forecast.rows).toEqual([]);
    expect(forecast.total.pipeline).toBe(0);
  });
});

function at(serial: number) {
  return asExcelSerial(serial);
}

function row(
  label: string,
  start: number,
  end: number,
  deals: number,
  closed: number,
  commit: number,
  bestCase: number,
  pipeline: number,
  weighted: number,
) {
  return { label, start, end, deals, closed, commit, bestCase, pipeline, weighted };
}
