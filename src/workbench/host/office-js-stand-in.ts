// Puts the workbench's office.js stand-in in place before the add-in's page loads: a service
// worker that answers the page's request for Microsoft's office.js with office-host.js (see
// office-host/service-worker.ts). Resolves once the worker controls new pages of this origin.

export async function startOfficeJsStandIn(): Promise<void> {
  if (!("serviceWorker" in navigator)) {
    throw new Error(
      "This browser has no service workers, which the workbench needs to stand in for office.js. Use Chromium, Edge or Firefox over http://localhost.",
    );
  }
  await navigator.serviceWorker.register("workbench-sw.js", { scope: "./" });
  await navigator.serviceWorker.ready;
}
