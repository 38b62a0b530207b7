/**
 * @jest-environment jsdom
 */
// The grid over a real WorkbookModel: cells as text with stable addresses, editing through
// userEdit, sheet tabs, and virtualization with 100,000 rows.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WorkbookView } from "../../../src/workbench/grid";
import { WorkbookModel } from "../../../src/workbench/simulator";

function modelWith(rows: (string | number)[][]): WorkbookModel {
  const model = new WorkbookModel();
  model.addSheet("Customers");
  model.setValues("Customers", "A1", rows);
  model.addSheet("Pipeline");
  return model;
}

function show(model: WorkbookModel) {
  const onOpen = jest.fn(async () => undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView model={model} onOpen={onOpen} />
    </FluentProvider>,
  );
}

const cell = (address: string) => {
  const el = document.querySelector(`[data-address="${address}"]`);
  if (!el) throw new Error(`no cell ${address}`);
  return el as HTMLElement;
};

describe("WorkbookView", () => {
  it("shows values as text in labelled gridcells", () => {
    show(
      modelWith([
        ["Name", "Email"],
        ["<img src=x onerror=alert(1)>", "a@example.com"],
      ]),
    );
    expect(screen.getByRole("grid", { name: "Sheet Customers" })).toBeTruthy();
    expect(screen.getByRole("gridcell", { name: "Customers B1" }).textContent).toBe("Email");
    expect(cell("Customers!A2").textContent).toBe("<img src=x onerror=alert(1)>");
    expect(document.querySelector("img")).toBeNull();
  });

  it("edits a cell: double-click, type, Enter commits through userEdit", () => {
    const model = modelWith([["Name"], ["Ada"]]);
    const edits: string[] = [];
    model.onModelChange(() => edits.push(String(model.getCell("Customers", 1, 0).value)));
    show(model);
    fireEvent.doubleClick(cell("Customers!A2"));
    const editor = screen.getByRole("textbox", { name: "Edit Customers A2" });
    fireEvent.change(editor, { target: { value: "Grace" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    expect(model.getCell("Customers", 1, 0).value).toBe("Grace");
    expect(cell("Customers!A2").textContent).toBe("Grace");
    expect(edits).toContain("Grace");
    expect(cell("Customers!A3").getAttribute("aria-selected")).toBe("true");
  });

  it("cancels an edit with Escape and starts one by typing", () => {
    const model = modelWith([["Name"], ["Ada"]]);
    show(model);
    fireEvent.mouseDown(cell("Customers!A2"));
    fireEvent.keyDown(screen.getByRole("grid"), { key: "Z" });
    const editor = screen.getByRole("textbox", { name: "Edit Customers A2" }) as HTMLInputElement;
    expect(editor.value).toBe("Z");
    fireEvent.keyDown(editor, { key: "Escape" });
    expect(model.getCell("Customers", 1, 0).value).toBe("Ada");
  });

  it("shows the selected cell's formula in the formula bar", () => {
    const model = modelWith([["=CRM.NOPE(1)"]]);
    show(model);
    fireEvent.mouseDown(cell("Customers!A1"));
    const bar = screen.getByRole("textbox", { name: "Formula bar" }) as HTMLInputElement;
    expect(bar.value).toBe("=CRM.NOPE(1)");
    expect(cell("Customers!A1").textContent).toBe("#NAME?");
  });

  it("switches sheets with the tabs", () => {
    show(modelWith([["x"]]));
    fireEvent.click(within(screen.getByRole("tablist")).getByRole("tab", { name: "Pipeline" }));
    expect(screen.getByRole("grid", { name: "Sheet Pipeline" })).toBeTruthy();
  });

  it("renders a window of rows, not all 100,000", () => {
    const rows: (string | number)[][] = [["ID"]];
    for (let i = 1; i <= 100_000; i++) rows.push([i]);
    show(modelWith(rows));
    expect(screen.getAllByRole("row").length).toBeLessThan(60);
    expect(screen.getByRole("grid").getAttribute("aria-rowcount")).toBe("100022");
  });
});
