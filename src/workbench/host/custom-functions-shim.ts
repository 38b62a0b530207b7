// A stand-in for the CustomFunctions runtime global: associate() registers each function as
// CRM.<id> in the attached WorkbookModel (streaming ones as streaming), plus Error and ErrorCode
// so the function wrappers can return Excel error values.
import { type WorkbookModel } from "../simulator";

export const NAMESPACE = "CRM";

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** CustomFunctions.Error: the simulator shows a thrown or returned one as its code. */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: ErrorCodeValue,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
  }
}

type Fn = (...args: unknown[]) => unknown;

export class CustomFunctionsShim {
  private readonly functions = new Map<string, Fn>();
  private model: WorkbookModel | null = null;
  readonly Error = CustomFunctionError;
  readonly ErrorCode = ErrorCode;

  constructor(private readonly streamingIds: ReadonlySet<string>) {}

  /** associate(id, fn) or associate({ id: fn, … }), as in the real runtime. */
  readonly associate = (idOrMap: string | Record<string, Fn>, fn?: Fn): void => {
    const entries =
      typeof idOrMap === "string" ? [[idOrMap, fn] as const] : Object.entries(idOrMap);
    for (const [id, impl] of entries) {
      if (typeof impl !== "function") throw new TypeError(`associate(${id}): not a function`);
      const key = id.toUpperCase();
      this.functions.set(key, impl);
      this.model?.registerFunction(`${NAMESPACE}.${key}`, impl, this.options(key));
    }
  };

  /** Makes `model` the workbook the functions calculate in (again after opening another one). */
  attach(model: WorkbookModel): void {
    this.model = model;
    for (const [id, impl] of this.functions) {
      model.registerFunction(`${NAMESPACE}.${id}`, impl, this.options(id));
    }
  }

  ids(): string[] {
    return [...this.functions.keys()];
  }

  private options(id: string) {
    return this.streamingIds.has(id) ? { streaming: true } : undefined;
  }
}

/** Installs the shim as globalThis.CustomFunctions (before the function files are imported). */
export function installCustomFunctionsShim(
  streamingIds: ReadonlySet<string>,
  target: object = globalThis,
): CustomFunctionsShim {
  const shim = new CustomFunctionsShim(streamingIds);
  (target as Record<string, unknown>).CustomFunctions = shim;
  return shim;
}
