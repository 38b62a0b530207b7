// Reads the generated functions.json from the page's own origin to learn which custom functions
// stream (options.stream), since associate() alone does not say.

interface FunctionsJson {
  functions?: { id?: unknown; options?: { stream?: unknown } }[];
}

export function streamingIdsOf(metadata: FunctionsJson): Set<string> {
  const ids = new Set<string>();
  for (const f of metadata.functions ?? []) {
    if (typeof f.id === "string" && f.options?.stream === true) ids.add(f.id.toUpperCase());
  }
  return ids;
}

export async function fetchStreamingIds(url = "functions.json"): Promise<Set<string>> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return streamingIdsOf((await response.json()) as FunctionsJson);
}
