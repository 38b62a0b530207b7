// Which rows a fixed-row-height virtual list renders: the visible ones plus a small overscan, so
// 100,000 rows cost what 40 do.

export interface RowWindow {
  /** First rendered row (0-based). */
  first: number;
  /** One past the last rendered row. */
  end: number;
}

export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 6,
): RowWindow {
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const end = Math.min(rowCount, top + visible + 2 * overscan);
  return { first: Math.min(top, end), end };
}

/** The scroll offset that brings [start, start + size) into a viewport, or the current one. */
export function scrollToShow(
  current: number,
  viewport: number,
  start: number,
  size: number,
): number {
  if (start < current) return start;
  if (start + size > current + viewport) return start + size - viewport;
  return current;
}
