// Issues by kind before the row-by-row list: "12 cells in Amount are not a number" reads at a
// glance where 12 rows of the same sentence do not. A kind is a column and the problem its
// message states after the quoted cell (`Amount "lots" is not a number` → "is not a number").
import type { RowIssue } from "./row-issue";

export interface IssueKind {
  readonly column: string;
  /** The problem, as the messages phrase it after the cell ("is not a number"). */
  readonly problem: string;
  readonly count: number;
  /** The first cell of the kind, to go to. */
  readonly first: string;
}

const QUOTED = /^.*?" (.+)$/s;

export function summarizeIssues(issues: readonly RowIssue[]): IssueKind[] {
  const kinds = new Map<
    string,
    { column: string; problem: string; count: number; first: string }
  >();
  for (const issue of issues) {
    const problem = problemOf(issue);
    const key = `${issue.column}\u0000${problem}`;
    const kind = kinds.get(key);
    if (kind) kind.count += 1;
    else kinds.set(key, { column: issue.column, problem, count: 1, first: issue.address });
  }
  return [...kinds.values()].sort((a, b) => b.count - a.count);
}

function problemOf(issue: RowIssue): string {
  const quotedCell = issue.column !== "" && issue.message.startsWith(`${issue.column} "`);
  return quotedCell ? (QUOTED.exec(issue.message)?.[1] ?? issue.message) : issue.message;
}

/** "Amount: 12 cells are not a number (first Pipeline!F7)"; one line per kind. */
export function describeIssueKind(kind: IssueKind): string {
  const place = kind.column || "Rows";
  const first = kind.count > 1 ? ` (first ${kind.first})` : ` (${kind.first})`;
  if (kind.problem.startsWith("is ")) {
    const cells = kind.count === 1 ? "1 cell is" : `${kind.count} cells are`;
    return `${place}: ${cells} ${kind.problem.slice(3)}${first}`;
  }
  return `${place}: ${kind.count} × ${kind.problem}${first}`;
}
