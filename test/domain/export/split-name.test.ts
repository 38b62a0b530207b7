// One Name into the first and last name both target CRMs require.
import { firstAndLastName } from "../../../src/domain/export";

describe("firstAndLastName", () => {
  it.each([
    ["Ada Quill", "Ada", "Quill"],
    ["Mary Ann van Dyke", "Mary Ann van", "Dyke"],
    ["  Ada   Quill  ", "Ada", "Quill"],
    ["Quill, Ada", "Ada", "Quill"],
    ["Cher", "", "Cher"],
    ["", "", ""],
  ])("%j → first %j, last %j", (name, first, last) => {
    expect(firstAndLastName(name)).toEqual({ first, last });
  });

  it("gives no name for an absent one", () => {
    expect(firstAndLastName(undefined)).toEqual({ first: "", last: "" });
  });
});
