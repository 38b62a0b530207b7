// Test-wide environment: jsdom lacks structuredClone, which fake-indexeddb needs, so the
// polyfill must load first; then every test sees an in-memory IndexedDB.
import "core-js/stable/structured-clone";
import "fake-indexeddb/auto";

// jsdom has no layout engine, so it ships no ResizeObserver; Fluent components (MessageBar,
// overflow) construct one. A no-op observer is faithful here: jsdom sizes never change.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}
