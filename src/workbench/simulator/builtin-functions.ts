// The few Excel worksheet functions the workbench computes itself, so that dashboards' totals
// over spill ranges and array constants show numbers: SUM, AVERAGE, MIN, MAX, COUNT, COUNTA,
// ROWS, COLUMNS. Excel's argument rules: numbers in ranges and arrays count, their text and
// booleans do not; typed-in arguments ("5", TRUE) are converted; an error in a range reaches
// the result unless the function only counts.
import { type SimValue } from "./cell-input";
import { isErrorValue } from "./cell-writes";

export interface BuiltinArg {
  value: unknown;
  /** Typed into the formula (a literal), not read from cells or an array constant. */
  direct: boolean;
}

type Builtin = (args: readonly BuiltinArg[]) => SimValue;

function cellsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[][]).flat() : [value];
}

function firstError(args: readonly BuiltinArg[]): string | undefined {
  for (const arg of args) {
    const error = cellsOf(arg.value).find(isErrorValue);
    if (error !== undefined) return error as string;
  }
  return undefined;
}

/** The numbers a statistical function sees, or the error value it returns instead. */
function numbers(args: readonly BuiltinArg[]): number[] | string {
  const error = firstError(args);
  if (error !== undefined) return error;
  const found: number[] = [];
  for (const { value, direct } of args) {
    if (direct && !Array.isArray(value)) {
      if (value === null || value === "") continue;
      const n = Number(value);
      if (typeof value === "string" && (value.trim() === "" || !Number.isFinite(n))) {
        return "#VALUE!";
      }
      found.push(n);
      continue;
    }
    for (const cell of cellsOf(value)) if (typeof cell === "number") found.push(cell);
  }
  return found;
}

function statistic(reduce: (xs: number[]) => SimValue): Builtin {
  return (args) => {
    const xs = numbers(args);
    return typeof xs === "string" ? xs : reduce(xs);
  };
}

function dimension(of: (grid: unknown[][]) => number): Builtin {
  return (args) => {
    if (args.length !== 1) return "#VALUE!";
    const { value } = args[0];
    return Array.isArray(value) ? of(value as unknown[][]) : 1;
  };
}

const countNumbers: Builtin = (args) =>
  args.reduce((n, { value, direct }) => {
    if (direct && !Array.isArray(value)) {
      const typed = typeof value === "boolean" || (value !== "" && Number.isFinite(Number(value)));
      return n + (value !== null && typed ? 1 : 0);
    }
    return n + cellsOf(value).filter((c) => typeof c === "number").length;
  }, 0);

const countValues: Builtin = (args) =>
  args.reduce(
    (n, { value, direct }) =>
      n + (direct ? 1 : cellsOf(value).filter((c) => c !== "" && c !== null).length),
    0,
  );

const BUILTINS = new Map<string, Builtin>([
  ["SUM", statistic((xs) => xs.reduce((a, b) => a + b, 0))],
  [
    "AVERAGE",
    statistic((xs) => (xs.length === 0 ? "#DIV/0!" : xs.reduce((a, b) => a + b) / xs.length)),
  ],
  // reduce, not Math.min(...xs): a spill of a whole column would overflow the call stack
  ["MIN", statistic((xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => Math.min(a, b))))],
  ["MAX", statistic((xs) => (xs.length === 0 ? 0 : xs.reduce((a, b) => Math.max(a, b))))],
  ["COUNT", countNumbers],
  ["COUNTA", countValues],
  ["ROWS", dimension((grid) => grid.length)],
  ["COLUMNS", dimension((grid) => grid[0]?.length ?? 0)],
]);

export function builtinFunction(name: string): Builtin | undefined {
  return BUILTINS.get(name.toUpperCase());
}
