// The board's filters: whose deals (everyone, mine, one owner) and when they are expected to
// close. The same filters drive the board, the stale list and the forecast.
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { type BoardFilters, periodsBetween } from "../../domain/board";

export const ALL_OWNERS = "";
export type CloseWindow = "any" | "30" | "90" | "month" | "quarter" | "past";

export interface FilterChoice {
  readonly owner: string;
  readonly close: CloseWindow;
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** How many filters narrow the board (shown on the collapsed Filters button). */
export function activeFilterCount(choice: FilterChoice): number {
  return Number(choice.owner !== ALL_OWNERS) + Number(choice.close !== "any");
}

export function boardFilters(choice: FilterChoice, today: number): BoardFilters {
  const owner = choice.owner === ALL_OWNERS ? {} : { owner: choice.owner };
  return { ...owner, ...closeWindow(choice.close, Math.floor(today)) };
}

/** Expected-close days kept: the next days, this calendar month or quarter, or before today. */
function closeWindow(close: CloseWindow, today: number): BoardFilters {
  switch (close) {
    case "any":
      return {};
    case "past":
      return { closeTo: today - 1 };
    case "month":
    case "quarter": {
      const [period] = periodsBetween(close, today, today);
      return { closeFrom: period.start, closeTo: period.end };
    }
    default:
      return { closeFrom: today, closeTo: today + Number(close) };
  }
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
          <option value="month">This month</option>
          <option value="quarter">This quarter</option>
          <option value="past">Expected before today</option>
        </Select>
      </Field>
    </div>
  );
}
