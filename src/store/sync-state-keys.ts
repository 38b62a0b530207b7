// Keys of the syncState key-value table and the type of each value.

export const WORKBOOK_ID_KEY = "workbookId";
export const WORKBOOK_IDENTITY_KEY = "workbookIdentity";
export const LAST_FULL_SYNC_KEY = "lastFullSync";
export const STAGES_KEY = "stages";
/** Per-user key: lastSeenAt:<user>. */
export const LAST_SEEN_PREFIX = "lastSeenAt:";

export function lastSeenKey(user: string): string {
  return `${LAST_SEEN_PREFIX}${user}`;
}
