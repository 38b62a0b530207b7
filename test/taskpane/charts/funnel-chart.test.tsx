/** @jest-environment jsdom */
// The Process view's stage funnel: per stage its bars are as long as the deals that reached it
// and moved on (against the stage most reached), and the table alternative holds those same
// numbers, with the picture named as an image by a summary of them.
import { screen } from "@testing-library/react";
import type { FunnelRow, ProcessFunnel } from "../../../src/domain/analytics";
import { errorValue } from "../../../src/domain/values";
import { FunnelSection } from "../../../src/taskpane/process/funnel-section";
import { renderPart } from "../support/render-pane";
import { amount, tableRows } from "./support";

const row = (stage: string, reached: number, movedOn: number, lostAt: number): FunnelRow => ({
  stage,
  reached,
  movedOn,
  lostAt,
  stillOpen: reached - movedOn - lostAt,
  conversion: movedOn + lostAt === 0 ? errorValue("#DIV/0!") : movedOn / (movedOn + lostAt),
  medianDays: 12,
});
const FUNNEL: ProcessFunnel = {
  recent: {
    rows: [row("Lead", 40, 30, 8), row("Qualified", 30, 18, 9), row("Proposal", 18, 7, 6)],
    won: 5,
    unplaced: 0,
  },
};

describe("Stage funnel chart", () => {
  it("draws reached and moved on per stage as its table says", () => {
    const { container } = renderPart(<FunnelSection funnel={FUNNEL} />);
    const rows = tableRows(screen.getByRole("table", { name: "Stage funnel" }));
    expect(rows.map((r) => [r[0], amount(r[1]), amount(r[2]), amount(r[3])])).toEqual([
      ["Lead", 40, 30, 8],
      ["Qualified", 30, 18, 9],
      ["Proposal", 18, 7, 6],
    ]);
    const max = Math.max(...rows.map((r) => amount(r[1])));
    const tracks = [...container.querySelectorAll("[role=img] span[style]")] as HTMLElement[];
    const widths = tracks.map((t) => parseFloat(t.style.width));
    expect(widths).toEqual(
      rows.flatMap((r) => [(amount(r[1]) / max) * 100, (amount(r[2]) / max) * 100]),
    );
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "Stage funnel, bars per stage: Lead 40 reached, 30 moved on; Qualified 30 reached, " +
        "18 moved on; Proposal 18 reached, 7 moved on.",
    );
  });
});
