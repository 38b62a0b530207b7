// Throughput of the team and sales-process functions on a 100k-deal book: the computation each
// one runs per store change (timelines from transitions, then its table), store reads excluded
// because the store measures those itself. One line per function.
import {
  abnormalDeals,
  abnormalTable,
  attainmentOf,
  cycleTimeFromRanges,
  dealTimelines,
  funnelTable,
  ownerPerformance,
  processFunnel,
  teamTable,
  valueEffort,
  valueEffortTable,
} from "../../src/domain/analytics";
import { DEFAULT_STAGES } from "../../src/domain/pipeline";
import { type AnalyticsBook, generateBook } from "./analytics-cases";

const DEALS = 100_000;
const WINDOW = { from: 45_300, to: 45_700 };

/** Median wall time of `runs` calls after one warm-up, in ms. */
function medianMs(run: () => unknown, runs = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1];
}

function report(name: string, ms: number): void {
  const perSecond = (DEALS * 1000) / ms;
  console.log(
    `bench functions ${name} deals=${DEALS} ms=${ms.toFixed(1)} deals_per_s=${perSecond.toFixed(0)}`,
  );
}

function cases(book: AnalyticsBook): [string, () => unknown][] {
  const timelines = () => dealTimelines(book.deals, book.transitions);
  const team = () => ownerPerformance(timelines(), book.activities, DEFAULT_STAGES, WINDOW);
  const created = book.deals.map((d) => [d.created as number]);
  const closed = book.deals.map((d) => [d.stage === "Won" ? (d.expectedClose as number) : ""]);
  const outcomes = book.deals.map((d) => [d.stage]);
  return [
    ["team", () => teamTable(team())],
    ["attainment", () => attainmentOf(team()[0], 1_000_000)],
    ["funnel", () => funnelTable(processFunnel(timelines(), DEFAULT_STAGES, WINDOW))],
    ["abnormal", () => abnormalTable(abnormalDeals(timelines(), book.history, 46_200))],
    [
      "valueeffort",
      () =>
        valueEffortTable(
          valueEffort(book.customers, book.deals, book.activities, { today: 46_200 }),
        ),
    ],
    ["cycletime", () => cycleTimeFromRanges(created, closed, outcomes)],
  ];
}

export function runAnalyticsBench(): void {
  const book = generateBook(DEALS);
  for (const [name, run] of cases(book)) report(name, medianMs(run));
}
