// A stand-in for the CustomFunctions global that Excel provides at run time, so wrappers can be
// tested in node: same ErrorCode values as office-runtime, same Error shape.
export const ErrorCodeStub = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsErrorStub {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export function installCustomFunctionsStub(): void {
  Object.assign(globalThis, {
    CustomFunctions: { Error: CustomFunctionsErrorStub, ErrorCode: ErrorCodeStub },
  });
}
