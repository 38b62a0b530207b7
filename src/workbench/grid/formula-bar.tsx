// The name box and formula bar: the selected cell's address and its formula (or its value).
import { Input, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { width: "140px" },
  formula: { flex: "1 1 auto" },
});

export function FormulaBar({ address, text }: { address: string; text: string }) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Input className={styles.name} size="small" readOnly value={address} aria-label="Name box" />
      <Input
        className={styles.formula}
        size="small"
        readOnly
        value={text}
        aria-label="Formula bar"
        contentBefore={<span aria-hidden="true">fx</span>}
      />
    </div>
  );
}
