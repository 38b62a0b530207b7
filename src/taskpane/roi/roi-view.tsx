// The ROI tab: the cost and benefit items (add, edit), the assumptions, the business case
// results and each initiative's contribution, and writing it all to a Business Case sheet.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { type CostItem, todaySerial } from "../../domain/records";
import { isErrorValue } from "../../domain/values";
import { formatSerialDate } from "../format";
import { AssumptionsForm } from "./assumptions-form";
import { ContributionsTable } from "./contributions-table";
import { CostItemForm } from "./cost-item-form";
import { CostItemsTable } from "./cost-items-table";
import { ResultsCard } from "./results-card";
import { DEFAULT_ASSUMPTIONS, businessCaseSheetData, roiModel } from "./roi-model";
import { useRoiServices } from "./roi-services";
import { useCostItems } from "./use-cost-items";
import { WriteBusinessCaseButton } from "./write-business-case-button";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function RoiView() {
  const styles = useStyles();
  const services = useRoiServices();
  const { items, error } = useCostItems(services.watchCostItems);
  const [assumptions, setAssumptions] = useState(DEFAULT_ASSUMPTIONS);
  const [editing, setEditing] = useState<CostItem | "new">();
  const model = useMemo(
    () => (items ? roiModel(items, assumptions, todaySerial()) : undefined),
    [items, assumptions],
  );
  if (items === undefined && !error) {
    return <Spinner size="small" label="Reading cost and benefit items…" />;
  }
  const ready = model !== undefined && !isErrorValue(model) && items !== undefined;
  const save = (input: Parameters<typeof services.addCostItem>[0]) =>
    editing === "new" || editing === undefined
      ? services.addCostItem(input)
      : services.editCostItem(editing.id, input);
  return (
    <section aria-label="ROI" className={styles.root}>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <AssumptionsForm value={assumptions} onChange={setAssumptions} />
      {model !== undefined && isErrorValue(model) && (
        <MessageBar intent="warning">
          <MessageBarBody>
            These assumptions cannot be used ({model.message ?? model.code}). Change them above.
          </MessageBarBody>
        </MessageBar>
      )}
      {items?.length === 0 && (
        <Text>
          No cost or benefit items yet. Add one below, or add rows to the Costs sheet and choose
          Sync now.
        </Text>
      )}
      {ready && items.length > 0 && (
        <>
          <Text size={200}>Year 0 starts {formatSerialDate(model.startSerial)}.</Text>
          <ResultsCard results={model.results} horizonYears={assumptions.horizonYears} />
          <Subtitle2 as="h2">Contribution by initiative</Subtitle2>
          <ContributionsTable value={model.contributions} />
          <Subtitle2 as="h2">Items</Subtitle2>
          <CostItemsTable items={items} onEdit={setEditing} />
        </>
      )}
      {editing === undefined ? (
        <Button onClick={() => setEditing("new")}>Add an item</Button>
      ) : (
        <CostItemForm
          key={editing === "new" ? "new" : editing.id}
          item={editing === "new" ? undefined : editing}
          onSave={save}
          onDone={() => setEditing(undefined)}
        />
      )}
      <WriteBusinessCaseButton
        data={ready && items.length > 0 ? businessCaseSheetData(model, assumptions) : undefined}
        write={services.writeBusinessCaseSheet}
      />
    </section>
  );
}
