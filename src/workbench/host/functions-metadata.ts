// What Excel learns from the built functions.json, the workbench learns the same way: each
// custom function's id, how many parameters it declares (Excel passes null for a missing
// optional one) and whether it streams. associate() alone says none of this.

interface FunctionsJson {
  /** File-wide: every parameter of type any may receive an Excel error instead of the call failing. */
  allowErrorForDataTypeAny?: unknown;
  functions?: {
    id?: unknown;
    parameters?: { type?: unknown }[];
    options?: { stream?: unknown };
  }[];
}

export interface FunctionMetadata {
  readonly parameters: number;
  readonly streaming: boolean;
  /** Per parameter: whether an error in its cells reaches the function (else Excel returns it). */
  readonly allowErrors?: readonly boolean[];
}

export type FunctionsMetadata = ReadonlyMap<string, FunctionMetadata>;

export function metadataOf(json: FunctionsJson): FunctionsMetadata {
  const byId = new Map<string, FunctionMetadata>();
  for (const f of json.functions ?? []) {
    if (typeof f.id !== "string") continue;
    const parameters = Array.isArray(f.parameters) ? f.parameters : [];
    byId.set(f.id.toUpperCase(), {
      parameters: parameters.length,
      streaming: f.options?.stream === true,
      ...(json.allowErrorForDataTypeAny === true
        ? { allowErrors: parameters.map((p) => (p.type ?? "any") === "any") }
        : {}),
    });
  }
  return byId;
}

export async function fetchFunctionsMetadata(url = "functions.json"): Promise<FunctionsMetadata> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return metadataOf((await response.json()) as FunctionsJson);
}
