// The forecast for the next twelve months, by month or by quarter, with the same filters as the
// board, and a line saying what each roll-up holds. A chart of it goes between the period
// picker and the table; the table stays as its text alternative.
import { Field, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  type BoardDeal,
  type BoardFilters,
  type PeriodKind,
  forecastByPeriod,
} from "../../domain/board";
import type { StageDefinition } from "../../domain/pipeline";
import { ForecastChart } from "../charts/forecast-chart";
import { ForecastTable } from "./forecast-table";

export interface ForecastSectionProps {
  deals: readonly BoardDeal[];
  stages: readonly StageDefinition[];
  filters: BoardFilters;
  today: number;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  by: { maxWidth: "160px" },
});

export function ForecastSection({ deals, stages, filters, today }: ForecastSectionProps) {
  const styles = useStyles();
  const [period, setPeriod] = useState<PeriodKind>("month");
  const forecast = forecastByPeriod(deals, stages, {
    period,
    from: today,
    to: today + 364,
    owner: filters.owner,
  });
  return (
    <section aria-label="Forecast" className={styles.section}>
      <Subtitle2 as="h2" block>
        Forecast, next 12 months
      </Subtitle2>
      <Text as="p" block size={200}>
        Closed = won; Commit adds Negotiation; Best case adds Proposal; Pipeline adds every open
        deal. Weighted = amount × win probability.
      </Text>
      <Field label="By" className={styles.by}>
        <Select value={period} onChange={(_, d) => setPeriod(d.value as PeriodKind)}>
          <option value="month">Month</option>
          <option value="quarter">Quarter</option>
        </Select>
      </Field>
      <ForecastChart forecast={forecast} period={period} />
      <ForecastTable forecast={forecast} period={period} />
    </section>
  );
}
