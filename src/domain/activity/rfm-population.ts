// RFM scores are quintiles within the whole customer base, so the card scores one customer
// against a population built once: exactly what =CRM.RFM gives for the same three columns
// (R = days since last purchase, F = Orders, M = Total Spend).

import type { Customer } from "../records";
import { type RfmScores, parseRfmCode, rfmCodes } from "../segments";
import { type CellValue, type Result, errorValue, isErrorValue } from "../values";

/** Customer ID → scores, or the reason the customer has none. */
export type RfmPopulation = ReadonlyMap<string, Result<RfmScores>>;

export function buildRfmPopulation(customers: readonly Customer[], today: number): RfmPopulation {
  const column = (value: (c: Customer) => number | undefined): CellValue[][] =>
    customers.map((c) => [value(c) ?? null]);
  const codes = rfmCodes(
    column((c) =>
      c.lastPurchase === undefined ? undefined : Math.floor(today) - Math.floor(c.lastPurchase),
    ),
    column((c) => c.orders),
    column((c) => c.totalSpend),
  );
  const population = new Map<string, Result<RfmScores>>();
  customers.forEach((c, i) => {
    const code = isErrorValue(codes) ? codes : codes[i];
    population.set(c.id, scoresOf(code));
  });
  return population;
}

function scoresOf(code: Result<number> | ""): Result<RfmScores> {
  if (code === "") return errorValue("#N/A", "no last purchase, orders or total spend");
  if (isErrorValue(code)) return code;
  return parseRfmCode(code, "RFM code") as RfmScores;
}
