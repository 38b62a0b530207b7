// The board's filters: whose deals (everyone, mine, one owner) and when they are expected to
// close. The same filters drive the board, the stale list and the forecast.
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { BoardFilters } from "../../domain/board";

export const ALL_OWNERS = "";
export type CloseWindow = "any" | "30" | "90";

export interface FilterChoice {
  readonly owner: string;
  readonly close: CloseWindow;
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

export function boardFilters(choice: FilterChoice, today: number): BoardFilters {
  const owner = choice.owner === ALL_OWNERS ? {} : { owner: choice.owner };
  if (choice.close === "any") return owner;
  return { ...owner, closeFrom: today, closeTo: today + Number(choice.close) };
}

export interface PipelineFiltersProps {
  choice: FilterChoice;
  owners: readonly string[];
  myName: string;
  onChange(choice: FilterChoice): void;
}

export function PipelineFilters({ choice, owners, myName, onChange }: PipelineFiltersProps) {
  const styles = useStyles();
  const others = owners.filter((o) => o !== myName);
  return (
    <div className={styles.row} role="group" aria-label="Filters">
      <Field label="Owner">
        <Select value={choice.owner} onChange={(_, d) => onChange({ ...choice, owner: d.value })}>
          <option value={ALL_OWNERS}>All owners</option>
          {myName && <option value={myName}>My deals ({myName})</option>}
          {others.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </Select>
      </Field>
      <Field label="Closing">
        <Select
          value={choice.close}
          onChange={(_, d) => onChange({ ...choice, close: d.value as CloseWindow })}
        >
          <option value="any">Any time</option>
          <option value="30">In the next 30 days</option>
          <option value="90">In the next 90 days</option>
        </Select>
      </Field>
    </div>
  );
}
