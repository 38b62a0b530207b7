// The Pipeline tab: what teammates changed since I last looked, the board by stage (counts, raw
// and weighted totals, stale and past-due deals, moving a deal on, with undo) behind collapsible
// filters, and the forecast.
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { todaySerial } from "../../domain/records";
import { GoButton } from "../go-button";
import { ErrorBar } from "../shared/error-bar";
import { useSettings } from "../shared/use-settings";
import { FiltersDisclosure } from "./filters-disclosure";
import { ForecastSection } from "./forecast-section";
import { PipelineBoard } from "./pipeline-board";
import { ALL_OWNERS, type FilterChoice, boardFilters } from "./pipeline-filters";
import { useDeals } from "./use-deals";
import { WhatChanged } from "./what-changed";

const useStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    // the sections space their headings and lines with gaps; browser margins would double them
    "& h2, & h3, & p": { margin: 0 },
  },
});

function NoDeals() {
  return (
    <>
      <Text as="p" block>
        No deals yet. Add rows to the Pipeline sheet, then choose Sync now.
      </Text>
      <GoButton to="start">Open Get started</GoButton>
    </>
  );
}

export function PipelineView() {
  const styles = useStyles();
  const { deals, error, move } = useDeals();
  const { stages, staleDays, myName } = useSettings();
  const [choice, setChoice] = useState<FilterChoice>({ owner: ALL_OWNERS, close: "any" });
  const today = todaySerial();
  const owners = useMemo(
    () => [...new Set((deals ?? []).flatMap((d) => (d.owner ? [d.owner.trim()] : [])))].sort(),
    [deals],
  );
  const filters = useMemo(() => boardFilters(choice, today), [choice, today]);
  if (deals === undefined && !error) return <Spinner size="small" label="Reading the pipeline…" />;
  return (
    <section aria-label="Pipeline" className={styles.view}>
      <ErrorBar message={error} />
      {deals?.length === 0 && <NoDeals />}
      {deals && deals.length > 0 && (
        <>
          <WhatChanged />
          <FiltersDisclosure choice={choice} owners={owners} myName={myName} onChange={setChoice} />
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
