// What to do next: open tasks (Task activities without an outcome; the activity's date is when
// it is due) flagged overdue when due before today, then undated follow-ups: a "Next Action"
// written on the latest activity of its deal (or customer), not yet followed by another activity.

import type { Activity, ExcelSerial } from "../records";
import { newestFirst } from "./timeline";

export interface NextAction {
  readonly activity: Activity;
  readonly kind: "task" | "follow-up";
  /** What to do: the task's summary, or the follow-up's Next Action text. */
  readonly text: string;
  /** Due day (whole serial) of a task; follow-ups have none. */
  readonly due?: ExcelSerial;
  readonly overdue: boolean;
  /** Whole days past due; 0 when not overdue. */
  readonly daysOverdue: number;
}

export function nextActions(
  activities: readonly Activity[],
  today: number,
  owner?: string,
): NextAction[] {
  const mine = activities.filter(
    (a) => owner === undefined || a.owner?.trim().toLowerCase() === owner.trim().toLowerCase(),
  );
  const tasks = mine.filter(isOpenTask).map((a) => taskAction(a, Math.floor(today)));
  tasks.sort(
    (a, b) => (a.due as number) - (b.due as number) || (a.activity.id < b.activity.id ? -1 : 1),
  );
  const kept = new Set(mine);
  // Threads span every owner: a teammate's later call also answers my follow-up.
  const followUps = latestPerThread(activities)
    .filter((a) => kept.has(a) && !isOpenTask(a) && hasText(a.nextAction))
    .sort((a, b) => -newestFirst(a, b))
    .map(followUpAction);
  return [...tasks, ...followUps];
}

function isOpenTask(a: Activity): boolean {
  return a.type === "Task" && !hasText(a.outcome);
}

function hasText(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== "";
}

function taskAction(activity: Activity, today: number): NextAction {
  const due = Math.floor(activity.date) as ExcelSerial;
  const daysOverdue = Math.max(0, today - due);
  const text = activity.summary ?? activity.nextAction ?? "";
  return { activity, kind: "task", text, due, overdue: daysOverdue > 0, daysOverdue };
}

function followUpAction(activity: Activity): NextAction {
  const text = activity.nextAction as string;
  return { activity, kind: "follow-up", text, overdue: false, daysOverdue: 0 };
}

/** The newest activity of each thread: its deal, else its customer, else itself. */
function latestPerThread(activities: readonly Activity[]): Activity[] {
  const latest = new Map<string, Activity>();
  for (const a of activities) {
    const thread = threadOf(a);
    const current = latest.get(thread);
    if (current === undefined || newestFirst(a, current) < 0) latest.set(thread, a);
  }
  return [...latest.values()];
}

function threadOf(a: Activity): string {
  if (a.dealId !== undefined) return `deal:${a.dealId}`;
  return a.customerId !== undefined ? `customer:${a.customerId}` : `activity:${a.id}`;
}
