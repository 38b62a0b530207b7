// What the pane needs to show money in the workbook's currency (readWorkbookCurrency in
// src/excel/workbook-currency.ts): chosen in the settings, else detected.
import type { ResolvedCurrency } from "../../domain/money";

export interface MoneyServices {
  readCurrency(): Promise<ResolvedCurrency>;
}
