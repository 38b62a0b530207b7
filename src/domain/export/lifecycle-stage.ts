// A contact's HubSpot lifecycle stage from what CellCRM knows of them, not from the free-text
// Status column: a customer who bought or won a deal is a Customer, one with an open deal an
// Opportunity, anyone else a Lead. The labels are HubSpot's default lifecycle stages (their
// internal values are the same words in lower case).
import { type StageDefinition, findStage, isLostStage, isWonStage } from "../pipeline";
import type { Customer } from "../records";
import type { ExportLinks, ExportRecords } from "./export-links";

export type LifecycleStage = "Lead" | "Opportunity" | "Customer";

/** Lifecycle stage per customer ID. */
export function lifecycleStages(
  records: ExportRecords,
  links: ExportLinks,
  stages: readonly StageDefinition[],
): Map<string, LifecycleStage> {
  const won = new Set<string>();
  const open = new Set<string>();
  for (const deal of records.deals) {
    const id = links.partiesOf(deal).customer?.id;
    if (id === undefined) continue;
    const probability = findStage(deal.stage, stages)?.probability;
    if (isWonStage(deal.stage) || probability === 1) won.add(id);
    else if (!isLostStage(deal.stage)) open.add(id);
  }
  const result = new Map<string, LifecycleStage>();
  for (const c of records.customers) result.set(c.id, stageOf(c, won, open));
  return result;
}

function stageOf(c: Customer, won: Set<string>, open: Set<string>): LifecycleStage {
  if (won.has(c.id) || (c.orders ?? 0) > 0 || (c.totalSpend ?? 0) > 0) return "Customer";
  return open.has(c.id) ? "Opportunity" : "Lead";
}
