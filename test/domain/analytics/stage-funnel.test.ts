import {
  type Funnel,
  type FunnelRow,
  dealTimelines,
  processFunnel,
  stageFunnel,
  weakestLink,
} from "../../../src/domain/analytics";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";
import type { Deal } from "../../../src/domain/records";
import { DAY, deal, move, path, serial } from "./fixtures";

describe("stageFunnel (hand-computed)", () => {
  const deals = [
    deal("A", { stage: "Won" }),
    deal("B", { stage: "Lost" }),
    deal("C", { stage: "Proposal" }),
    deal("D", { stage: "Lost" }),
    deal("E", { stage: "Lost" }),
    deal("F", { stage: "Won" }),
  ];
  const transitions = [
    ...path("A", ["Lead", "Qualified", "Proposal", "Won"], [DAY, DAY + 2, DAY + 5, DAY + 20]),
    ...path("B", ["Lead", "Qualified", "Lost"], [DAY, DAY + 4, DAY + 10]),
    ...path("C", ["Lead", "Proposal"], [DAY, DAY + 6]),
    ...path("D", ["Lead", "Lost"], [DAY, DAY + 1]),
    move("E", undefined, "Lost", DAY),
    move("F", undefined, "Won", DAY),
  ];
  const funnel = stageFunnel(dealTimelines(deals, transitions), DEFAULT_STAGES);
  const table = funnel.rows.map((r) => [r.stage, r.reached, r.movedOn, r.lostAt, r.stillOpen]);

  it("counts a deal at every stage up to its furthest, a skipped stage included", () => {
    expect(table).toEqual([
      ["Lead", 5, 4, 1, 0],
      ["Qualified", 4, 3, 1, 0],
      ["Proposal", 3, 2, 0, 1],
      ["Negotiation", 2, 2, 0, 0],
    ]);
    expect([funnel.won, funnel.unplaced]).toEqual([2, 1]);
  });

  it("converts moved on ÷ (moved on + lost at), open deals left out", () => {
    expect(funnel.rows.map((r) => r.conversion)).toEqual([0.8, 0.75, 1, 1]);
  });

  it("takes the median of finished, dated stays", () => {
    const days = funnel.rows.map((r) => r.medianDays);
    expect(days[0]).toBeCloseTo(3, 9); // 2, 4, 6, 1
    expect(days[1]).toBeCloseTo(4.5, 9); // 3, 6
    expect(days[2]).toBeCloseTo(15, 9); // C is still there: not finished
    expect(days[3]).toMatchObject({ code: "#N/A" });
  });

  it("gives #DIV/0! for a stage nobody has left", () => {
    const one = stageFunnel(
      dealTimelines([deal("X", { stage: "Lead" })], [move("X", undefined, "Lead", DAY)]),
      DEFAULT_STAGES,
    );
    expect(one.rows[0]).toMatchObject({
      reached: 1,
      stillOpen: 1,
      conversion: { code: "#DIV/0!" },
    });
  });
});

/** A seeded generator, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const OPEN = ["Lead", "Qualified", "Proposal", "Negotiation"];
const ALL = [...OPEN, "Won", "Lost"];

describe("stageFunnel against a brute-force recomputation", () => {
  it.each([1, 2, 3, 4, 5])("agrees on random stage histories (seed %i)", (seed) => {
    const random = prng(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const deals: Deal[] = [];
    const transitions: ReturnType<typeof move>[] = [];
    const stagesOf = new Map<string, string[]>();
    const stays: Record<string, number[]> = {};
    for (let d = 0; d < 60; d++) {
      const id = `D${d}`;
      const stages = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(ALL));
      let day = DAY + Math.floor(random() * 50);
      stages.forEach((to, i) => {
        const next = day + Math.floor(random() * 30);
        transitions.push(move(id, i === 0 ? undefined : stages[i - 1], to, day));
        if (i < stages.length - 1) (stays[to] ??= []).push(next - day);
        day = next;
      });
      stagesOf.set(id, stages);
      deals.push(deal(id, { stage: stages[stages.length - 1] }));
    }
    const funnel = stageFunnel(dealTimelines(deals, transitions), DEFAULT_STAGES);
    const rank = (s: string) => (s === "Won" ? OPEN.length : OPEN.indexOf(s));
    OPEN.forEach((stage, i) => {
      let reached = 0;
      let movedOn = 0;
      let lostAt = 0;
      let stillOpen = 0;
      for (const stages of stagesOf.values()) {
        const max = Math.max(...stages.map(rank));
        const last = stages[stages.length - 1];
        if (max >= i) reached++;
        if (max > i) movedOn++;
        if (max === i && last === "Lost") lostAt++;
        if (max === i && OPEN.includes(last)) stillOpen++;
      }
      const row = funnel.rows[i];
      expect([row.stage, row.reached, row.movedOn, row.lostAt, row.stillOpen]).toEqual([
        stage,
        reached,
        movedOn,
        lostAt,
        stillOpen,
      ]);
      const sorted = (stays[stage] ?? []).slice().sort((a, b) => a - b);
      const n = sorted.length;
      if (n === 0) expect(row.medianDays).toMatchObject({ code: "#N/A" });
      else expect(row.medianDays).toBeCloseTo((sorted[(n - 1) >> 1] + sorted[n >> 1]) / 2, 6);
      if (movedOn + lostAt > 0)
        expect(row.conversion).toBeCloseTo(movedOn / (movedOn + lostAt), 12);
    });
  });
});

describe("weakestLink", () => {
  const row = (stage: string, movedOn: number, lostAt: number): FunnelRow => ({
    stage,
    reached: movedOn + lostAt,
    movedOn,
    lostAt,
    stillOpen: 0,
    conversion:
      movedOn + lostAt === 0 ? { kind: "error", code: "#DIV/0!" } : movedOn / (movedOn + lostAt),
    medianDays: 1,
  });
  const funnel = (rows: FunnelRow[]): Funnel => ({ rows, won: 0, unplaced: 0 });

  it("is the stage that fell the most against the prior period", () => {
    const prior = funnel([row("Lead", 8, 2), row("Qualified", 9, 1), row("Proposal", 5, 5)]);
    const recent = funnel([row("Lead", 7, 3), row("Qualified", 6, 4), row("Proposal", 3, 7)]);
    // drops: Lead 0.1, Qualified 0.3, Proposal 0.2 — Proposal converts least, Qualified fell most
    expect(weakestLink(recent, prior)).toEqual({
      stage: "Qualified",
      rule: "drop",
      conversion: 0.6,
      priorConversion: 0.9,
    });
  });

  it("without history, or when nothing fell, is the lowest conversion; thin stages are not judged", () => {
    const recent = funnel([row("Lead", 7, 3), row("Qualified", 0, 4), row("Proposal", 3, 7)]);
    expect(weakestLink(recent)).toEqual({ stage: "Proposal", rule: "lowest", conversion: 0.3 });
    const better = funnel([row("Lead", 1, 9), row("Qualified", 1, 9), row("Proposal", 1, 9)]);
    expect(weakestLink(recent, better)?.rule).toBe("lowest");
    expect(weakestLink(funnel([row("Lead", 1, 1)]))).toBeUndefined();
  });
});

describe("processFunnel", () => {
  it("compares the cohort created in the window with the one created before it", () => {
    const deals: Deal[] = [];
    const transitions = [];
    for (let i = 0; i < 10; i++) {
      // before the window Proposal wins 8 in 10; inside it 2 in 10
      const early = deal(`E${i}`, { stage: i < 8 ? "Won" : "Lost", created: serial(DAY - 100) });
      const late = deal(`L${i}`, { stage: i < 2 ? "Won" : "Lost", created: serial(DAY + 1) });
      deals.push(early, late);
      transitions.push(
        move(early.id, "Proposal", early.stage, DAY - 50),
        move(late.id, "Proposal", late.stage, DAY + 5),
      );
    }
    const result = processFunnel(dealTimelines(deals, transitions), DEFAULT_STAGES, {
      from: DAY,
      to: DAY + 30,
    });
    expect(result.recent.rows[2]).toMatchObject({
      stage: "Proposal",
      reached: 10,
      conversion: 0.2,
    });
    expect(result.prior?.rows[2]).toMatchObject({ reached: 10, conversion: 0.8 });
    expect(result.weakest).toMatchObject({ stage: "Proposal", rule: "drop" });
    const allTime = processFunnel(dealTimelines(deals, transitions), DEFAULT_STAGES, {});
    expect(allTime.prior).toBeUndefined();
    expect(allTime.recent.rows[2]).toMatchObject({ reached: 20, conversion: 0.5 });
  });
});
