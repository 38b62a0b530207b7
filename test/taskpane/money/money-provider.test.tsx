/** @jest-environment jsdom */
// The pane's currency: detected when the pane opens, chosen in Settings, and every view's money
// follows the choice as soon as the settings are saved.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { type CrmSettings, DEFAULT_SETTINGS } from "../../../src/excel/workbook-settings";
import { SettingsForm } from "../../../src/taskpane/get-started/settings-form";
import { MoneyProvider } from "../../../src/taskpane/money/money-context";
import { useMoney } from "../../../src/taskpane/money/use-money";
import {
  type SyncRunState,
  type TaskpaneServices,
  useServices,
} from "../../../src/taskpane/services";
import { fakeServices } from "../support/fake-services";

function Figure() {
  return <p>Pipeline {useMoney().total(1234)}</p>;
}

function Settings() {
  const { saveSettings } = useServices();
  return <SettingsForm settings={DEFAULT_SETTINGS} save={saveSettings} onSaved={() => {}} />;
}

function renderWith(services: TaskpaneServices) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MoneyProvider services={services}>
        <Figure />
        <Settings />
      </MoneyProvider>
    </FluentProvider>,
  );
}

it("shows the detected currency, then the one chosen in Settings once they are saved", async () => {
  let saved: CrmSettings = DEFAULT_SETTINGS;
  const services = fakeServices({
    readCurrency: () =>
      Promise.resolve(
        saved.currency
          ? { code: saved.currency, source: "setting" }
          : { code: "EUR", source: "formats" },
      ),
    saveSettings: (s) => ((saved = s), Promise.resolve()),
  });
  renderWith(services);
  await waitFor(() => expect(screen.getByText(/^Pipeline /).textContent).toMatch(/€/));
  const currency = screen.getByLabelText("Currency") as HTMLSelectElement;
  expect(currency.value).toBe("");
  expect(currency.options[0].textContent).toMatch(/^Automatic \(now EUR/);
  fireEvent.change(currency, { target: { value: "GBP" } });
  fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
  await waitFor(() => expect(screen.getByText(/^Pipeline /).textContent).toMatch(/£/));
  expect(saved.currency).toBe("GBP");
  expect(saved.stages).toEqual(DEFAULT_SETTINGS.stages);
});

it("keeps US dollars when the currency cannot be read", async () => {
  renderWith(fakeServices({ readCurrency: () => Promise.reject(new Error("no workbook")) }));
  await waitFor(() => expect(screen.getByText(/^Pipeline /).textContent).toMatch(/\$/));
});

it("follows a currency a co-author chose", async () => {
  let currency = "EUR";
  let changed: (settings: CrmSettings) => void = () => {};
  renderWith(
    fakeServices({
      readCurrency: () => Promise.resolve({ code: currency, source: "setting" }),
      watchSettings: (listener) => ((changed = listener), () => {}),
    }),
  );
  await waitFor(() => expect(screen.getByText(/^Pipeline /).textContent).toMatch(/€/));
  currency = "GBP";
  act(() => changed({ ...DEFAULT_SETTINGS, currency }));
  await waitFor(() => expect(screen.getByText(/^Pipeline /).textContent).toMatch(/£/));
});

it("looks again once a sync has read tables that may bring their own money formats", async () => {
  let code = "USD";
  let report: (run: SyncRunState) => void = () => {};
  renderWith(
    fakeServices({
      readCurrency: () => Promise.resolve({ code, source: "formats" }),
      watchSyncRun: (listener) => ((report = listener), listener({ kind: "idle" }), () => {}),
    }),
  );
  await waitFor(() => expect(screen.getByText(/^Pipeline /).textContent).toMatch(/\$/));
  code = "EUR";
  act(() => report({ kind: "running", source: "pane" }));
  act(() =>
    report({ kind: "idle", last: { kind: "done", source: "pane", report: { tables: {} } } }),
  );
  await waitFor(() => expect(screen.getByText(/^Pipeline /).textContent).toMatch(/€/));
});
