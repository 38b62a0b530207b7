// Get started: on a workbook without (all) CRM tables, create them, map an existing sheet, or
// load sample data; and the settings kept in the workbook.
import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { RECORD_KINDS, schemaFor } from "../../domain/records";
import { ActionButton } from "./action-button";
import { useGetStartedServices } from "./get-started-services";
import { MapSheetPanel } from "./map-sheet-panel";
import { SettingsForm } from "./settings-form";
import { useGetStarted } from "./use-get-started";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function GetStartedView() {
  const styles = useStyles();
  const services = useGetStartedServices();
  const { crmKinds, settings, setSettings, error, refresh } = useGetStarted(services);
  const [mapping, setMapping] = useState(false);
  const missing = RECORD_KINDS.filter((k) => !crmKinds?.includes(k));
  return (
    <section aria-label="Get started" className={styles.root}>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {crmKinds === undefined && !error && (
        <Spinner size="small" label="Looking at this workbook…" />
      )}
      {crmKinds !== undefined && missing.length === 0 && (
        <Text>This workbook has all its CRM tables. Change the settings below at any time.</Text>
      )}
      {crmKinds !== undefined && missing.length > 0 && (
        <Card aria-label="Start">
          <Subtitle2 as="h2">Start with this workbook</Subtitle2>
          <Text>
            Missing CRM tables: {missing.map((k) => schemaFor(k).tableName).join(", ")}. Choose one
            way to begin.
          </Text>
          <ActionButton
            label="Create the CRM tables"
            busy="Creating the tables…"
            done="The CRM tables are ready: add rows, and CellCRM picks them up."
            failed={(why) => `The tables could not be created (${why}). Try again.`}
            action={services.createCrmTables}
            onDone={refresh}
          />
          <Button onClick={() => setMapping(true)} disabled={mapping}>
            Map my existing sheet
          </Button>
          <ActionButton
            label="Load sample data"
            busy="Loading the sample…"
            done="Sample data loaded: a few fictitious customers, deals and costs to try things on."
            failed={(why) => `The sample could not be loaded (${why}). Try again.`}
            action={services.loadSampleData}
            onDone={refresh}
          />
        </Card>
      )}
      {mapping && (
        <MapSheetPanel services={services} stages={settings?.stages} onApplied={refresh} />
      )}
      {settings === undefined ? (
        !error && <Spinner size="small" label="Reading the settings…" />
      ) : (
        <SettingsForm settings={settings} save={services.saveSettings} onSaved={setSettings} />
      )}
    </section>
  );
}
