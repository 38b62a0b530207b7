// The deals and helpers the Pipeline view's component tests share: three deals around today
// (one stale in Proposal, one in Lead, one won), money in US dollars, and the view rendered
// over them.
import type { Deal } from "../../../src/domain/records";
import { asExcelSerial, todaySerial } from "../../../src/domain/records";
import type { TaskpaneServices } from "../../../src/taskpane/services";
import { formatCompactMoney, formatMoney } from "../../../src/taskpane/money/format-money";
import { renderPane } from "./render-pane";

export const today = todaySerial();
export const day = (offset: number) => asExcelSerial(today + offset);

export const deals: Deal[] = [
  {
    id: "D-1",
    title: "Pilot",
    stage: "Proposal",
    amount: 1000,
    expectedClose: day(10),
    owner: "Sam",
    lastActivity: day(-40),
  },
  {
    id: "D-2",
    title: "Upsell",
    stage: "Lead",
    amount: 2000,
    expectedClose: day(40),
    owner: "Jo",
    lastActivity: day(-1),
  },
  { id: "D-3", title: "Renewal", stage: "Won", amount: 500, expectedClose: day(5), owner: "Sam" },
];

// money without a workbook's currency: US dollars, in the user's locale
export const fixed = (n: number) => formatMoney(n, { currency: "USD" });
export const compact = (n: number) => formatCompactMoney(n, { currency: "USD" });
export const escaped = (text: string) => text.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&");

export function renderPipeline(overrides: Partial<TaskpaneServices> = {}) {
  return renderPane({ watchDeals: (l) => (l(deals), () => {}), ...overrides }, "Pipeline");
}
