// The Pipeline tab: a board by stage (counts, raw and weighted totals, stale deals, moving a deal
// on), an owner filter, and the forecast by month or quarter for the next year.
import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  DEFAULT_STALE_DAYS,
  forecastByPeriod,
  matchesFilters,
  staleDeals,
  summarizeBoard,
} from "../../domain/board";
import { DEFAULT_STAGES, normalizeStageName } from "../../domain/pipeline";
import { todaySerial } from "../../domain/records";
import { ForecastTable } from "./forecast-table";
import { StageColumn } from "./stage-column";
import { useDeals } from "./use-deals";

const ALL = "All owners";

export function PipelineView() {
  const { deals, error, move } = useDeals();
  const [owner, setOwner] = useState(ALL);
  const [period, setPeriod] = useState<"month" | "quarter">("month");
  const today = todaySerial();
  const owners = useMemo(
    () => [...new Set((deals ?? []).flatMap((d) => (d.owner ? [d.owner] : [])))].sort(),
    [deals],
  );
  if (deals === undefined) return <Spinner size="small" label="Reading the pipeline…" />;
  if (deals.length === 0)
    return <Text>No deals yet. Add rows to the Pipeline sheet, then choose Sync now.</Text>;
  const filters = owner === ALL ? {} : { owner };
  const board = summarizeBoard(deals, DEFAULT_STAGES, filters);
  const stale = new Set(
    staleDeals(deals, today, DEFAULT_STALE_DAYS, filters).map((s) => s.deal.id),
  );
  const visible = deals.filter((d) => matchesFilters(d, filters));
  const forecast = forecastByPeriod(deals, DEFAULT_STAGES, {
    period,
    from: today,
    to: today + 364,
    owner: filters.owner,
  });
  return (
    <section aria-label="Pipeline">
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Owner">
        <Select value={owner} onChange={(_, d) => setOwner(d.value)}>
          {[ALL, ...owners].map((o) => (
            <option key={o}>{o}</option>
          ))}
        </Select>
      </Field>
      <Text>
        {board.count} deals · {board.total.toLocaleString()} · weighted{" "}
        {Math.round(board.weighted).toLocaleString()}
      </Text>
      {board.stages.map((s) => (
        <StageColumn
          key={s.stage}
          summary={s}
          deals={visible.filter((d) => normalizeStageName(d.stage) === normalizeStageName(s.stage))}
          stageNames={DEFAULT_STAGES.map((x) => x.name)}
          staleIds={stale}
          onMove={move}
        />
      ))}
      <Subtitle2 as="h2">Forecast, next 12 months</Subtitle2>
      <Field label="By">
        <Select value={period} onChange={(_, d) => setPeriod(d.value as "month" | "quarter")}>
          <option value="month">Month</option>
          <option value="quarter">Quarter</option>
        </Select>
      </Field>
      <ForecastTable forecast={forecast} />
    </section>
  );
}
