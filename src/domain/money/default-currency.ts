// Which currency the pane shows money in: the one chosen in the settings, else the one the
// money columns' number formats show, else the locale's region's, else US dollars.

import { normalizeCurrencyCode } from "./currency-code";
import { currencyOfLocale } from "./currency-of-locale";
import { currencyOfNumberFormats } from "./currency-of-format";

export type CurrencySource = "setting" | "formats" | "locale" | "default";

export interface ResolvedCurrency {
  readonly code: string;
  readonly source: CurrencySource;
}

export const FALLBACK_CURRENCY = "USD";

export function resolveCurrency(input: {
  readonly chosen?: string;
  readonly formats?: Iterable<string>;
  readonly locales?: readonly (string | undefined)[];
}): ResolvedCurrency {
  const chosen = normalizeCurrencyCode(input.chosen);
  if (chosen !== undefined) return { code: chosen, source: "setting" };
  const fromFormats = currencyOfNumberFormats(input.formats ?? []);
  if (fromFormats !== undefined) return { code: fromFormats, source: "formats" };
  for (const locale of input.locales ?? []) {
    const code = currencyOfLocale(locale);
    if (code !== undefined) return { code, source: "locale" };
  }
  return { code: FALLBACK_CURRENCY, source: "default" };
}
