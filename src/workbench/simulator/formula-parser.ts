// Parses the one formula shape the workbench computes: =NAME(arg, …) with literal, error-literal
// (#N/A), cell, range, sheet-qualified and table-column (Table[Column]) arguments. Anything else is
// left to Excel proper (not computed).
import { parseAddress, type Rect } from "./a1-address";
import { type SimValue } from "./cell-input";
import { isErrorValue } from "./cell-writes";

export type FormulaArg =
  | { kind: "literal"; value: SimValue | null }
  /** An error typed into the formula, e.g. =CRM.NPV(0.1, #N/A): it reaches Excel as that error. */
  | { kind: "error"; code: string }
  | { kind: "ref"; sheet?: string; rect: Rect; single: boolean }
  /** A structured reference to one table column's data rows, e.g. CRM_Costs[Amount]. */
  | { kind: "column"; table: string; column: string };

export interface FormulaCall {
  name: string;
  args: FormulaArg[];
}

const CALL = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/;
const COLUMN = /^([A-Za-z_][A-Za-z0-9_.]*)\[([^[\]]+)\]$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Splits on top-level commas, honouring "strings" and 'sheet names'; null on nested calls. */
function splitArgs(text: string): string[] | null {
  const parts: string[] = [];
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === "(" || ch === ")") {
      return null;
    } else if (ch === ",") {
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
  const column = COLUMN.exec(text);
  if (column) return { kind: "column", table: column[1], column: column[2].trim() };
  const address = parseAddress(text);
  if (!address) return null;
  const single = address.rect.rows === 1 && address.rect.cols === 1 && !text.includes(":");
  return { kind: "ref", ...address, single };
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
