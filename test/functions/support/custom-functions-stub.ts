// A stand-in for the CustomFunctions global that Excel provides at run time, so wrappers can be
// tested in node: same ErrorCode values as office-runtime, same Error shape.
import { ErrorCode } from "../../../src/workbench/office-host/custom-functions-global";

/** The same codes the workbench gives the add-in (office-host), as office-runtime has them. */
export const ErrorCodeStub = ErrorCode;

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
