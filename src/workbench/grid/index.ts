// The workbench grid: a simulated Excel sheet view over a WorkbookModel.
export { WorkbookView } from "./workbook-view";
export { displayText, editText, serialToText } from "./cell-text";
export { rowWindow, scrollToShow } from "./virtual-window";
export { keyAction } from "./grid-keys";
export { cellLabel, dataAddress } from "./addresses";
