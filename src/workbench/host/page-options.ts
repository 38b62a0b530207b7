// What the workbench URL asks for: ?empty=1 for an empty workbook, ?customers=N (and ?deals=N,
// ?seed=N) to size the generated sample.

export interface PageOptions {
  empty: boolean;
  customers?: number;
  deals?: number;
  seed?: number;
}

const MAX_ROWS = 1_000_000;

function wholeNumber(params: URLSearchParams, name: string, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Math.min(Number(raw), max);
}

export function parsePageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const empty = params.get("empty");
  return {
    empty: empty === "1" || empty === "true",
    customers: wholeNumber(params, "customers", MAX_ROWS),
    deals: wholeNumber(params, "deals", MAX_ROWS),
    seed: wholeNumber(params, "seed", 2 ** 31),
  };
}
