// The business case's assumptions: horizon in years, discount rate and the risk adjustment
// (benefits reduced, costs raised), percentages typed as people say them ("10" and "10%" = 10%).
import { Field, Input, SpinButton, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { readPercentInput } from "../money/read-amount-input";
import type { RoiAssumptions } from "./roi-model";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  // an input is as wide as its 20 characters by default: it would stick out of a grid cell
  control: { width: "100%", minWidth: 0 },
  // a spin button's padding and border sit outside its width otherwise, past its neighbours' edge
  spin: { width: "100%", minWidth: 0, boxSizing: "border-box" },
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
  const styles = useStyles();
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        className={styles.spin}
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

interface PercentFieldProps {
  /** The figure's name, as problems name it ("Discount rate"). */
  name: string;
  hint?: string;
  /** A fraction: 0.1 = 10%. */
  value: number;
  max: number;
  onChange: (fraction: number) => void;
}

/** "12%" and "12" both mean 12%; a figure that cannot be read is named under the field on leaving it. */
function PercentField({ name, hint, value, max, onChange }: PercentFieldProps) {
  const [text, setText] = useState(() => `${percent(value)}%`);
  const [problem, setProblem] = useState<string>();
  const read = (typed: string) => readPercentInput(name, typed, { max, required: true });
  const styles = useStyles();
  return (
    <Field label={`${name} (%)`} hint={hint} validationMessage={problem}>
      <Input
        className={styles.control}
        inputMode="decimal"
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const r = read(d.value);
          if (!r.ok || r.value === undefined) return;
          setProblem(undefined);
          onChange(r.value);
        }}
        onBlur={() => {
          const r = read(text);
          setProblem(r.ok ? undefined : r.problem);
        }}
      />
    </Field>
  );
}

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
      <PercentField
        name="Discount rate"
        value={value.rate}
        max={100}
        onChange={(v) => set({ rate: v })}
      />
      <PercentField
        name="Benefits reduced by"
        hint="Risk adjustment"
        value={value.benefitReductionPct}
        max={100}
        onChange={(v) => set({ benefitReductionPct: v })}
      />
      <PercentField
        name="Costs raised by"
        hint="Risk adjustment"
        value={value.costIncreasePct}
        max={500}
        onChange={(v) => set({ costIncreasePct: v })}
      />
    </div>
  );
}
