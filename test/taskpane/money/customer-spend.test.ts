// The customer form's money field: Total spend typed as people write money, stored as a number,
// and named in a sentence when it cannot be read.
import type { Customer } from "../../../src/domain/records";
import {
  changesOf,
  draftOf,
  inputOf,
  validateDraft,
} from "../../../src/taskpane/customers/customer-draft";

const ada: Customer = { id: "C-1", name: "Ada Quill", totalSpend: 1200.5 };

it("reads Total spend as typed money, for a new customer and for an edit", () => {
  const draft = { ...draftOf(), name: "Bo Lind", totalSpend: "1.200,50 €" };
  expect(validateDraft(draft)).toEqual({});
  expect(inputOf(draft)).toEqual({ name: "Bo Lind", totalSpend: 1200.5 });
  const opened = draftOf(ada);
  expect(opened.totalSpend).toBe("1200.5");
  expect(changesOf(opened, { ...opened, totalSpend: "$4,200" })).toEqual({ totalSpend: 4200 });
  expect(changesOf(opened, { ...opened, totalSpend: "" })).toEqual({ totalSpend: undefined });
  expect(changesOf(opened, opened)).toEqual({});
});

it("names the field when Total spend cannot be read", () => {
  const draft = { ...draftOf(), name: "Bo Lind", totalSpend: "lots" };
  expect(validateDraft(draft).totalSpend).toBe(
    "Total spend: “lots” is not an amount. Type it as 1200, $1,200.50 or 1.200,50 €. Or leave it empty.",
  );
});
