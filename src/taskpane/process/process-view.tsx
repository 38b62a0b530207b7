// The Process tab: where deals die (the stage funnel and its weakest link), which open deals
// behave abnormally and why, and which customers are gold or cost more effort than they bring.
import { Field, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { todaySerial } from "../../domain/records";
import type { AnalyticsInputs } from "../analytics/analytics-services";
import { NoDealsYet } from "../analytics/no-deals";
import { useAnalyticsInputs } from "../analytics/use-analytics-inputs";
import { ErrorBar } from "../shared/error-bar";
import { useSettings } from "../shared/use-settings";
import { AbnormalList } from "./abnormal-list";
import { FunnelSection } from "./funnel-section";
import { COHORT_LABELS, type Cohort, processModel } from "./process-model";
import { ValueEffortSection } from "./value-effort-section";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

function Process({ inputs }: { inputs: AnalyticsInputs }) {
  const styles = useStyles();
  const { stages } = useSettings();
  const [cohort, setCohort] = useState<Cohort>("all");
  const today = todaySerial();
  const model = useMemo(
    () => processModel(inputs, stages, cohort, today),
    [inputs, stages, cohort, today],
  );
  return (
    <div className={styles.view}>
      <Field label="Funnel of">
        <Select value={cohort} onChange={(_, d) => setCohort(d.value as Cohort)}>
          {(Object.keys(COHORT_LABELS) as Cohort[]).map((c) => (
            <option key={c} value={c}>
              {COHORT_LABELS[c]}
            </option>
          ))}
        </Select>
      </Field>
      <FunnelSection funnel={model.funnel} />
      <AbnormalList deals={model.abnormal} />
      <ValueEffortSection rows={model.customers} />
    </div>
  );
}

export function ProcessView() {
  const { value, error } = useAnalyticsInputs();
  if (value === undefined && !error)
    return <Spinner size="small" label="Reading the pipeline's history…" />;
  return (
    <section aria-label="Sales process">
      <ErrorBar message={error} />
      {value?.timelines.length === 0 && <NoDealsYet what="sales process" />}
      {value && value.timelines.length > 0 && <Process inputs={value} />}
    </section>
  );
}
