// Reads the digits of a number as people type them in any common locale: "1,200.50",
// "1.200,50", "1 200,50", "1'200.50", "1e3". Signs, currency and percent are the callers' job.

const GROUPED = /^\d{1,3}(?:([ ,.'’])\d{3})(?:\1\d{3})*(?:([.,])(\d+))?$/;
const SIMPLE = /^(\d*)(?:([.,])(\d+))?$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
const PLAIN_POINT = /^\d+(?:\.\d+)?$/;

/** Non-negative number from unsigned digit text; undefined when it is not one. */
export function parseDecimal(text: string, decimalSeparator: "." | "," = "."): number | undefined {
  const s = text.trim();
  // Fast path for the common case; a lone "." is the decimal point under the "." locale.
  if (decimalSeparator === "." && PLAIN_POINT.test(s)) return finite(Number(s));
  if (SCIENTIFIC.test(s)) return finite(Number(s));
  const grouped = GROUPED.exec(s);
  if (grouped) return readGrouped(s, grouped, decimalSeparator);
  const simple = SIMPLE.exec(s);
  if (!simple || (simple[1] === "" && simple[3] === undefined)) return undefined;
  return finite(Number(`${simple[1] || "0"}.${simple[3] ?? "0"}`));
}

function readGrouped(s: string, m: RegExpExecArray, decimalSeparator: string): number | undefined {
  const [, group, decimal, fraction] = m;
  if (decimal !== undefined && decimal === group) return undefined;
  const singleGroup = s.indexOf(group) === s.lastIndexOf(group);
  // "1.200" or "1,200" alone: a decimal point when that is the locale's separator, else grouping.
  if (decimal === undefined && singleGroup && group === decimalSeparator) {
    return finite(Number(s.replace(group, ".")));
  }
  const whole = s.slice(0, decimal === undefined ? s.length : s.lastIndexOf(decimal));
  return finite(Number(`${whole.replaceAll(group, "")}.${fraction ?? "0"}`));
}

function finite(n: number): number | undefined {
  return Number.isFinite(n) ? n : undefined;
}
