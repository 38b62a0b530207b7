// Renders the whole pane (or one part of it, with the providers the shell gives it) over a set
// of services, the way mountTaskpane does.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../../src/taskpane/app";
import { ServicesContext, type TaskpaneServices } from "../../../src/taskpane/services";
import { SyncRunProvider } from "../../../src/taskpane/sync/sync-run";
import { fakeServices } from "./fake-services";

// live store queries answer asynchronously; on two shared cores they can take over a second
configure({ asyncUtilTimeout: 5000 });

/**
 * Lets reads the pane started (the workbook overview, deal lists) answer inside act, as they
 * would on screen, so a test that asserts synchronously does not end mid-update.
 */
export function settle(): Promise<void> {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

export function renderPane(overrides: Partial<TaskpaneServices> = {}, tab?: string) {
  const services = fakeServices(overrides);
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  if (tab) fireEvent.click(screen.getByRole("tab", { name: tab }));
  return { ...result, services };
}

export function renderPart(part: React.ReactElement, overrides: Partial<TaskpaneServices> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={fakeServices(overrides)}>
        <SyncRunProvider>{part}</SyncRunProvider>
      </ServicesContext.Provider>
    </FluentProvider>,
  );
}
