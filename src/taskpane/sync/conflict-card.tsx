// One conflict, side by side: what the sheet says and what was typed in CellCRM, with a button
// under each to keep that value. Nothing is overwritten until the user chooses.
import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { schemaFor } from "../../domain/records";
import { fieldLabel, formatFieldValue } from "../field-format";
import { useMoneyStyle } from "../money/money-context";
import type { ConflictChoice, OpenConflict } from "../services";

const useStyles = makeStyles({
  sides: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalM,
    overflowWrap: "anywhere",
  },
  side: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface ConflictCardProps {
  conflict: OpenConflict;
  busy: boolean;
  onChoose(id: number, choice: ConflictChoice): void;
}

export function ConflictCard({ conflict: c, busy, onChoose }: ConflictCardProps) {
  const styles = useStyles();
  const money = useMoneyStyle();
  const field = fieldLabel(c.table, c.field);
  const who = c.recordLabel ?? `${schemaFor(c.table).noun} ${c.recordId}`;
  const side = (choice: ConflictChoice, title: string, value: unknown) => {
    const shown = formatFieldValue(c.table, c.field, value, money);
    return (
      <div className={styles.side} role="group" aria-label={title}>
        <Text weight="semibold">{title}</Text>
        <Text>{shown}</Text>
        <Button
          size="small"
          disabled={busy}
          aria-label={`Keep ${shown} (${title.toLowerCase()}) for ${who}, ${field}`}
          onClick={() => onChoose(c.id, choice)}
        >
          Keep this
        </Button>
      </div>
    );
  };
  return (
    <Card aria-label={`Conflict: ${who}, ${field}`}>
      <Text weight="semibold">
        {who} — {field}
      </Text>
      <div className={styles.sides}>
        {side("sheet", "In the sheet", c.sheet)}
        {side("pane", "Typed in CellCRM", c.pane)}
      </div>
    </Card>
  );
}
