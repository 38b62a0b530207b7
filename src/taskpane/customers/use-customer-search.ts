// Search as you type: asks the indexed store search on every keystroke and keeps only the
// answer to the latest query, so a slow early answer never overwrites a newer one. The list is
// capped (the service's indexed search stops at the limit): no full scan per keystroke.
import { useEffect, useRef, useState } from "react";
import type { Customer } from "../../domain/records";
import { useServices } from "../services";

/** How many matches the pane shows; the runtime's search uses the same limit. */
export const SEARCH_LIMIT = 50;

export interface CustomerSearch {
  query: string;
  setQuery(query: string): void;
  results: Customer[];
  error?: string;
}

export function useCustomerSearch(): CustomerSearch {
  const { searchCustomers } = useServices();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Customer[]>([]);
  const [error, setError] = useState<string>();
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === "") return;
    searchCustomers(query).then(
      (found) =>
        ticket === latest.current &&
        (setResults(found.slice(0, SEARCH_LIMIT)), setError(undefined)),
      (e: unknown) =>
        ticket === latest.current && setError(e instanceof Error ? e.message : String(e)),
    );
  }, [query, searchCustomers]);
  return { query, setQuery, results: query.trim() === "" ? [] : results, error };
}
