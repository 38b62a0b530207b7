// Reads one cell by its column's field type. Blank cells are always "no value"; whether that
// is allowed is decided per row (required fields), not here.

import { type CellValue, isBlank } from "../values";
import { parseActivityType, parseCostKind, parseFrequency, parseStage } from "./parse-choice";
import { parseCount } from "./parse-count";
import { parseDate } from "./parse-date";
import { parseEmail } from "./parse-email";
import { parseMoney } from "./parse-money";
import { type CellParse, type ParseOptions, parsed } from "./parse-options";
import { parsePercent } from "./parse-percent";
import { parseText } from "./parse-text";
import type { FieldType } from "./table-schema";

type CellParser = (value: CellValue, options: ParseOptions) => CellParse<unknown>;

const PARSERS: Readonly<Record<FieldType, CellParser>> = {
  id: parseText,
  text: parseText,
  category: parseText,
  email: parseEmail,
  money: parseMoney,
  percent: parsePercent,
  count: parseCount,
  date: parseDate,
  stage: parseStage,
  costKind: parseCostKind,
  frequency: parseFrequency,
  activityType: parseActivityType,
};

export function parseCell(type: FieldType, value: CellValue, options: ParseOptions = {}) {
  if (isBlank(value) || (typeof value === "string" && value.trim() === "")) {
    return parsed(undefined) as CellParse<unknown>;
  }
  return PARSERS[type](value, options);
}
