// Test-wide environment: jsdom lacks structuredClone, which fake-indexeddb needs, so the
// polyfill must load first; then every test sees an in-memory IndexedDB.
import "core-js/stable/structured-clone";
import "fake-indexeddb/auto";
