// `npm run bench` → IRR, XIRR and NPV throughput of CellCRM's finance code against
// @formulajs/formulajs on identical inputs in the same run, and how often each finds a root;
// then the team and sales-process functions' throughput on 100k deals.
import * as formulajs from "@formulajs/formulajs";
import { irr, npv, xirr } from "../src/domain/finance";
import { runAnalyticsBench } from "./functions/analytics-bench";
import { generateCases } from "./functions/cases";
import { hasRoot, isRoot } from "./functions/has-root";

const cases = generateCases(2000);
const periods = cases.map((c) => c.flows.map((_, i) => i));
const years = cases.map((c) => c.dates.map((d) => (d - c.dates[0]) / 365));

/** Calls per second of `run` over all cases, timed for at least half a second after warm-up. */
function throughput(run: (i: number) => unknown): number {
  for (let i = 0; i < cases.length; i++) run(i);
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 500) {
    for (let i = 0; i < cases.length; i++) run(i);
    calls += cases.length;
  }
  return (calls * 1000) / (performance.now() - start);
}

function converged(solve: (i: number) => unknown, x: number[][]): number {
  let n = 0;
  for (let i = 0; i < cases.length; i++) if (isRoot(cases[i].flows, x[i], solve(i))) n++;
  return n;
}

function compareSolvers(
  name: string,
  x: number[][],
  ours: (i: number) => unknown,
  theirs: (i: number) => unknown,
) {
  // a root exists if the scan sees a sign change or either solver returns a verified root
  const withRoot = cases.filter(
    (c, i) =>
      hasRoot(c.flows, x[i]) || isRoot(c.flows, x[i], ours(i)) || isRoot(c.flows, x[i], theirs(i)),
  ).length;
  const a = throughput(ours);
  const b = throughput(theirs);
  const m = cases.length;
  console.log(
    `bench functions ${name} ours_ops_s=${a.toFixed(0)} formulajs_ops_s=${b.toFixed(0)} ratio=${(a / b).toFixed(2)} ours_converged=${converged(ours, x)}/${m} formulajs_converged=${converged(theirs, x)}/${m} with_root=${withRoot}`,
  );
}

compareSolvers(
  "irr",
  periods,
  (i) => irr(cases[i].flows),
  (i) => formulajs.IRR(cases[i].flows),
);
compareSolvers(
  "xirr",
  years,
  (i) => xirr(cases[i].flows, cases[i].dates),
  (i) => formulajs.XIRR(cases[i].flows, cases[i].dates),
);

const ours = throughput((i) => npv(0.08, cases[i].flows));
const theirs = throughput(
  (i) => cases[i].flows[0] + (formulajs.NPV(0.08, ...cases[i].flows.slice(1)) as number),
);
console.log(
  `bench functions npv ours_ops_s=${ours.toFixed(0)} formulajs_ops_s=${theirs.toFixed(0)} ratio=${(ours / theirs).toFixed(2)}`,
);

runAnalyticsBench();
