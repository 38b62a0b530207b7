// Entry of workbench-sw.js: the workbench's stand-in for what Excel does when it loads an
// add-in's page. The page asks for office.js from Microsoft's CDN; this worker answers with the
// workbench's office-host.js from this origin, so the page runs exactly as built and nothing
// leaves the machine. Every other request goes to the network untouched.

const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office(\.debug)?\.js/;

interface FetchEvent extends Event {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface WorkerScope {
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "install" | "activate", listener: (event: Event) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly registration: { readonly scope: string };
}

const scope = self as unknown as WorkerScope;

scope.addEventListener("install", () => void scope.skipWaiting());
scope.addEventListener("activate", (event) => {
  (event as Event & { waitUntil(p: Promise<void>): void }).waitUntil(scope.clients.claim());
});
scope.addEventListener("fetch", (event) => {
  if (!OFFICE_JS.test(event.request.url)) return;
  const local = new URL("office-host.js", scope.registration.scope);
  event.respondWith(fetch(local, { cache: "no-store" }));
});
