// The sticky row of column letters above the sheet.
import { mergeClasses } from "@fluentui/react-components";
import { columnName } from "./addresses";
import { useGridStyles } from "./grid-styles";

export function HeaderRow({ cols, width }: { cols: number; width: number }) {
  const styles = useGridStyles();
  const letters = [];
  for (let col = 0; col < cols; col++) {
    letters.push(
      <div
        key={col}
        role="columnheader"
        aria-colindex={col + 2}
        className={mergeClasses(styles.headerCell, styles.colHeader)}
      >
        {columnName(col)}
      </div>,
    );
  }
  return (
    <div role="row" aria-rowindex={1} className={styles.header} style={{ width }}>
      <div
        role="columnheader"
        aria-colindex={1}
        aria-label="Row numbers"
        className={mergeClasses(styles.headerCell, styles.rowHeader, styles.corner)}
      />
      {letters}
    </div>
  );
}
