// Money in the workbook's currency, formatted for an explicit locale (never the machine's).
import {
  currencySymbol,
  formatCompactMoney,
  formatItemMoney,
  formatMoney,
} from "../../../src/taskpane/money/format-money";

const usd = { currency: "USD", locale: "en-US" };
const eur = { currency: "EUR", locale: "de-DE" };
const sek = { currency: "SEK", locale: "sv-SE" };
// Intl separates with no-break spaces in several locales; compare with plain spaces
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("money in the workbook's currency", () => {
  it("shows totals in whole units with the currency", () => {
    expect(formatMoney(137_336.7, usd)).toBe("$137,337");
    expect(formatMoney(38_094.82, usd)).toBe("$38,095");
    expect(plain(formatMoney(1_200.5, eur))).toBe("1.201 €");
    expect(plain(formatMoney(-300, usd))).toBe("-$300");
  });

  it("shows an item's cents only when it has them", () => {
    expect(formatItemMoney(500, usd)).toBe("$500");
    expect(formatItemMoney(38_094.82, usd)).toBe("$38,094.82");
    expect(formatItemMoney(38_094.8, usd)).toBe("$38,094.80");
    expect(plain(formatItemMoney(1_200.5, eur))).toBe("1.200,50 €");
    expect(plain(formatItemMoney(1_200, sek))).toBe("1 200 kr");
  });

  it("has a compact form for short spaces, and the full one under a thousand", () => {
    expect(formatCompactMoney(1_234_567, usd)).toBe("$1.2M");
    expect(formatCompactMoney(38_094.82, usd)).toBe("$38.1K");
    expect(formatCompactMoney(999, usd)).toBe("$999");
    expect(plain(formatCompactMoney(1_234_567, eur))).toBe("1,2 Mio. €");
  });

  it("names the currency's symbol for labels", () => {
    expect(currencySymbol(usd)).toBe("$");
    expect(currencySymbol(eur)).toBe("€");
    expect(currencySymbol({ currency: "GBP", locale: "en-GB" })).toBe("£");
  });
});
