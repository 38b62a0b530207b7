// The reporting period of the Team view: this month, this quarter or this year, as whole
// calendar periods containing today (the same windows CRM.TEAM gets from its from/to dates).
import { Field, Select } from "@fluentui/react-components";
import { type LabelledWindow, type PeriodKind, periodWindows } from "../../domain/analytics";

export const PERIOD_LABELS: Readonly<Record<PeriodKind, string>> = {
  month: "This month",
  quarter: "This quarter",
  year: "This year",
};

/** The whole month, quarter or year that contains `today`. */
export function currentPeriod(kind: PeriodKind, today: number): LabelledWindow {
  return periodWindows(kind, today, today)[0];
}

export interface PeriodPickerProps {
  value: PeriodKind;
  onChange(kind: PeriodKind): void;
}

export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  return (
    <Field label="Period">
      <Select value={value} onChange={(_, d) => onChange(d.value as PeriodKind)}>
        {(Object.keys(PERIOD_LABELS) as PeriodKind[]).map((k) => (
          <option key={k} value={k}>
            {PERIOD_LABELS[k]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
