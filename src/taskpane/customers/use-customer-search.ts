// Search as you type: asks the indexed store search on every keystroke and keeps only the
// answer to the latest query, so a slow early answer never overwrites a newer one. The list is
// capped (the service's indexed search stops at the limit): no full scan per keystroke.
import { useEffect, useRef, useState } from "react";
import type { Customer } from "../../domain/records";
import { useServices } from "../services";

/** How many matches the pane shows; the runtime's search uses the same limit. */
export const SEARCH_LIMIT = 25;

export interface CustomerSearch {
  query: string;
  setQuery(query: string): void;
  results: Customer[];
  /** The query `results` answer; differs from `query` while the newest search runs. */
  answered: string;
  error?: string;
}

interface Answer {
  readonly query: string;
  readonly customers: Customer[];
}

export function useCustomerSearch(): CustomerSearch {
  const { searchCustomers } = useServices();
  const [query, setQuery] = useState("");
  const [answer, setAnswer] = useState<Answer>({ query: "", customers: [] });
  const [error, setError] = useState<string>();
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === "") return;
    searchCustomers(query).then(
      (found) =>
        ticket === latest.current &&
        (setAnswer({ query, customers: found.slice(0, SEARCH_LIMIT) }), setError(undefined)),
      (e: unknown) =>
        ticket === latest.current && setError(e instanceof Error ? e.message : String(e)),
    );
  }, [query, searchCustomers]);
  const blank = query.trim() === "";
  return {
    query,
    setQuery,
    results: blank ? [] : answer.customers,
    answered: blank ? query : answer.query,
    error,
  };
}
