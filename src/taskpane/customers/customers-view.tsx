// The Customers tab: find a customer and open their card, add one, or clean up duplicates.
import { useState } from "react";
import { CustomerCard } from "./customer-card";
import { CustomerForm } from "./customer-form";
import { CustomerSearch } from "./customer-search";
import { DuplicatesPanel } from "./duplicates-panel";
import { useCustomerSearch } from "./use-customer-search";

type Screen = { kind: "search" | "new" | "duplicates" } | { kind: "card"; id: string };

export function CustomersView() {
  const [screen, setScreen] = useState<Screen>({ kind: "search" });
  // coming back from a card or a form, the search box takes focus (not on first opening the
  // tab, where focus stays on the tabs for a keyboard user)
  const [returned, setReturned] = useState(false);
  const searchState = useCustomerSearch();
  const open = (id: string) => setScreen({ kind: "card", id });
  const search = () => {
    setReturned(true);
    setScreen({ kind: "search" });
  };
  switch (screen.kind) {
    case "card":
      return <CustomerCard key={screen.id} id={screen.id} onBack={search} onOpen={open} />;
    case "new":
      return <CustomerForm onSaved={open} onCancel={search} onOpen={open} />;
    case "duplicates":
      return <DuplicatesPanel onBack={search} onOpen={open} />;
    default:
      return (
        <CustomerSearch
          search={searchState}
          focusSearch={returned}
          onOpen={open}
          onAdd={() => setScreen({ kind: "new" })}
          onDuplicates={() => setScreen({ kind: "duplicates" })}
        />
      );
  }
}
