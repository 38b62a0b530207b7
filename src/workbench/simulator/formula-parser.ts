// Parses the formula shapes the workbench computes: =NAME(arg, …) and a lone =operand, where an
// operand is a literal, error literal (#N/A), cell, range, sheet-qualified, table-column
// (Table[Column]), spill (A1#) reference or array constant ({1,2;3,4}). Anything else is left to
// Excel proper (not computed).
import { parseAddress, type Rect } from "./a1-address";
import { parseArrayConstant } from "./array-constant";
import { type SimValue } from "./cell-input";
import { isErrorValue } from "./cell-writes";

export type FormulaArg =
  | { kind: "literal"; value: SimValue | null }
  /** An error typed into the formula, e.g. =CRM.NPV(0.1, #N/A): it reaches Excel as that error. */
  | { kind: "error"; code: string }
  | { kind: "ref"; sheet?: string; rect: Rect; single: boolean }
  /** A structured reference to one table column's data rows, e.g. CRM_Costs[Amount]. */
  | { kind: "column"; table: string; column: string }
  /** The whole spill range of the formula in one cell, e.g. N2#. */
  | { kind: "spill"; sheet?: string; row: number; col: number }
  | { kind: "array"; rows: SimValue[][] };

export interface FormulaCall {
  name: string;
  args: FormulaArg[];
}

/** A formula the workbench computes: a call, or a single operand such as ={1,2} or =A1#. */
export type ParsedFormula =
  ({ kind: "call" } & FormulaCall) | { kind: "operand"; operand: FormulaArg };

const CALL = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/;
const COLUMN = /^([A-Za-z_][A-Za-z0-9_.]*)\[([^[\]]+)\]$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Splits on top-level commas, honouring "strings", 'sheet names' and {array, constants}; null on
 * nested calls.
 */
function splitArgs(text: string): string[] | null {
  const parts: string[] = [];
  let quote = "";
  let braces = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === "(" || ch === ")") {
      return null;
    } else if (ch === "{" || ch === "}") {
      braces += ch === "{" ? 1 : -1;
    } else if (ch === "," && braces === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (quote) return null;
  parts.push(text.slice(start));
  return parts;
}

function parseArg(raw: string): FormulaArg | null {
  const text = raw.trim();
  if (text === "") return { kind: "literal", value: null };
  if (text.startsWith('"')) {
    if (!text.endsWith('"') || text.length < 2) return null;
    return { kind: "literal", value: text.slice(1, -1).replace(/""/g, '"') };
  }
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "literal", value: upper === "TRUE" };
  if (NUMBER.test(text)) return { kind: "literal", value: Number(text) };
  if (isErrorValue(upper)) return { kind: "error", code: upper };
  if (text.startsWith("{")) {
    const rows = parseArrayConstant(text);
    return rows ? { kind: "array", rows } : null;
  }
  if (text.endsWith("#")) return spillArg(text.slice(0, -1));
  const column = COLUMN.exec(text);
  if (column) return { kind: "column", table: column[1], column: column[2].trim() };
  const address = parseAddress(text);
  if (!address) return null;
  const single = address.rect.rows === 1 && address.rect.cols === 1 && !text.includes(":");
  return { kind: "ref", ...address, single };
}

function spillArg(anchor: string): FormulaArg | null {
  const address = parseAddress(anchor);
  if (!address || anchor.includes(":") || address.rect.rows !== 1 || address.rect.cols !== 1) {
    return null;
  }
  return { kind: "spill", sheet: address.sheet, row: address.rect.row, col: address.rect.col };
}

/** A call, or a lone operand (not a bare name: =Foo is a defined name, left to Excel). */
export function parseFormula(formula: string): ParsedFormula | null {
  const call = parseCall(formula);
  if (call) return { kind: "call", ...call };
  if (!formula.startsWith("=") || /[()]/.test(formula.replace(/"[^"]*"/g, ""))) return null;
  const operand = parseArg(formula.slice(1));
  return operand ? { kind: "operand", operand } : null;
}

export function parseCall(formula: string): FormulaCall | null {
  const m = CALL.exec(formula);
  if (!m) return null;
  const pieces = m[2].trim() === "" ? [] : splitArgs(m[2]);
  if (!pieces) return null;
  const args: FormulaArg[] = [];
  for (const piece of pieces) {
    const arg = parseArg(piece);
    if (!arg) return null;
    args.push(arg);
  }
  return { name: m[1], args };
}
