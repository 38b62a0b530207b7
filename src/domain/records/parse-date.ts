// Date cells: Excel serial numbers pass through (time-of-day fraction kept); text is read by
// parseDateText. Everything is UTC day arithmetic, so the machine's time zone never matters.

import type { CellValue } from "../values";
import { type ExcelSerial, asExcelSerial, isValidSerial } from "./excel-serial";
import { type CellParse, type ParseOptions, failed, parsed } from "./parse-options";
import { parseDateText } from "./parse-date-text";
import { unswapConvertedDate } from "./unswap-converted-date";

export function parseDate(value: CellValue, options: ParseOptions = {}): CellParse<ExcelSerial> {
  if (typeof value === "number") {
    if (!isValidSerial(value)) return failed("is not a date Excel can show");
    return parsed((options.unswapSerials && unswapConvertedDate(value)) || asExcelSerial(value));
  }
  if (typeof value !== "string") return failed("is not a date");
  const serial = parseDateText(value, options.dateOrder);
  return serial === undefined ? failed("is not a date") : parsed(serial);
}
