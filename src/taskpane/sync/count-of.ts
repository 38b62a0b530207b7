// "1 deal", "1,200 customers": a count in the user's locale with the right noun.

export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
