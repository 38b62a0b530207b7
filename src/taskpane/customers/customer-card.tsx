// The 360° customer card: who they are, their value, every deal and every activity in time order,
// and a way back to their row in the sheet.
import {
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CustomerView } from "../../domain/activity";
import { useServices } from "../services";
import { formatNumber, formatSerialDate } from "../format";
import { CustomerFacts } from "./customer-facts";
import { useCustomerView } from "./use-customer-view";

function Deals({ view }: { view: CustomerView }) {
  const deals = [...view.openDeals, ...view.wonDeals, ...view.lostDeals];
  if (deals.length === 0) return <Text>No deals yet.</Text>;
  return (
    <ul aria-label="Deals">
      {deals.map((d) => (
        <li key={d.id}>
          <Text>
            {d.title} — {d.stage} · {formatNumber(d.amount)} · closes{" "}
            {formatSerialDate(d.expectedClose)}
          </Text>
        </li>
      ))}
    </ul>
  );
}

function Timeline({ view }: { view: CustomerView }) {
  if (view.timeline.length === 0) return <Text>No calls, e-mails or meetings logged yet.</Text>;
  return (
    <ol aria-label="Activities, newest first">
      {view.timeline.map((a) => (
        <li key={a.id}>
          <Text>
            {formatSerialDate(a.date)} · {a.type}
            {a.summary ? `: ${a.summary}` : ""}
            {a.owner ? ` (${a.owner})` : ""}
          </Text>
        </li>
      ))}
    </ol>
  );
}

export function CustomerCard(props: { id: string; onBack(): void }) {
  const state = useCustomerView(props.id);
  const { goToCustomer } = useServices();
  const [error, setError] = useState<string>();
  const back = <Button onClick={props.onBack}>Back to search</Button>;
  if (state.status === "loading") return <Spinner size="small" label="Opening the customer…" />;
  if (state.status === "gone")
    return (
      <>
        {back}
        <Text>This customer is no longer in the Customers table.</Text>
      </>
    );
  if (state.status === "failed")
    return (
      <>
        {back}
        <Text>Could not open the customer: {state.message}</Text>
      </>
    );
  const { view } = state;
  const c = view.customer;
  const goTo = () =>
    goToCustomer(c.id).then(
      () => setError(undefined),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <Card aria-label={`Customer ${c.name ?? c.company ?? c.id}`}>
      <CardHeader
        header={<Subtitle2 as="h2">{c.name ?? c.company ?? c.email ?? c.id}</Subtitle2>}
        description={
          <Text>
            {[c.company, c.email, c.phone, c.owner && `owner ${c.owner}`]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        }
      />
      <CustomerFacts view={view} />
      <Subtitle2 as="h3">Deals</Subtitle2>
      <Deals view={view} />
      <Subtitle2 as="h3">Activity</Subtitle2>
      <Timeline view={view} />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        {back} <Button onClick={goTo}>Go to row</Button>
      </div>
    </Card>
  );
}
