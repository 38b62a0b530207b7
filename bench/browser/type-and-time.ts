// One keystroke into the pane's customer search, timed inside the page: from the input event to
// the moment the list says it answers the new query (data-answered), so no round trip to the
// benchmark driver is counted. The page code is a string: tsx would wrap named functions in a
// helper the page does not have.
import type { Frame, Page } from "playwright-core";

const TYPE_AND_TIME = `(typed) => new Promise((resolve, reject) => {
  const section = document.querySelector('section[aria-label="Find a customer"]');
  const input = section && section.querySelector("input");
  if (!section || !input) return reject(new Error("the customer search is not on screen"));
  const query = typed === null ? "" : input.value + typed;
  const answered = () => section.dataset.answered === query;
  let observer;
  const started = performance.now();
  const done = () => { observer.disconnect(); resolve(performance.now() - started); };
  observer = new MutationObserver(() => { if (answered()) done(); });
  observer.observe(section, { attributes: true, attributeFilter: ["data-answered"] });
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  set.call(input, query);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  if (answered()) done();
})`;

/** Types `key` (or clears the box when null) and resolves with the ms until the list answers. */
export function typeAndTime(page: Page | Frame, key: string | null): Promise<number> {
  return page.evaluate(`(${TYPE_AND_TIME})(${JSON.stringify(key)})`) as Promise<number>;
}
