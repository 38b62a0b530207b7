// The currency people in a locale's region use: "en-GB" → GBP, "de-DE" → EUR, "sv" → SEK (a
// tag without a region takes the language's likely one). Common regions only; others are
// undefined, so the caller falls back.

import { pairs } from "./pairs";

const EURO = "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK".split(" ");

/** Region → currency, as "region:code" pairs. */
const REGION_CURRENCY: ReadonlyMap<string, string> = new Map([
  ...EURO.map((r): [string, string] => [r, "EUR"]),
  ...pairs(
    "US:USD GB:GBP CH:CHF LI:CHF SE:SEK NO:NOK DK:DKK IS:ISK PL:PLN CZ:CZK HU:HUF RO:RON " +
      "BG:BGN TR:TRY UA:UAH IL:ILS AE:AED SA:SAR IN:INR CN:CNY JP:JPY KR:KRW TW:TWD HK:HKD " +
      "SG:SGD MY:MYR TH:THB ID:IDR PH:PHP VN:VND AU:AUD NZ:NZD CA:CAD MX:MXN BR:BRL AR:ARS " +
      "CL:CLP CO:COP PE:PEN ZA:ZAR NG:NGN KE:KES EG:EGP",
  ),
]);

export function currencyOfLocale(tag: string | undefined): string | undefined {
  const region = regionOf(tag);
  return region === undefined ? undefined : REGION_CURRENCY.get(region);
}

function regionOf(tag: string | undefined): string | undefined {
  if (tag === undefined || tag.trim() === "") return undefined;
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, "-")).maximize().region;
  } catch {
    return undefined;
  }
}
