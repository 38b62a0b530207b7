// The Customers tab: find a customer, open their card, come back to the search.
import { useState } from "react";
import { CustomerCard } from "./customer-card";
import { CustomerSearch } from "./customer-search";

export function CustomersView() {
  const [open, setOpen] = useState<string>();
  return open === undefined ? (
    <CustomerSearch onOpen={setOpen} />
  ) : (
    <CustomerCard id={open} onBack={() => setOpen(undefined)} />
  );
}
