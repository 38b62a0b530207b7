// Activities shared by the activity tests; 46100 = 2026-03-19.
import type { Activity, ActivityType } from "../../../src/domain/records";
import { asExcelSerial } from "../../../src/domain/records";

export function act(
  id: string,
  date: number,
  type: ActivityType,
  more: Partial<Omit<Activity, "id" | "date" | "type">> = {},
): Activity {
  return { id, date: asExcelSerial(date), type, ...more };
}

export const ACTIVITIES: readonly Activity[] = [
  act("A1", 46090.4, "Call", { customerId: "C1", summary: "Intro call", nextAction: "Send deck" }),
  act("A2", 46095, "Email", { customerId: "C1", dealId: "D1", summary: "Deck sent" }),
  act("A3", 46095, "Note", { customerId: "C1", summary: "Budget approved" }),
  act("A4", 46098, "Task", {
    customerId: "C1",
    dealId: "D1",
    summary: "Draft proposal",
    owner: "Ana",
  }),
  act("A5", 46105, "Task", { customerId: "C2", summary: "Renewal check", owner: "Ben" }),
  act("A6", 46080, "Task", { customerId: "C2", summary: "Old task", outcome: "Done" }),
  act("A7", 46099, "Meeting", {
    dealId: "D1",
    summary: "Demo",
    nextAction: "Follow up on pricing",
    owner: "Ana",
  }),
  act("A8", 46060, "Call", { customerId: "C4", nextAction: "Call back in April", owner: "ben" }),
  act("A9", 46100.5, "Task", { customerId: "C3", nextAction: "Prepare quote", owner: "Ana" }),
];
