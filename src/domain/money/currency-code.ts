// ISO 4217 currency codes as CellCRM keeps them: three letters, upper case ("eur" → "EUR").
// Anything else is not a code, so a damaged setting falls back to the detected currency.

const CODE = /^[A-Za-z]{3}$/;

export function normalizeCurrencyCode(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const code = raw.trim();
  return CODE.test(code) ? code.toUpperCase() : undefined;
}

/** Codes offered in the settings (the host's list where it has one), chosen code first. */
export function currencyChoices(chosen: string, supported: readonly string[] = []): string[] {
  const common = ["USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD", "JPY"];
  const all = new Set([chosen, ...common, ...supported].filter((c) => CODE.test(c)));
  return [...all];
}
