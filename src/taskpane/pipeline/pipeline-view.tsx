// The Pipeline tab: what teammates changed since I last looked, the board by stage (counts, raw
// and weighted totals, stale deals, moving a deal on) with filters, and the forecast.
import { Spinner, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { todaySerial } from "../../domain/records";
import { GoButton } from "../go-button";
import { ErrorBar } from "../shared/error-bar";
import { useSettings } from "../shared/use-settings";
import { ForecastSection } from "./forecast-section";
import { PipelineBoard } from "./pipeline-board";
import { ALL_OWNERS, type FilterChoice, PipelineFilters, boardFilters } from "./pipeline-filters";
import { useDeals } from "./use-deals";
import { WhatChanged } from "./what-changed";

function NoDeals() {
  return (
    <>
      <Text as="p">No deals yet. Add rows to the Pipeline sheet, then choose Sync now.</Text>
      <GoButton to="start">Open Get started</GoButton>
    </>
  );
}

export function PipelineView() {
  const { deals, error, move } = useDeals();
  const { stages, staleDays, myName } = useSettings();
  const [choice, setChoice] = useState<FilterChoice>({ owner: ALL_OWNERS, close: "any" });
  const today = todaySerial();
  const owners = useMemo(
    () => [...new Set((deals ?? []).flatMap((d) => (d.owner ? [d.owner.trim()] : [])))].sort(),
    [deals],
  );
  if (deals === undefined && !error) return <Spinner size="small" label="Reading the pipeline…" />;
  const filters = boardFilters(choice, today);
  return (
    <section aria-label="Pipeline">
      <ErrorBar message={error} />
      {deals?.length === 0 && <NoDeals />}
      {deals && deals.length > 0 && (
        <>
          <WhatChanged />
          <PipelineFilters choice={choice} owners={owners} myName={myName} onChange={setChoice} />
          <PipelineBoard
            deals={deals}
            stages={stages}
            staleDays={staleDays}
            filters={filters}
            today={today}
            onMove={move}
          />
          <ForecastSection deals={deals} stages={stages} filters={filters} today={today} />
        </>
      )}
    </section>
  );
}
