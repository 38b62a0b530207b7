// The customer finder: one search box over name, company and e-mail, results as a list of
// buttons a keyboard can walk through.
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Customer } from "../../domain/records";
import { useCustomerSearch } from "./use-customer-search";

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
});

function label(c: Customer): string {
  return [c.name, c.company, c.email].filter(Boolean).join(" · ");
}

export function CustomerSearch(props: { onOpen(id: string): void }) {
  const styles = useStyles();
  const { query, setQuery, results, error } = useCustomerSearch();
  return (
    <section aria-label="Find a customer">
      <Field label="Find a customer">
        <SearchBox
          value={query}
          placeholder="Name, company or e-mail"
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>Search failed: {error}</MessageBarBody>
        </MessageBar>
      )}
      {query.trim() !== "" && results.length === 0 && !error && (
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
    </section>
  );
}
