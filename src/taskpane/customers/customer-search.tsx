// The customer finder: one search box over name, company and e-mail, results as a list of
// buttons a keyboard can walk through (capped: typing more narrows it), plus adding a customer
// and finding duplicates. An empty store points to Get started.
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Customer } from "../../domain/records";
import { GoButton } from "../go-button";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useWatch } from "../shared/use-watch";
import { type CustomerSearch as SearchState, SEARCH_LIMIT } from "./use-customer-search";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { justifyContent: "flex-start", width: "100%", textAlign: "left" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

function label(c: Customer): string {
  return [c.name, c.company, c.email].filter(Boolean).join(" · ") || c.id;
}

function NoCustomers() {
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        No customers yet — create the CRM tables or load sample data in Get started, or add your
        first customer here.
      </MessageBarBody>
      <MessageBarActions>
        <GoButton to="start">Open Get started</GoButton>
      </MessageBarActions>
    </MessageBar>
  );
}

export interface CustomerSearchProps {
  /** Kept by the Customers tab, so coming back from a card shows the same query. */
  search: SearchState;
  /** Whether the search box takes focus as it appears (back from a card). */
  focusSearch?: boolean;
  onOpen(id: string): void;
  onAdd(): void;
  onDuplicates(): void;
}

export function CustomerSearch(props: CustomerSearchProps) {
  const styles = useStyles();
  const { query, setQuery, results, answered, error } = props.search;
  const status = useWatch(useServices().watchSyncStatus).value;
  const typed = query.trim() !== "";
  return (
    // data-answered: which query the list shows (tests and the taskpane benchmark wait on it)
    <section aria-label="Find a customer" data-answered={answered}>
      {status?.customers === 0 && <NoCustomers />}
      <Field label="Find a customer">
        <SearchBox
          autoFocus={props.focusSearch}
          value={query}
          placeholder="Name, company or e-mail"
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <ErrorBar message={error && `Search failed: ${error} Try again, or choose Sync now.`} />
      {typed && answered === query && results.length === 0 && !error && (
        <Text>No customer matches “{query}”.</Text>
      )}
      <ul className={styles.list} aria-label="Matching customers">
        {results.map((c) => (
          <li key={c.id}>
            <Button appearance="subtle" className={styles.item} onClick={() => props.onOpen(c.id)}>
              {label(c)}
            </Button>
          </li>
        ))}
      </ul>
      {results.length >= SEARCH_LIMIT && (
        <Text size={200}>Showing the first {SEARCH_LIMIT} matches: type more to narrow them.</Text>
      )}
      <div className={styles.actions}>
        <Button onClick={props.onAdd}>Add customer</Button>
        <Button onClick={props.onDuplicates}>Find duplicates</Button>
      </div>
    </section>
  );
}
