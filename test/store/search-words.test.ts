import { queryPhrase, searchTokens } from "../../src/store/search-words";

/** The same words by regular expressions and Unicode normalisation, the slow and obvious way. */
const reference = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");

describe("searchTokens", () => {
  it("splits at punctuation, joins apostrophes and folds case like the reference", () => {
    const texts = [
      "O'Brien-Smith",
      "ada@engines.example",
      "  x  y ",
      "'lead",
      "trail'",
      "a''b",
      "it's-a",
      "Tab\there",
      "~!@#",
      "",
      "ABC123def",
      "x'-y",
    ];
    for (const text of texts) expect(searchTokens(text)).toEqual(reference(text));
  });

  it("folds accents in any other text", () => {
    expect(searchTokens("Zoë Ashdown-Müller")).toEqual(["zoe", "ashdown", "muller"]);
    expect(searchTokens("Ｆｕｌｌ width")).toEqual(["full", "width"]);
    expect(queryPhrase("  Inès   S ")).toBe("ines s");
  });
});
