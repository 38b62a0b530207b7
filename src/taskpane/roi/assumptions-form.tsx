// The business case's assumptions: horizon in years, discount rate and the risk adjustment
// (benefits reduced, costs raised), percentages typed as people say them ("10" = 10%).
import { Field, SpinButton, makeStyles, tokens } from "@fluentui/react-components";
import type { RoiAssumptions } from "./roi-model";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
});

interface NumberFieldProps {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
}

function NumberField({ label, hint, value, min, max, step = 1, onChange }: NumberFieldProps) {
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(_, data) => {
          const next = data.value ?? Number.parseFloat(data.displayValue ?? "");
          if (Number.isFinite(next)) onChange(Math.min(max, Math.max(min, next)));
        }}
      />
    </Field>
  );
}

const percent = (fraction: number) => Math.round(fraction * 10000) / 100;

export function AssumptionsForm(props: {
  value: RoiAssumptions;
  onChange: (value: RoiAssumptions) => void;
}) {
  const styles = useStyles();
  const { value, onChange } = props;
  const set = (patch: Partial<RoiAssumptions>) => onChange({ ...value, ...patch });
  return (
    <div className={styles.grid} role="group" aria-label="Assumptions">
      <NumberField
        label="Horizon (years)"
        value={value.horizonYears}
        min={1}
        max={30}
        onChange={(v) => set({ horizonYears: Math.round(v) })}
      />
      <NumberField
        label="Discount rate (%)"
        value={percent(value.rate)}
        min={0}
        max={100}
        step={0.5}
        onChange={(v) => set({ rate: v / 100 })}
      />
      <NumberField
        label="Benefits reduced by (%)"
        hint="Risk adjustment"
        value={percent(value.benefitReductionPct)}
        min={0}
        max={100}
        onChange={(v) => set({ benefitReductionPct: v / 100 })}
      />
      <NumberField
        label="Costs raised by (%)"
        hint="Risk adjustment"
        value={percent(value.costIncreasePct)}
        min={0}
        max={500}
        onChange={(v) => set({ costIncreasePct: v / 100 })}
      />
    </div>
  );
}
