// One stage in the settings form: its name on a line of its own, then its win percentage, the
// idle days after which a deal there is stale, and Remove, so every field fits a 320 px pane.
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { StageDraft } from "./settings-draft";

const useStyles = makeStyles({
  stage: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto",
    gridTemplateAreas: '"name name name" "win stale remove"',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "end",
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (min-width: 480px)": {
      gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr) auto",
      gridTemplateAreas: '"name win stale remove"',
    },
  },
  // a text box's natural width (its 20 characters) must not push the next field over it
  input: { minWidth: 0, width: "100%" },
  name: { gridArea: "name", minWidth: 0 },
  win: { gridArea: "win", minWidth: 0 },
  stale: { gridArea: "stale", minWidth: 0 },
  remove: { gridArea: "remove" },
});

export interface StageFieldsProps {
  stage: StageDraft;
  index: number;
  onChange(patch: Partial<StageDraft>): void;
  onRemove(): void;
}

export function StageFields({ stage, index, onChange, onRemove }: StageFieldsProps) {
  const styles = useStyles();
  return (
    <div className={styles.stage} role="group" aria-label={`Stage ${index + 1}`}>
      <Field label="Stage" className={styles.name}>
        <Input
          className={styles.input}
          value={stage.name}
          onChange={(_, d) => onChange({ name: d.value })}
        />
      </Field>
      <Field label="Win %" className={styles.win}>
        <Input
          className={styles.input}
          inputMode="decimal"
          value={stage.probability}
          onChange={(_, d) => onChange({ probability: d.value })}
        />
      </Field>
      <Field label="Stale after days" className={styles.stale}>
        <Input
          className={styles.input}
          inputMode="numeric"
          value={stage.staleDays}
          onChange={(_, d) => onChange({ staleDays: d.value })}
        />
      </Field>
      <Button
        className={styles.remove}
        aria-label={`Remove stage ${stage.name || index + 1}`}
        onClick={onRemove}
      >
        Remove
      </Button>
    </div>
  );
}
