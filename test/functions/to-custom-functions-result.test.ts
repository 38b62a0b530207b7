import { errorValue } from "../../src/domain/values";
import {
  toCustomFunctionsMatrix,
  toCustomFunctionsResult,
} from "../../src/functions/to-custom-functions-result";
import {
  CustomFunctionsErrorStub,
  installCustomFunctionsStub,
} from "./support/custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("toCustomFunctionsResult", () => {
  it("passes plain values through", () => {
    expect(toCustomFunctionsResult(0.125)).toBe(0.125);
    expect(toCustomFunctionsResult("Champions")).toBe("Champions");
  });

  it.each([["#VALUE!"], ["#N/A"], ["#DIV/0!"], ["#NUM!"], ["#NULL!"]] as const)(
    "maps %s to the Excel error code with its message",
    (code) => {
      const out = toCustomFunctionsResult(errorValue(code, "why"));
      expect(out).toBeInstanceOf(CustomFunctionsErrorStub);
      expect(out).toEqual({ code, message: "why" });
    },
  );

  it("cannot be handed #NAME? or #REF!, which Excel takes from custom functions only as inputs", () => {
    // checked by tsc: CustomFunctions.ErrorCode documents both as input-only error codes
    // @ts-expect-error -- not an output error code
    const ref = () => errorValue("#REF!");
    // @ts-expect-error -- not an output error code
    const name = () => errorValue("#NAME?");
    expect([ref, name]).toHaveLength(2);
  });

  it("maps errors cell by cell inside a spilled array", () => {
    const out = toCustomFunctionsMatrix([
      ["NPV", 12.5],
      ["IRR", errorValue("#NUM!")],
    ]);
    expect(out[0]).toEqual(["NPV", 12.5]);
    expect(out[1][0]).toBe("IRR");
    expect(out[1][1]).toEqual({ code: "#NUM!", message: undefined });
  });

  it("throws a whole-call error so Excel shows it in place of the spill", () => {
    expect(() => toCustomFunctionsMatrix(errorValue("#N/A", "no customers"))).toThrow(
      expect.objectContaining({ code: "#N/A", message: "no customers" }),
    );
  });
});
