// "Map my existing sheet": pick a sheet or table, see and fix the detected column mapping, preview
// what a sync would read (rows, kept, waiting for a fix, with issues, and the issues), then apply
// on confirmation — or, for a leads sheet, import it as customers + deals.
import {
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import type { StageDefinition } from "../../domain/pipeline/default-stages";
import { RECORD_KINDS, type RecordKind, schemaFor } from "../../domain/records";
import { useState } from "react";
import { DEFAULT_STAGES } from "../../domain/pipeline/default-stages";
import { ApplyMapping } from "./apply-mapping";
import { LeadImportPanel } from "./lead-import-panel";
import type { GetStartedServices, SheetMappingRequest } from "./get-started-services";
import { DateReadings } from "./date-readings";
import { FirstRecords } from "./first-records";
import { IssuesTable } from "./issues-table";
import { LEADS, looksLikeLeads } from "./mapping-preview-model";
import { MappingTable } from "./mapping-table";
import { StageWordList } from "./stage-word-list";
import { sourceKey, useSheetMapping } from "./use-sheet-mapping";

export function MapSheetPanel(props: {
  services: GetStartedServices;
  stages?: readonly StageDefinition[];
  onApplied: () => void;
}) {
  const m = useSheetMapping(props.services, props.stages);
  const { sheet, preview } = m;
  // "Leads" is a use of its own, not a record kind; it is chosen per source
  const [use, setUseFor] = useState<{ source: string; value: string }>();
  const setUse = (value: string) => setUseFor({ source: m.chosen, value });
  const chosenUse = use?.source === m.chosen ? use.value : undefined;
  const asLeads =
    sheet !== undefined && (chosenUse ?? (looksLikeLeads(sheet.headers) ? LEADS : "")) === LEADS;
  const apply = async () => {
    if (!sheet) return;
    const source = sheet.table
      ? { sheet: sheet.sheet, table: sheet.table }
      : { sheet: sheet.sheet };
    // the fixes were made from this kind's field list, so they are its fields
    const request = {
      kind: m.kind,
      source,
      customHeaders: m.custom,
      dateOrders: m.dateOrders,
      stageAliases: m.stageFix.stageMap,
      newStages: m.stageFix.newStages,
    } as SheetMappingRequest;
    await props.services.applySheetMapping(request);
    props.onApplied();
  };
  if (m.sources === undefined && !m.error) {
    return <Spinner size="small" label="Listing the workbook's sheets…" />;
  }
  return (
    <Card aria-label="Map my existing sheet">
      <Subtitle2 as="h2">Map my existing sheet</Subtitle2>
      {m.error && (
        <MessageBar intent="error">
          <MessageBarBody>{m.error}</MessageBarBody>
        </MessageBar>
      )}
      {m.sources?.length === 0 && <Text>This workbook has no sheet with data to map yet.</Text>}
      <Field label="Sheet or table">
        <Select value={m.chosen} onChange={(_, d) => m.choose(d.value)}>
          <option value="">Choose…</option>
          {m.sources?.map((s) => (
            <option key={sourceKey(s)} value={sourceKey(s)}>
              {s.table ? `Table ${s.table} (sheet ${s.sheet})` : `Sheet ${s.sheet}`}
            </option>
          ))}
        </Select>
      </Field>
      {sheet && preview && (
        <>
          <Field label="Use it as">
            <Select
              value={asLeads ? LEADS : m.kind}
              onChange={(_, d) => {
                setUse(d.value);
                if (d.value !== LEADS) m.chooseKind(d.value as RecordKind);
              }}
            >
              {RECORD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {schemaFor(k).sheetName}
                </option>
              ))}
              <option value={LEADS}>Leads (customers + deals)</option>
            </Select>
          </Field>
          {asLeads && (
            <LeadImportPanel
              key={m.chosen}
              services={props.services}
              sheet={sheet}
              stages={props.stages ?? DEFAULT_STAGES}
              onApplied={props.onApplied}
            />
          )}
        </>
      )}
      {sheet && preview && !asLeads && (
        <>
          <MappingTable
            kind={m.kind}
            headers={sheet.headers}
            fieldOf={preview.fieldOf}
            onChange={m.fix}
          />
          <Text role="status">
            {preview.rows} rows · {preview.kept} kept
            {preview.waiting > 0 && ` · ${preview.waiting} wait for a fix`} · {preview.withIssues}{" "}
            with issues
            {sheet.totalRows > sheet.rows.length &&
              ` (checked the first ${sheet.rows.length} of ${sheet.totalRows} rows)`}
          </Text>
          <DateReadings lines={preview.dateReadings} onChoose={m.chooseDateOrder} />
          {m.stageWords.length > 0 && (
            <>
              <Text weight="semibold">Stages in your sheet that CellCRM does not have</Text>
              <StageWordList
                words={m.stageWords}
                stages={props.stages ?? DEFAULT_STAGES}
                choices={m.stageChoices}
                onChoose={m.chooseStage}
              />
              {m.stageFix.problems.map((p) => (
                <Text key={p}>{p}</Text>
              ))}
            </>
          )}
          {preview.numberReadings.length > 0 && (
            <ul aria-label="How numbers are read">
              {preview.numberReadings.map((line) => (
                <li key={line}>
                  <Text size={200}>{line}</Text>
                </li>
              ))}
            </ul>
          )}
          <FirstRecords kind={m.kind} records={preview.firstRecords} />
          <IssuesTable issues={preview.issues} />
          <ApplyMapping
            key={`${m.chosen}:${m.kind}`}
            kind={m.kind}
            blocked={preview.mapping.missing.length > 0 || m.stageFix.problems.length > 0}
            apply={apply}
          />
        </>
      )}
    </Card>
  );
}
