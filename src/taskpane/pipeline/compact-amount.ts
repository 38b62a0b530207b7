// Amounts where a column is narrow (the forecast table at 320 px): "1.2M", "340K", "950";
// the full figure goes in the cell's title.
const compact = new Intl.NumberFormat(undefined, {
  notation: "compact",
  maximumFractionDigits: 1,
});

export function formatCompactAmount(value: number): string {
  return compact.format(Math.round(value));
}
