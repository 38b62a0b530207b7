// The store-backed custom functions (CRM.CUSTOMER, CRM.EXPECTED, CRM.WINPROB, DESIGN.md §5):
// streaming, so cells update whenever a sync changes the store; cancelled cells stop listening.
// They follow this page's runtime, the same one the task pane and the ribbon use.
/* eslint-disable @typescript-eslint/no-explicit-any -- optional scalars must be `any` in
   TypeScript too: custom-functions-metadata rejects a JSDoc/TS type mismatch. */
import {
  type FollowStore,
  streamCustomerField,
  streamExpected,
  streamWinProbability,
} from "../app/live-values";
import { getRuntime } from "../app/runtime";
import { toCustomFunctionsResult } from "./to-custom-functions-result";

const followStore: FollowStore = (listener) => getRuntime().followStore(listener);

function pipeTo(invocation: CustomFunctions.StreamingInvocation<any>) {
  return (value: unknown) => invocation.setResult(toCustomFunctionsResult(value) as any);
}

/**
 * A customer's field, live from the CRM store; updates when the workbook syncs. Looks customers
 * up by ID or e-mail. Example: =CRM.CUSTOMER("ada@example.com", "Total Spend") → 1200.
 * @customfunction CUSTOMER
 * @param {string} id_or_email The customer's ID (as in the Customers table) or e-mail address.
 * @param {string} field A Customers column, e.g. "Name", "Company", "Total Spend", "Status".
 * @param {CustomFunctions.StreamingInvocation<any>} invocation
 */
export function customer(
  id_or_email: string,
  field: string,
  invocation: CustomFunctions.StreamingInvocation<any>,
): void {
  invocation.onCanceled = streamCustomerField(
    followStore,
    String(id_or_email),
    String(field),
    pipeTo(invocation),
  );
}

/**
 * Live weighted pipeline (amount × stage or deal probability) of deals expected to close between
 * two dates, optionally for one owner. Example: =CRM.EXPECTED(DATE(2026,10,1), DATE(2026,12,31)).
 * @customfunction EXPECTED
 * @param {number} from First close date (inclusive).
 * @param {number} to Last close date (inclusive).
 * @param {any} [owner] Only this owner's deals.
 * @param {CustomFunctions.StreamingInvocation<any>} invocation
 */
export function expected(
  from: number,
  to: number,
  owner: any,
  invocation: CustomFunctions.StreamingInvocation<any>,
): void {
  const who = owner === null || owner === undefined || owner === "" ? undefined : String(owner);
  invocation.onCanceled = streamExpected(followStore, from, to, who, pipeTo(invocation));
}

/**
 * Live chance that a deal which reached a stage is won, from the stage history of closed deals;
 * #N/A until at least 10 closed deals went through the stage. Example: =CRM.WINPROB("Proposal").
 * @customfunction WINPROB
 * @param {string} stage A stage name, e.g. "Proposal".
 * @param {CustomFunctions.StreamingInvocation<any>} invocation
 */
export function winprob(stage: string, invocation: CustomFunctions.StreamingInvocation<any>): void {
  invocation.onCanceled = streamWinProbability(followStore, String(stage), pipeTo(invocation));
}
