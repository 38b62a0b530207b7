// The colours of chart series, all Fluent tokens so light, dark and high-contrast themes restyle
// them: each class sets both `fill` (SVG shapes) and `background-color` (HTML legend swatches), so
// a legend key is the exact colour of its series. The order is the order of series in a chart.
import { makeStyles, tokens } from "@fluentui/react-components";

const paint = (color: string) => ({ fill: color, backgroundColor: color });

export const usePalette = makeStyles({
  s0: paint(tokens.colorPaletteGreenBorderActive),
  s1: paint(tokens.colorBrandBackground),
  s2: paint(tokens.colorPaletteMarigoldBorderActive),
  s3: paint(tokens.colorNeutralStrokeAccessible),
});

export type PaletteClasses = ReturnType<typeof usePalette>;

export function seriesClass(palette: PaletteClasses, index: number): string {
  const keys = ["s0", "s1", "s2", "s3"] as const;
  return palette[keys[index % keys.length]];
}

/** Axis lines, grid and labels, shared by the pane's SVG charts. */
export const useAxisStyles = makeStyles({
  // drawn for a 300 px pane; wider panes get it a little larger, not its labels oversized
  svg: { display: "block", width: "100%", maxWidth: "380px", height: "auto", overflow: "visible" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  zero: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  // segments of one stack are told apart by a hairline in the page colour (high contrast too)
  gap: { stroke: tokens.colorNeutralBackground1, strokeWidth: 1 },
});
