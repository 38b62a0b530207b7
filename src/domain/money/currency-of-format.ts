// The currency an Excel number format shows: `"$"#,##0.00` → USD, `[$€-407] #,##0.00` → EUR,
// `#,##0 [$kr-41D]` → SEK (the locale ID decides symbols several currencies share: "$", "kr",
// "¥"), `[$USD] #,##0` → USD, `£#,##0` → GBP. Undefined for a format without a currency.

import { pairs } from "./pairs";

const SYMBOLS: ReadonlyMap<string, string> = new Map(
  pairs(
    "$:USD US$:USD €:EUR £:GBP ¥:JPY ₹:INR ₩:KRW ₽:RUB ₺:TRY ₪:ILS ₫:VND ฿:THB ₱:PHP R$:BRL " +
      "A$:AUD C$:CAD NZ$:NZD HK$:HKD S$:SGD zł:PLN Kč:CZK Ft:HUF CHF:CHF Fr.:CHF kr:SEK kr.:DKK " +
      "R:ZAR lei:RON",
  ),
);

/** Windows locale IDs (hex) whose currency differs from the symbol's most common one. */
const LOCALE_IDS: ReadonlyMap<string, string> = new Map(
  pairs(
    "409:USD C09:AUD 1009:CAD 1409:NZD 1004:SGD C04:HKD 80A:MXN 2C0A:ARS 340A:CLP 240A:COP " +
      "41D:SEK 81D:EUR 414:NOK 814:NOK 406:DKK 40F:ISK 804:CNY 411:JPY",
  ),
);

const BRACKETED = /\[\$([^\]-]*)(?:-([0-9A-Fa-f]+))?\]/g;
const QUOTED = /"([^"]*)"/g;
const BARE = /(?:\\)?([$€£¥₹₩₽₺₪₫฿₱])/;
const ISO = /^[A-Z]{3}$/;

export function currencyOfNumberFormat(format: string): string | undefined {
  for (const [, symbol, lcid] of format.matchAll(BRACKETED)) {
    const code = currencyOfSymbol(symbol.trim(), lcid);
    if (code !== undefined) return code;
  }
  const plain = format.replace(BRACKETED, "");
  for (const [, text] of plain.matchAll(QUOTED)) {
    const code = currencyOfSymbol(text.trim(), undefined);
    if (code !== undefined) return code;
  }
  const bare = BARE.exec(plain.replace(QUOTED, ""));
  return bare ? SYMBOLS.get(bare[1]) : undefined;
}

/** The currency most of the formats show (the first one on a tie); undefined when none do. */
export function currencyOfNumberFormats(formats: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const format of formats) {
    const code = currencyOfNumberFormat(format);
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0];
}

function currencyOfSymbol(symbol: string, lcid: string | undefined): string | undefined {
  if (symbol === "") return undefined;
  if (ISO.test(symbol)) return symbol;
  const byLocale = lcid === undefined ? undefined : LOCALE_IDS.get(lcid.toUpperCase());
  const bySymbol = SYMBOLS.get(symbol);
  if (bySymbol === undefined) return undefined;
  const shared = symbol === "$" || symbol === "kr" || symbol === "¥" || symbol === "kr.";
  return shared && byLocale !== undefined ? byLocale : bySymbol;
}
