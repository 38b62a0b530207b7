// The built functions.json (what Excel reads to offer =CRM.… in autocomplete) declares every
// function of DESIGN.md §5 with the documented parameters, optional ones marked optional.
// `npm test` builds first; run `npm run build` before running this file alone, or point
// CELLCRM_DIST at another build's output folder.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface Metadata {
  /** File-wide: every `any` parameter of every function would receive error values. */
  allowErrorForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; optional?: boolean; dimensionality?: string }[];
    result: { dimensionality?: string };
    options?: { stream?: boolean };
  }[];
}

const built = join(
  process.env.CELLCRM_DIST ?? join(__dirname, "..", "..", "dist"),
  "functions.json",
);

/** DESIGN.md §5 signatures; a trailing "?" marks an optional parameter. */
const CONTRACT: Record<string, string[]> = {
  NPV: ["rate", "cashflows", "dates?"],
  IRR: ["cashflows", "dates?", "guess?"],
  MIRR: ["cashflows", "finance_rate", "reinvest_rate"],
  PAYBACK: ["cashflows", "rate?"],
  ROI: ["benefits", "costs", "rate?"],
  TCO: ["amounts", "frequencies", "years", "rate?"],
  BUSINESSCASE: ["benefits", "costs", "rate"],
  CASHFLOWS: [
    "kinds",
    "amounts",
    "frequencies",
    "starts",
    "ends",
    "year_zero",
    "horizon_years",
    "benefit_reduction?",
    "cost_increase?",
  ],
  RFM: ["recency", "frequency", "monetary"],
  SEGMENT: ["rfm_or_r", "f?", "m?"],
  SCORE: ["rfm_codes", "weights?"],
  CLV: ["margin", "retention", "discount_rate"],
  FORECAST: ["history", "horizon", "seasonality?", "confidence?"],
  PIPELINE: ["amounts", "stages", "close_dates?", "from?", "to?", "probabilities?"],
  WINRATE: ["stages"],
  CUSTOMER: ["id_or_email", "field"],
  EXPECTED: ["from", "to", "owner?"],
  WINPROB: ["stage"],
  TEAM: ["period_start?", "period_end?", "targets?"],
  ATTAINMENT: ["owner", "target", "from?", "to?", "forecast?"],
  CYCLETIME: ["created_dates", "closed_dates", "outcomes?"],
  FUNNEL: ["from?", "to?"],
  ABNORMAL: ["today?"],
  VALUEEFFORT: ["quadrant?"],
};
const SPILLS = [
  "BUSINESSCASE",
  "CASHFLOWS",
  "RFM",
  "SEGMENT",
  "SCORE",
  "FORECAST",
  "TEAM",
  "FUNNEL",
  "ABNORMAL",
  "VALUEEFFORT",
];
const STREAMS = [
  "CUSTOMER",
  "EXPECTED",
  "WINPROB",
  "TEAM",
  "ATTAINMENT",
  "FUNNEL",
  "ABNORMAL",
  "VALUEEFFORT",
];

function load(): Metadata {
  if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);
  return JSON.parse(readFileSync(built, "utf8")) as Metadata;
}

describe("built functions.json", () => {
  const metadata = load();
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));

  it("declares exactly the contract's functions", () => {
    expect([...byId.keys()].sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it.each(Object.entries(CONTRACT))(
    "declares CRM.%s with the documented parameters",
    (id, params) => {
      const fn = byId.get(id)!;
      expect(fn.name).toBe(id);
      const declared = fn.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`);
      expect(declared).toEqual(params);
      expect(fn.description?.length ?? 0).toBeGreaterThan(20);
    },
  );

  it("marks spilled results as matrices and store-backed functions as streaming", () => {
    for (const id of SPILLS) expect(byId.get(id)?.result.dimensionality).toBe("matrix");
    for (const id of Object.keys(CONTRACT)) {
      expect(byId.get(id)?.options?.stream === true).toBe(STREAMS.includes(id));
    }
  });

  it("lets Excel show an input cell's error rather than hand it to a function (docs/functions.md)", () => {
    expect(metadata.allowErrorForDataTypeAny).toBeUndefined();
  });
});
