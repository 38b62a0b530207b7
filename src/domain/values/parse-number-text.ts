// Reads a number typed as text the way a person writes it: "1200", " $1,200.50 ", "(300)",
// "12%", "1e3". Returns undefined when the text is not a number, so callers decide the error.

const CURRENCY = /[$€£¥]/g;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumberText(text: string): number | undefined {
  let s = text.trim().replace(CURRENCY, "").trim();
  if (s === "") return undefined;
  let sign = 1;
  if (s.startsWith("(") && s.endsWith(")")) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, "");
  if (!PLAIN_NUMBER.test(s)) return undefined;
  const n = Number(s) * scale * sign;
  return Number.isFinite(n) ? n : undefined;
}
