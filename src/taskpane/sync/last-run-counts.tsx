// What the last "Sync now" did, per table: rows added, changed and removed, and how many rows
// or fields need the user (issues, conflicts), in one short line per table.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { RECORD_KINDS, schemaFor } from "../../domain/records";
import type { SyncReportInfo } from "../services";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

type TableCounts = NonNullable<SyncReportInfo["tables"]["customers"]>;

function line(counts: TableCounts): string {
  const parts = [
    `${counts.added.toLocaleString()} added`,
    `${counts.changed.toLocaleString()} changed`,
    `${counts.removed.toLocaleString()} removed`,
  ];
  if (counts.issues > 0) parts.push(`${counts.issues.toLocaleString()} with issues`);
  if (counts.conflicts > 0) parts.push(`${counts.conflicts.toLocaleString()} conflicts`);
  return parts.join(", ");
}

export function LastRunCounts({ report }: { report: SyncReportInfo }) {
  const styles = useStyles();
  const rows = RECORD_KINDS.flatMap((kind) => {
    const counts = report.tables[kind];
    return counts ? [{ kind, counts }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <ul aria-label="What the last sync did" className={styles.list}>
      {rows.map(({ kind, counts }) => (
        <li key={kind}>
          <Text size={200}>
            <Text size={200} weight="semibold">
              {schemaFor(kind).sheetName}:
            </Text>{" "}
            {line(counts)}
          </Text>
        </li>
      ))}
    </ul>
  );
}
