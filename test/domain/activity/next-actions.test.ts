import { nextActions } from "../../../src/domain/activity";
import { ACTIVITIES, act } from "./fixtures";

const TODAY = 46100.8;
const summary = (xs: ReturnType<typeof nextActions>) =>
  xs.map((x) => [x.activity.id, x.kind, x.text, x.due, x.overdue, x.daysOverdue]);

describe("nextActions", () => {
  it("lists open tasks by due day with overdue flags, then follow-ups oldest first", () => {
    expect(summary(nextActions(ACTIVITIES, TODAY))).toEqual([
      ["A4", "task", "Draft proposal", 46098, true, 2],
      ["A9", "task", "Prepare quote", 46100, false, 0],
      ["A5", "task", "Renewal check", 46105, false, 0],
      ["A8", "follow-up", "Call back in April", undefined, false, 0],
      ["A7", "follow-up", "Follow up on pricing", undefined, false, 0],
    ]);
  });

  it("drops a follow-up once a later activity in its deal or customer thread exists", () => {
    const later = [...ACTIVITIES, act("B1", 46101, "Call", { dealId: "D1", owner: "Ben" })];
    expect(nextActions(later, TODAY).map((x) => x.activity.id)).toEqual(["A4", "A9", "A5", "A8"]);
  });

  it("keeps only one owner's actions, by name in any case", () => {
    expect(nextActions(ACTIVITIES, TODAY, " BEN ").map((x) => x.activity.id)).toEqual(["A5", "A8"]);
  });

  it("ignores tasks with an outcome and blank next actions", () => {
    const xs = [
      act("T1", 46000, "Task", { outcome: "Done", summary: "x" }),
      act("T2", 46000, "Call", { nextAction: "  " }),
    ];
    expect(nextActions(xs, TODAY)).toEqual([]);
  });

  it("turns a finished task's Next Action into a follow-up", () => {
    const done = act("T3", 46090, "Task", { outcome: "Sent", nextAction: "Chase reply" });
    expect(summary(nextActions([done], TODAY))).toEqual([
      ["T3", "follow-up", "Chase reply", undefined, false, 0],
    ]);
  });
});
