// Waits for Office.js to be ready. Lives in src/excel because only this layer touches Office
// globals; outside an Office host (tests, plain browser) it resolves at once.

export interface HostInfo {
  host: string | null;
}

export function whenOfficeReady(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve({ host: null });
  }
  return Office.onReady().then((info) => ({ host: info.host ? String(info.host) : null }));
}
