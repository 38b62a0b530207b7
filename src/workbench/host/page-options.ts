// What the workbench URL asks for: ?empty=1 for an empty workbook, ?customers=N (and ?deals=N,
// ?seed=N) to size the generated sample; ?requirements=lowest for a host with only the
// requirement sets the manifest declares; ?storage=blocked for a host that refuses the frame's
// IndexedDB (Safari, partitioned storage); ?pane=320 for the pane's width in pixels;
// ?coauthors=2 for a second add-in instance beside the first, a co-author of the same workbook.

export interface PageOptions {
  empty: boolean;
  customers?: number;
  deals?: number;
  seed?: number;
  requirements: "latest" | "lowest";
  storage: "available" | "blocked";
  paneWidth: number;
  /** Add-in instances over the one workbook: 1, or 2 for two co-authors. */
  coauthors: 1 | 2;
}

const MAX_ROWS = 1_000_000;
const PANE_WIDTHS = { min: 320, max: 500, default: 350 };

function wholeNumber(params: URLSearchParams, name: string, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Math.min(Number(raw), max);
}

export function parsePageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const empty = params.get("empty");
  const pane = wholeNumber(params, "pane", PANE_WIDTHS.max) ?? PANE_WIDTHS.default;
  return {
    empty: empty === "1" || empty === "true",
    customers: wholeNumber(params, "customers", MAX_ROWS),
    deals: wholeNumber(params, "deals", MAX_ROWS),
    seed: wholeNumber(params, "seed", 2 ** 31),
    requirements: params.get("requirements") === "lowest" ? "lowest" : "latest",
    storage: params.get("storage") === "blocked" ? "blocked" : "available",
    paneWidth: Math.max(PANE_WIDTHS.min, pane),
    coauthors: params.get("coauthors") === "2" ? 2 : 1,
  };
}
