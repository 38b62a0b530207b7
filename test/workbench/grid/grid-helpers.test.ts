// Pure parts of the grid: cell text under number formats, the virtual row window, key handling.
import {
  displayText,
  editText,
  keyAction,
  rowWindow,
  scrollToShow,
} from "../../../src/workbench/grid";

describe("displayText", () => {
  it("shows serial dates in UTC, whatever the zone", () => {
    expect(displayText(45458, "yyyy-mm-dd")).toBe("2024-06-15");
    expect(displayText(45458.5, "m/d/yyyy h:mm")).toBe("2024-06-15 12:00");
  });

  it("formats money, percentages and General numbers", () => {
    expect(displayText(1234.5, "#,##0.00")).toBe("1,234.50");
    expect(displayText(-1234.5, "$#,##0.00")).toBe("-$1,234.50");
    expect(displayText(0.35, "0%")).toBe("35%");
    expect(displayText(0.1 + 0.2, "General")).toBe("0.3");
    expect(displayText(42, "General")).toBe("42");
  });

  it("shows text and booleans as Excel does", () => {
    expect(displayText("<b>x</b>", "General")).toBe("<b>x</b>");
    expect(displayText(true, "General")).toBe("TRUE");
    expect(displayText("", "yyyy-mm-dd")).toBe("");
  });
});

describe("editText", () => {
  it("starts with the formula, or text that types back to the same value", () => {
    expect(editText({ value: 5, formula: "=CRM.NPV(0.1,B2:B5)", numberFormat: "General" })).toBe(
      "=CRM.NPV(0.1,B2:B5)",
    );
    expect(editText({ value: 45458, formula: "", numberFormat: "yyyy-mm-dd" })).toBe("2024-06-15");
    expect(editText({ value: 0.35, formula: "", numberFormat: "0%" })).toBe("35%");
    expect(editText({ value: 1234.5, formula: "", numberFormat: "#,##0.00" })).toBe("1234.5");
  });
});

describe("rowWindow", () => {
  it("renders only the rows in view plus overscan", () => {
    expect(rowWindow(0, 480, 24, 100_000, 6)).toEqual({ first: 0, end: 33 });
    const deep = rowWindow(24 * 50_000, 480, 24, 100_000, 6);
    expect(deep.first).toBe(49_994);
    expect(deep.end - deep.first).toBeLessThan(40);
    expect(rowWindow(24 * 99_990, 480, 24, 100_000, 6).end).toBe(100_000);
    expect(rowWindow(0, 480, 24, 5, 6)).toEqual({ first: 0, end: 5 });
  });

  it("scrolls just enough to show a row", () => {
    expect(scrollToShow(100, 200, 50, 24)).toBe(50);
    expect(scrollToShow(100, 200, 290, 24)).toBe(114);
    expect(scrollToShow(100, 200, 150, 24)).toBe(100);
  });
});

describe("keyAction", () => {
  const key = (k: string, mods: Partial<Record<"shiftKey" | "ctrlKey", boolean>> = {}) => ({
    key: k,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  const extent = { rows: 100, cols: 10, page: 20, lastUsedRow: 42 };
  const at = { row: 5, col: 3 };

  it("moves with arrows, Enter and paging, inside the sheet", () => {
    expect(keyAction(key("ArrowDown"), at, extent)).toEqual({
      kind: "move",
      to: { row: 6, col: 3 },
    });
    expect(keyAction(key("Enter", { shiftKey: true }), at, extent)).toEqual({
      kind: "move",
      to: { row: 4, col: 3 },
    });
    expect(keyAction(key("ArrowDown", { ctrlKey: true }), at, extent)).toEqual({
      kind: "move",
      to: { row: 42, col: 3 },
    });
    expect(keyAction(key("PageUp"), at, extent)).toEqual({ kind: "move", to: { row: 0, col: 3 } });
    expect(keyAction(key("ArrowLeft"), { row: 0, col: 0 }, extent)).toEqual({
      kind: "move",
      to: { row: 0, col: 0 },
    });
  });

  it("edits on F2 or typing, clears on Delete, leaves Tab and shortcuts alone", () => {
    expect(keyAction(key("F2"), at, extent)).toEqual({ kind: "edit", text: null });
    expect(keyAction(key("x"), at, extent)).toEqual({ kind: "edit", text: "x" });
    expect(keyAction(key("Delete"), at, extent)).toEqual({ kind: "clear" });
    expect(keyAction(key("Tab"), at, extent)).toBeNull();
    expect(keyAction(key("c", { ctrlKey: true }), at, extent)).toBeNull();
  });
});
