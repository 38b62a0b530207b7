// The workbench toolbar: open a user's .xlsx or .csv, and make grid edits arrive as a teammate's
// (Remote) edits, as co-authoring would deliver them.
import {
  Switch,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";

const WORKBOOK_TYPES =
  ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.csv,text/csv";

const useStyles = makeStyles({
  bar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, gap: tokens.spacingHorizontalM },
  hidden: { display: "none" },
  status: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  busy: boolean;
  status: string;
  remote: boolean;
  onRemoteChange(remote: boolean): void;
  onOpen(file: File): void;
}

export function GridToolbar({ busy, status, remote, onRemoteChange, onOpen }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Toolbar className={styles.bar} aria-label="Workbook">
      <ToolbarButton appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
        Open workbook…
      </ToolbarButton>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={WORKBOOK_TYPES}
        aria-label="Workbook file"
        data-testid="open-workbook-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onOpen(file);
        }}
      />
      <Switch
        checked={remote}
        label="My edits come from a teammate"
        onChange={(_e, data) => onRemoteChange(data.checked)}
      />
      <Text role="status" className={styles.status}>
        {status}
      </Text>
    </Toolbar>
  );
}
