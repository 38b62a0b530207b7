/** @jest-environment jsdom */
// ROI assumptions typed as people say percentages: "12%" and "12" are both 12%; what cannot be
// read is named under its field and changes nothing.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { AssumptionsForm } from "../../../src/taskpane/roi/assumptions-form";
import { DEFAULT_ASSUMPTIONS, type RoiAssumptions } from "../../../src/taskpane/roi/roi-model";

function renderForm() {
  const changes: RoiAssumptions[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <AssumptionsForm value={DEFAULT_ASSUMPTIONS} onChange={(v) => changes.push(v)} />
    </FluentProvider>,
  );
  return changes;
}

it("reads 12% and 12 alike, and names a figure it cannot read", () => {
  const changes = renderForm();
  const rate = screen.getByLabelText("Discount rate (%)");
  expect((rate as HTMLInputElement).value).toBe("10%");
  fireEvent.change(rate, { target: { value: "12%" } });
  expect(changes.at(-1)?.rate).toBeCloseTo(0.12);
  fireEvent.change(screen.getByLabelText("Costs raised by (%)"), { target: { value: "250" } });
  expect(changes.at(-1)?.costIncreasePct).toBeCloseTo(2.5);
  const count = changes.length;
  fireEvent.change(rate, { target: { value: "twelve" } });
  fireEvent.blur(rate);
  expect(changes).toHaveLength(count);
  expect(
    screen.getByText("Discount rate: “twelve” is not a percentage. Type it as 12 or 12%."),
  ).toBeTruthy();
  fireEvent.change(rate, { target: { value: "12" } });
  expect(changes.at(-1)?.rate).toBeCloseTo(0.12);
  expect(screen.queryByText(/is not a percentage/)).toBeNull();
});
