// The ROI tab: the cost and benefit items (add, edit, remove after asking), the assumptions, the
// business case results with the cumulative cash flow and its payback point, each initiative's
// contribution, and writing it all to a Business Case sheet.
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
import { useMemo, useRef, useState } from "react";
import { type CostItem, todaySerial } from "../../domain/records";
import { type ErrorValue, isErrorValue } from "../../domain/values";
import { formatSerialDate } from "../format";
import { ErrorBar } from "../shared/error-bar";
import { AssumptionsForm } from "./assumptions-form";
import { CashFlowChart } from "./cash-flow-chart";
import { ContributionsTable } from "./contributions-table";
import { CostItemForm } from "./cost-item-form";
import { CostItemsList } from "./cost-items-list";
import { RemoveItemDialog } from "./remove-item-dialog";
import { ResultsCard } from "./results-card";
import {
  DEFAULT_ASSUMPTIONS,
  type RoiAssumptions,
  type RoiModel,
  businessCaseSheetData,
  roiModel,
} from "./roi-model";
import { useRoiServices } from "./roi-services";
import { useCostItems } from "./use-cost-items";
import { useItemRemoval } from "./use-item-removal";
import { WriteBusinessCaseButton } from "./write-business-case-button";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

function Figures(props: { model: RoiModel; assumptions: RoiAssumptions }) {
  const styles = useStyles();
  const { model, assumptions } = props;
  return (
    <>
      <Text size={200}>Year 0 starts {formatSerialDate(model.startSerial)}.</Text>
      <ResultsCard results={model.results} horizonYears={assumptions.horizonYears} />
      <Subtitle2 as="h2" block className={styles.heading}>
        Cumulative cash flow
      </Subtitle2>
      <CashFlowChart flows={model.results.flows} horizonYears={assumptions.horizonYears} />
      <Subtitle2 as="h2" block className={styles.heading}>
        Contribution by initiative
      </Subtitle2>
      <ContributionsTable value={model.contributions} />
    </>
  );
}

/** Why there are no figures: assumptions that cannot be used, or no items yet. */
function Notices({ model, empty }: { model: RoiModel | ErrorValue | undefined; empty: boolean }) {
  return (
    <>
      {model !== undefined && isErrorValue(model) && (
        <MessageBar intent="warning">
          <MessageBarBody>
            These assumptions cannot be used ({model.message ?? model.code}). Change them above.
          </MessageBarBody>
        </MessageBar>
      )}
      {empty && (
        <Text>
          No cost or benefit items yet. Add one below, or add rows to the Costs sheet and choose
          Sync now.
        </Text>
      )}
    </>
  );
}

export function RoiView() {
  const styles = useStyles();
  const services = useRoiServices();
  const { items, error } = useCostItems(services.watchCostItems);
  const [assumptions, setAssumptions] = useState(DEFAULT_ASSUMPTIONS);
  const [editing, setEditing] = useState<CostItem | "new">();
  const addButton = useRef<HTMLButtonElement>(null);
  const removal = useItemRemoval(addButton);
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
      <ErrorBar message={error} />
      <AssumptionsForm value={assumptions} onChange={setAssumptions} />
      <Notices model={model} empty={items?.length === 0} />
      {ready && items.length > 0 && (
        <>
          <Figures model={model} assumptions={assumptions} />
          <Subtitle2 as="h2" block className={styles.heading}>
            Items
          </Subtitle2>
          <CostItemsList items={items} onEdit={setEditing} onRemove={removal.ask} />
        </>
      )}
      {removal.removed && (
        <Text role="status">Removed {removal.removed} from the Costs sheet.</Text>
      )}
      <RemoveItemDialog
        item={removal.removing}
        remove={services.removeCostItem}
        onDone={removal.done}
      />
      {editing === undefined ? (
        <Button ref={addButton} onClick={() => setEditing("new")}>
          Add an item
        </Button>
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
