// Lookup tables written as "key:value" words, so long tables stay one readable paragraph.

export function pairs(text: string): [string, string][] {
  return text
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => {
      const at = w.lastIndexOf(":");
      return [w.slice(0, at), w.slice(at + 1)];
    });
}
