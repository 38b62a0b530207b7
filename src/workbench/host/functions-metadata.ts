// What Excel learns from the built functions.json, the workbench learns the same way: each
// custom function's id, how many parameters it declares (Excel passes null for a missing
// optional one) and whether it streams. associate() alone says none of this.

interface FunctionsJson {
  functions?: { id?: unknown; parameters?: unknown[]; options?: { stream?: unknown } }[];
}

export interface FunctionMetadata {
  readonly parameters: number;
  readonly streaming: boolean;
}

export type FunctionsMetadata = ReadonlyMap<string, FunctionMetadata>;

export function metadataOf(json: FunctionsJson): FunctionsMetadata {
  const byId = new Map<string, FunctionMetadata>();
  for (const f of json.functions ?? []) {
    if (typeof f.id !== "string") continue;
    byId.set(f.id.toUpperCase(), {
      parameters: Array.isArray(f.parameters) ? f.parameters.length : 0,
      streaming: f.options?.stream === true,
    });
  }
  return byId;
}

export async function fetchFunctionsMetadata(url = "functions.json"): Promise<FunctionsMetadata> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return metadataOf((await response.json()) as FunctionsJson);
}
