// Keys of the syncState key-value table and the type of each value.

export const WORKBOOK_ID_KEY = "workbookId";
export const WORKBOOK_IDENTITY_KEY = "workbookIdentity";
export const LAST_FULL_SYNC_KEY = "lastFullSync";
export const STAGES_KEY = "stages";
/** How the last full sync read each date column, per kind: { deals: { expectedClose: "dmy" } }. */
export const DATE_ORDERS_KEY = "dateOrders";
/** Number columns whose decimal mark the last full sync found other than the default, per kind. */
export const DECIMAL_MARKS_KEY = "decimalMarks";
/** How many commits changed customers: the version a saved search index must match. */
export const CUSTOMERS_VERSION_KEY = "customersVersion";
/** Per-user key: lastSeenAt:<user>. */
export const LAST_SEEN_PREFIX = "lastSeenAt:";

export function lastSeenKey(user: string): string {
  return `${LAST_SEEN_PREFIX}${user}`;
}
