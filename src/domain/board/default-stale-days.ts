// How long a deal may sit idle in each stage before the board marks it stale ("rotting", as
// Pipedrive calls it); later stages go stale sooner because momentum matters more there.
import type { StaleDaysByStage } from "./stale-deals";

export const DEFAULT_STALE_DAYS: StaleDaysByStage = Object.freeze({
  Lead: 30,
  Qualified: 21,
  Proposal: 14,
  Negotiation: 10,
});
