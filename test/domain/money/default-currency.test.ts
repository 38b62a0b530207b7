// Which currency money is shown in: number formats as Excel writes them, locales, the setting.
import {
  currencyOfLocale,
  currencyOfNumberFormat,
  currencyOfNumberFormats,
  normalizeCurrencyCode,
  resolveCurrency,
} from "../../../src/domain/money";

describe("the currency a number format shows", () => {
  it.each([
    ['"$"#,##0.00', "USD"],
    ["$#,##0.00_);($#,##0.00)", "USD"],
    ["[$€-407] #,##0.00", "EUR"],
    ["#,##0.00 [$€-40C]", "EUR"],
    ["#,##0 [$kr-41D]", "SEK"],
    ["#,##0 [$kr-414]", "NOK"],
    ['#,##0.00 "kr."', "DKK"],
    ["£#,##0", "GBP"],
    ["[$£-809]#,##0.00", "GBP"],
    ["[$$-C09]#,##0.00", "AUD"],
    ["[$$-1009]#,##0", "CAD"],
    ["[$¥-804]#,##0", "CNY"],
    ["[$¥-411]#,##0", "JPY"],
    ["[$USD] #,##0.00", "USD"],
    ['#,##0.00 "CHF"', "CHF"],
    ["[$R$-416] #,##0.00", "BRL"],
    ["\\€#,##0.00", "EUR"],
  ])("%s → %s", (format, code) => {
    expect(currencyOfNumberFormat(format)).toBe(code);
  });

  it.each(["#,##0.00", "General", "0%", "yyyy-mm-dd", "[$-409]mmm d, yyyy", '0 "units"', "[Red]0"])(
    "%s shows no currency",
    (format) => {
      expect(currencyOfNumberFormat(format)).toBeUndefined();
    },
  );

  it("takes the currency most money cells show", () => {
    expect(currencyOfNumberFormats(["#,##0.00", "[$€-407] #,##0", "£#,##0", "€#,##0"])).toBe("EUR");
    expect(currencyOfNumberFormats(["#,##0.00", "General"])).toBeUndefined();
  });
});

describe("the currency of a locale", () => {
  it.each([
    ["en-GB", "GBP"],
    ["de-DE", "EUR"],
    ["fr-CA", "CAD"],
    ["sv-SE", "SEK"],
    ["en-US", "USD"],
    ["de-CH", "CHF"],
    ["ja", "JPY"],
    ["nb_NO", "NOK"],
  ])("%s → %s", (locale, code) => {
    expect(currencyOfLocale(locale)).toBe(code);
  });

  it("is unknown for a region outside the table or a tag that is not one", () => {
    expect(currencyOfLocale("en-AQ")).toBeUndefined();
    expect(currencyOfLocale("not a locale!")).toBeUndefined();
    expect(currencyOfLocale("")).toBeUndefined();
  });
});

describe("resolving the workbook's currency", () => {
  it("prefers the setting, then the formats, then the locales in order, then USD", () => {
    const formats = ["[$€-407] #,##0.00"];
    expect(resolveCurrency({ chosen: "gbp", formats })).toEqual({ code: "GBP", source: "setting" });
    expect(resolveCurrency({ chosen: "", formats, locales: ["en-GB"] })).toEqual({
      code: "EUR",
      source: "formats",
    });
    expect(resolveCurrency({ formats: ["#,##0.00"], locales: [undefined, "en-GB"] })).toEqual({
      code: "GBP",
      source: "locale",
    });
    expect(resolveCurrency({ locales: ["xx"] })).toEqual({ code: "USD", source: "default" });
  });

  it("normalizes codes and refuses anything else", () => {
    expect(normalizeCurrencyCode(" sek ")).toBe("SEK");
    expect(normalizeCurrencyCode("€")).toBeUndefined();
    expect(normalizeCurrencyCode(42)).toBeUndefined();
  });
});
