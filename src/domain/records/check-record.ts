// Row rules beyond single cells: plausibility checks per kind. They see the parsed field values
// of a row and return findings; a check may tidy a value (e.g. a category's capitalisation).

import type { RecordKind } from "./record-kind";
import { type CostKind, categoriesFor } from "./vocabularies";

export interface Finding {
  readonly field: string;
  readonly message: string;
  readonly severity: "error" | "warning";
}

/** Parsed values of one row, by field; absent = blank. Checks may rewrite values in place. */
export type RowValues = Record<string, unknown>;

type Check = (values: RowValues, header: (field: string) => string) => Finding[];

const checkDeal: Check = (v, header) =>
  typeof v.amount === "number" && v.amount < 0
    ? [warning("amount", `${header("amount")} ${v.amount} is negative`)]
    : [];

const checkCost: Check = (v, header) => {
  const findings: Finding[] = [];
  if (typeof v.amount === "number" && v.amount < 0) {
    const text = `${header("amount")} ${v.amount} is negative; ${header("kind")} already says whether it is a cost or a benefit`;
    findings.push(warning("amount", text));
  }
  if (typeof v.start === "number" && typeof v.end === "number" && v.end < v.start) {
    findings.push(warning("end", `${header("end")} is before ${header("start")}`));
  }
  if (typeof v.category === "string" && typeof v.kind === "string") {
    const finding = tidyCategory(v, v.kind as CostKind, header("category"));
    if (finding) findings.push(finding);
  }
  return findings;
};

const checkActivity: Check = (v, header) =>
  v.customerId === undefined && v.dealId === undefined
    ? [warning("customerId", `This activity has no ${header("customerId")} or ${header("dealId")}`)]
    : [];

export const RECORD_CHECKS: Readonly<Record<RecordKind, Check>> = {
  customers: () => [],
  deals: checkDeal,
  costs: checkCost,
  activities: checkActivity,
};

function tidyCategory(v: RowValues, kind: CostKind, header: string): Finding | undefined {
  const allowed = categoriesFor(kind);
  const key = String(v.category).toLowerCase();
  const match = allowed.find((c) => c.toLowerCase() === key);
  if (match) {
    v.category = match;
    return undefined;
  }
  const list = allowed.join(", ");
  return warning(
    "category",
    `${header} "${v.category}" is not a ${kind.toLowerCase()} category (${list})`,
  );
}

function warning(field: string, message: string): Finding {
  return { field, message, severity: "warning" };
}
