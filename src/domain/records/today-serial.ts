// Today as an Excel serial day (UTC calendar day), the unit every date in the CRM uses.
const EXCEL_EPOCH_OFFSET = 25569;

export function todaySerial(now = Date.now()): number {
  return Math.floor(now / 86_400_000) + EXCEL_EPOCH_OFFSET;
}
