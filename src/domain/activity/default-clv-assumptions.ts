// The assumptions the customer card's lifetime value uses until the user sets their own; shown
// beside the figure so the number is never a mystery.
import type { ClvAssumptions } from "./customer-clv";

export const DEFAULT_CLV_ASSUMPTIONS: ClvAssumptions = Object.freeze({
  marginRate: 0.3,
  retention: 0.8,
  discountRate: 0.1,
});
