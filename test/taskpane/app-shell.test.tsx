/**
 * @jest-environment jsdom
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { ThemedPane } from "../../src/taskpane/mount";
import { renderPane, settle } from "./support/render-pane";
import { fakeServices } from "./support/fake-services";

const status = { lastSyncAt: 1, customers: 0, deals: 0, costs: 0, activities: 0, issues: 0 };

describe("Task pane shell", () => {
  it("offers every view as a tab, opening on Home", async () => {
    renderPane();
    const names = [
      "Home",
      "Customers",
      "Pipeline",
      "Team",
      "Process",
      "ROI",
      "Sync",
      "Get started",
    ];
    expect(screen.getAllByRole("tab")).toHaveLength(names.length);
    for (const name of names) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Home", selected: true })).toBeTruthy();
    await settle();
  });

  it("asks the runtime to catch up when the user comes back to the pane", async () => {
    const catchUp = jest.fn();
    renderPane({ catchUp });
    act(() => void window.dispatchEvent(new Event("focus")));
    expect(catchUp).toHaveBeenCalledTimes(1);
    await settle();
  });

  it("sends a new user from an empty workbook to Get started", async () => {
    renderPane({ watchSyncStatus: (l) => (l(status), () => {}) });
    expect(screen.getByText(/No customers or deals yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Open Get started" }));
    expect(screen.getByRole("tab", { name: "Get started", selected: true })).toBeTruthy();
    await screen.findByRole("region", { name: "Get started" });
  });

  it("offers shortcuts to the everyday questions once there is data", async () => {
    renderPane({ watchSyncStatus: (l) => (l({ ...status, customers: 3 }), () => {}) });
    fireEvent.click(screen.getByRole("button", { name: "See the pipeline and forecast" }));
    expect(screen.getByRole("tab", { name: "Pipeline", selected: true })).toBeTruthy();
    await settle();
  });

  it("says on every tab when conflicts or row issues wait, and leads to Sync", async () => {
    renderPane(
      {
        watchSyncStatus: (l) => (l({ ...status, customers: 3, issues: 2 }), () => {}),
        watchConflicts: (l) => (
          l([
            {
              id: 1,
              table: "customers",
              recordId: "C-1",
              field: "email",
              sheet: "a@x.io",
              pane: "b@x.io",
              createdAt: 0,
            },
          ]),
          () => {}
        ),
      },
      "Customers",
    );
    expect(
      screen.getByText("1 conflict waits for your choice; 2 cells need fixing in the sheet."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Review in Sync" }));
    expect(screen.getByRole("tab", { name: "Sync", selected: true })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Conflict: customer C-1, Email" })).toBeTruthy();
    await settle();
  });

  it("follows Office's dark theme when the host tells it", async () => {
    let tell: (dark: boolean) => void = () => {};
    render(
      <ThemedPane services={fakeServices({ watchOfficeTheme: (l) => ((tell = l), () => {}) })} />,
    );
    const themeCss = () =>
      [...document.querySelectorAll("style")]
        .flatMap((s) => [...(s.sheet?.cssRules ?? [])].map((r) => r.cssText))
        .join("\n");
    const background = (theme: typeof webDarkTheme) =>
      `--colorNeutralBackground1: ${theme.colorNeutralBackground1}`;
    expect(themeCss()).toContain(background(webLightTheme));
    act(() => tell(true));
    expect(themeCss()).toContain(background(webDarkTheme));
    await settle();
  });
});
