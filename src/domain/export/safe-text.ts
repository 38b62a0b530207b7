// Text that stays inert when the export is saved as CSV and opened again in a spreadsheet (CSV
// injection, OWASP): Excel's own CSV save writes a text cell "=HYPERLINK(…)" as it is, and the
// next spreadsheet to open the file runs it. A value starting with = + - @ tab or CR gets a
// leading apostrophe, unless it is a plain number or phone number ("+1 555 0100", "-5"), which
// cannot carry a formula and must reach the CRM unchanged. Writing the cell itself as text is the
// Excel layer's job (src/excel/cell-text.ts).

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const NUMBER_OR_PHONE = /^[+-]?[\d\s().\-/]*\d[\d\s().\-/]*$/;

export function safeText(value: string): string {
  if (!FORMULA_TRIGGER.test(value) || NUMBER_OR_PHONE.test(value)) return value;
  return `'${value}`;
}
