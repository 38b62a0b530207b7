// The Team tab: per owner over this month, quarter or year — results, effort, open pipeline and,
// where targets are set, attainment and whether the target will be hit — as cards that fit the
// pane, with an attainment chart and the targets editor.
import { Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { NO_OWNER, type PeriodKind, targetsForPeriod } from "../../domain/analytics";
import { todaySerial } from "../../domain/records";
import type { AnalyticsInputs } from "../analytics/analytics-services";
import { NoDealsYet } from "../analytics/no-deals";
import { PERIOD_LABELS, PeriodPicker, currentPeriod } from "../analytics/period-picker";
import { useFlushStyles } from "../analytics/flush-styles";
import { useAnalyticsInputs } from "../analytics/use-analytics-inputs";
import { ErrorBar } from "../shared/error-bar";
import { AttainmentChart } from "./attainment-chart";
import { OwnerCard } from "./owner-card";
import { TargetsEditor } from "./targets-editor";
import { teamModel } from "./team-model";
import { useTeamSettings } from "./use-team-settings";

const PER_PERIOD: Readonly<Record<PeriodKind, string>> = {
  month: "monthly",
  quarter: "quarterly",
  year: "yearly",
};

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  cards: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function Team({ inputs }: { inputs: AnalyticsInputs }) {
  const styles = useStyles();
  const { flush } = useFlushStyles();
  const { settings, saveTargets } = useTeamSettings();
  const [kind, setKind] = useState<PeriodKind>("quarter");
  const today = todaySerial();
  const period = useMemo(() => currentPeriod(kind, today), [kind, today]);
  const targets = useMemo(() => targetsForPeriod(settings.targets, kind), [settings.targets, kind]);
  const model = useMemo(
    () => teamModel(inputs, settings.stages, period, targets),
    [inputs, settings.stages, period, targets],
  );
  const owners = model.people.map((c) => c.figures.owner).filter((o) => o !== NO_OWNER);
  return (
    <div className={styles.view}>
      <PeriodPicker value={kind} onChange={setKind} />
      <Subtitle2 as="h2" block className={flush}>
        {PERIOD_LABELS[kind]} ({period.label})
      </Subtitle2>
      {targets === undefined ? (
        <Text as="p" block className={flush}>
          No {PER_PERIOD[kind]} targets yet: set them to see who will hit target.
        </Text>
      ) : (
        <AttainmentChart cards={[...model.people, model.team]} />
      )}
      <TargetsEditor owners={owners} targets={settings.targets} period={kind} save={saveTargets} />
      <div className={styles.cards}>
        <OwnerCard card={model.team} />
        {model.people.map((card) => (
          <OwnerCard key={card.figures.owner} card={card} />
        ))}
      </div>
    </div>
  );
}

export function TeamView() {
  const { value, error } = useAnalyticsInputs();
  if (value === undefined && !error)
    return <Spinner size="small" label="Reading the team's deals…" />;
  return (
    <section aria-label="Team">
      <ErrorBar message={error} />
      {value?.timelines.length === 0 && <NoDealsYet what="team performance" />}
      {value && value.timelines.length > 0 && <Team inputs={value} />}
    </section>
  );
}
