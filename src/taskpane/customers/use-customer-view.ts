// Follows one customer's 360° view in the store: it updates as syncs land, and says so plainly
// when the customer disappears from the sheet.
import { useEffect, useState } from "react";
import type { CustomerView } from "../../domain/activity";
import { useServices } from "../services";

export type CustomerViewState =
  | { status: "loading" }
  | { status: "ready"; view: CustomerView }
  | { status: "gone" }
  | { status: "failed"; message: string };

export function useCustomerView(id: string): CustomerViewState {
  const { watchCustomerView } = useServices();
  const [state, setState] = useState<CustomerViewState>({ status: "loading" });
  useEffect(
    () =>
      watchCustomerView(
        id,
        (view) => setState(view ? { status: "ready", view } : { status: "gone" }),
        (e) => setState({ status: "failed", message: e instanceof Error ? e.message : String(e) }),
      ),
    [id, watchCustomerView],
  );
  return state;
}
