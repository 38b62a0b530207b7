// CRM.VALUEEFFORT's spill: customers by quadrant (Gold first) then value, optionally one quadrant
// only. The quadrant is matched ignoring case, and by its first word ("high-maintenance").
import { type Result, errorValue } from "../values";
import { BLANK, type SpillTable } from "./spill-table";
import { type CustomerValueEffort, QUADRANTS, type Quadrant } from "./value-effort";

export const VALUE_EFFORT_HEADERS = ["ID", "Customer", "Value", "CLV", "Activities", "Quadrant"];

export function findQuadrant(name: string): Result<Quadrant> {
  const key = name.trim().toLowerCase();
  const found = QUADRANTS.find(
    (q) => q.toLowerCase() === key || q.toLowerCase().split(",")[0] === key,
  );
  return found ?? errorValue("#VALUE!", `"${name}" is not a quadrant: ${QUADRANTS.join("; ")}`);
}

export function valueEffortTable(
  rows: readonly CustomerValueEffort[],
  only?: Quadrant,
): SpillTable {
  const kept = only === undefined ? rows : rows.filter((r) => r.quadrant === only);
  return [
    VALUE_EFFORT_HEADERS,
    ...kept.map((r) => [
      r.customer.id,
      r.customer.name ?? r.customer.company ?? BLANK,
      r.value,
      r.clv,
      r.effort,
      r.quadrant,
    ]),
  ];
}
