// The weakest link in plain words: a drop against the deals before the period, the lowest
// conversion, no stage judged yet, and no stage losing anything.
import { weakestLinkText } from "../../src/taskpane/process/weakest-link-text";

describe("weakest link text", () => {
  it("names the stage and what it fell from", () => {
    expect(
      weakestLinkText({ stage: "Proposal", rule: "drop", conversion: 0.4, priorConversion: 0.65 }),
    ).toBe(
      "Weakest link: Proposal. 40% of deals there move on, down from 65% for the deals created before this period.",
    );
  });

  it("names the lowest-converting stage without a drop", () => {
    expect(weakestLinkText({ stage: "Qualified", rule: "lowest", conversion: 0.375 })).toBe(
      "Weakest link: Qualified. Only 38% of the deals that leave it move on; the rest are lost there.",
    );
  });

  it("says when no stage can be judged or none loses deals", () => {
    expect(weakestLinkText(undefined)).toMatch(/^Not enough decided deals yet .* needs 5 deals/);
    expect(weakestLinkText({ stage: "Lead", rule: "lowest", conversion: 1 })).toBe(
      "No stage has lost a deal yet: every deal that left a stage moved on.",
    );
  });
});
