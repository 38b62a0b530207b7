// Renders the task pane into a DOM element, inside Fluent's provider (light or dark, as Office
// or the system is), the services context and the workbook's currency.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { MoneyProvider } from "./money/money-context";
import { ServicesContext, type TaskpaneServices } from "./services";
import { useDarkTheme } from "./use-dark-theme";

export function ThemedPane({ services }: { services: TaskpaneServices }) {
  const dark = useDarkTheme(services);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <ServicesContext.Provider value={services}>
        <MoneyProvider services={services}>
          <App />
        </MoneyProvider>
      </ServicesContext.Provider>
    </FluentProvider>
  );
}

/** Renders the pane over the services the composition root gives it. */
export function mountTaskpane(root: HTMLElement, services: TaskpaneServices): void {
  createRoot(root).render(
    <StrictMode>
      <ThemedPane services={services} />
    </StrictMode>,
  );
}
