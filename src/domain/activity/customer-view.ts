// The 360° customer card: details, deals by state, spend, RFM code/segment/score within the
// customer base, CLV from explicit assumptions, last contact and the activity timeline.

import { type StageDefinition, DEFAULT_STAGES, isLostStage, isWonStage } from "../pipeline";
import type { Activity, Customer, Deal, ExcelSerial } from "../records";
import { type RfmScores, rfmCode, scoreOf, segmentName } from "../segments";
import { type Result, errorValue, isErrorValue } from "../values";
import { stageOf, winProbability } from "../board";
import { type ClvAssumptions, customerClv } from "./customer-clv";
import type { RfmPopulation } from "./rfm-population";
import { timeline } from "./timeline";

export interface CustomerContext {
  readonly today: number;
  /** From buildRfmPopulation over all customers. */
  readonly rfm: RfmPopulation;
  readonly clv: ClvAssumptions;
  readonly stages?: readonly StageDefinition[];
}

export interface RfmSummary {
  readonly code: number;
  readonly scores: RfmScores;
  readonly segment: string;
  /** CRM.SCORE with equal weights, 0–100. */
  readonly score: number;
}

export interface CustomerView {
  readonly customer: Customer;
  readonly openDeals: readonly Deal[];
  readonly wonDeals: readonly Deal[];
  readonly lostDeals: readonly Deal[];
  readonly openTotal: number;
  /** Σ amount × probability over open deals with a configured stage. */
  readonly openWeighted: number;
  readonly wonTotal: number;
  /** The sheet's Total Spend; the sum of won deals when that cell is blank. */
  readonly totalSpend: number;
  readonly rfm: Result<RfmSummary>;
  readonly clv: Result<number>;
  /** Latest call, e-mail or meeting (notes and tasks are not contact with the customer). */
  readonly lastContact?: ExcelSerial;
  readonly timeline: readonly Activity[];
}

const CONTACT_TYPES: ReadonlySet<string> = new Set(["Call", "Email", "Meeting"]);

export function customerView(
  customer: Customer,
  deals: readonly Deal[],
  activities: readonly Activity[],
  context: CustomerContext,
): CustomerView {
  const own = deals.filter((d) => d.customerId === customer.id);
  const wonDeals = own.filter((d) => isWonStage(d.stage));
  const lostDeals = own.filter((d) => isLostStage(d.stage));
  const openDeals = own.filter((d) => !isWonStage(d.stage) && !isLostStage(d.stage));
  const wonTotal = sum(wonDeals.map((d) => d.amount));
  const totalSpend = customer.totalSpend ?? wonTotal;
  const history = timeline(
    activities,
    customer.id,
    own.map((d) => d.id),
  );
  const contact = history.find((a) => CONTACT_TYPES.has(a.type));
  const view: CustomerView = {
    customer,
    openDeals,
    wonDeals,
    lostDeals,
    openTotal: sum(openDeals.map((d) => d.amount)),
    openWeighted: weighted(openDeals, context.stages ?? DEFAULT_STAGES),
    wonTotal,
    totalSpend,
    rfm: rfmSummary(context.rfm.get(customer.id)),
    clv: customerClv(customer, totalSpend, history, context),
    timeline: history,
  };
  return contact === undefined ? view : { ...view, lastContact: contact.date };
}

function rfmSummary(scores: Result<RfmScores> | undefined): Result<RfmSummary> {
  if (scores === undefined) return errorValue("#N/A", "customer is not in the RFM population");
  if (isErrorValue(scores)) return scores;
  return { code: rfmCode(scores), scores, segment: segmentName(scores), score: scoreOf(scores) };
}

function weighted(deals: readonly Deal[], stages: readonly StageDefinition[]): number {
  let total = 0;
  for (const deal of deals) {
    const stage = stageOf(deal, stages);
    if (stage !== undefined) total += (deal.amount ?? 0) * winProbability(deal, stage);
  }
  return total;
}

/** The known amounts' sum: a deal whose amount is not known adds nothing. */
function sum(xs: readonly (number | undefined)[]): number {
  return xs.reduce<number>((a, b) => a + (b ?? 0), 0);
}
