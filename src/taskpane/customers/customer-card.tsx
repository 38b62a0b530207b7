// The 360° customer card: who they are, their value, every deal and every activity in time order,
// and what to do with them: log an activity, edit their details, go to their row in the sheet.
import {
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { CustomerView } from "../../domain/activity";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";
import { ActivityForm } from "./activity-form";
import { CustomFieldsList } from "./custom-fields-list";
import { CustomerFacts } from "./customer-facts";
import { CustomerForm } from "./customer-form";
import { CustomerDeals, CustomerTimeline } from "./customer-history";
import { useCustomerView } from "./use-customer-view";

const useStyles = makeStyles({
  back: { alignSelf: "flex-start" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface CustomerCardProps {
  id: string;
  onBack(): void;
  onOpen(id: string): void;
}

export function CustomerCard(props: CustomerCardProps) {
  const state = useCustomerView(props.id);
  const back = <Button onClick={props.onBack}>Back to search</Button>;
  if (state.status === "loading") return <Spinner size="small" label="Opening the customer…" />;
  if (state.status === "ready") return <ReadyCard {...props} view={state.view} />;
  return (
    <>
      {back}{" "}
      <Text>
        {state.status === "gone"
          ? "This customer is no longer in the Customers table."
          : `Could not open the customer: ${state.message}`}
      </Text>
    </>
  );
}

type Mode = "view" | "edit" | "log";

function ReadyCard({ view, onBack, onOpen }: CustomerCardProps & { view: CustomerView }) {
  const styles = useStyles();
  const { goToCustomer } = useServices();
  const goTo = useAction(goToCustomer);
  const [mode, setMode] = useState<Mode>("view");
  const [notice, setNotice] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  // the card replaces the list the user clicked in (or the form they finished): focus starts at
  // its name, where a screen reader announces whose card this is
  useEffect(() => {
    if (mode === "view") heading.current?.focus();
  }, [mode]);
  const c = view.customer;
  const name = c.name ?? c.company ?? c.email ?? c.id;
  if (mode === "edit") {
    const done = () => setMode("view");
    return <CustomerForm customer={c} onSaved={done} onCancel={done} onOpen={onOpen} />;
  }
  return (
    <Card aria-label={`Customer ${c.name ?? c.company ?? c.id}`}>
      <Button appearance="subtle" size="small" className={styles.back} onClick={onBack}>
        <span aria-hidden="true">←</span>&nbsp;Back to search
      </Button>
      <CardHeader
        header={
          <Text as="h2" size={400} weight="semibold" ref={heading} tabIndex={-1}>
            {name}
          </Text>
        }
        description={
          <Text>
            {[c.company, c.email, c.phone, c.owner && `owner ${c.owner}`]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        }
      />
      <CustomerFacts view={view} />
      <CustomFieldsList extra={c.extra} />
      <Subtitle2 as="h3">Deals</Subtitle2>
      <CustomerDeals view={view} />
      <Subtitle2 as="h3">Activity</Subtitle2>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {mode === "log" ? (
        <ActivityForm
          customerId={c.id}
          deals={view.openDeals}
          onLogged={(type) => {
            setNotice(`${type} logged and added to the Activities sheet.`);
            setMode("view");
          }}
          onCancel={() => setMode("view")}
        />
      ) : (
        <Button appearance="primary" onClick={() => (setNotice(undefined), setMode("log"))}>
          Log activity
        </Button>
      )}
      <CustomerTimeline view={view} />
      <ErrorBar message={goTo.error} />
      <div className={styles.actions}>
        <Button onClick={() => void goTo.run(c.id)}>Go to row</Button>
        <Button onClick={() => setMode("edit")}>Edit details</Button>
      </div>
    </Card>
  );
}
