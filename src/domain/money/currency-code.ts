// ISO 4217 currency codes as CellCRM keeps them: three letters, upper case ("eur" → "EUR").
// Anything else is not a code, so a damaged setting falls back to the detected currency.

const CODE = /^[A-Za-z]{3}$/;

export function normalizeCurrencyCode(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const code = raw.trim();
  return CODE.test(code) ? code.toUpperCase() : undefined;
}

const COMMON = (
  "USD EUR GBP CHF SEK NOK DKK ISK PLN CZK HUF RON TRY " +
  "CAD MXN BRL AUD NZD JPY CNY HKD SGD INR ZAR AED ILS"
).split(" ");

/** Codes offered in the settings: the given ones (chosen, detected) first, then common ones. */
export function currencyChoices(first: readonly string[]): string[] {
  return [...new Set([...first, ...COMMON].filter((c) => CODE.test(c) && c === c.toUpperCase()))];
}
