// Renders the task pane into a DOM element, inside Fluent's provider (light or dark, as Office
// or the system is) and the services context.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { getRuntimeServices } from "../app/runtime";
import { App } from "./app";
import { ServicesContext, type TaskpaneServices } from "./services";
import { useDarkTheme } from "./use-dark-theme";

export function ThemedPane({ services }: { services: TaskpaneServices }) {
  const dark = useDarkTheme(services);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </FluentProvider>
  );
}

export function mountTaskpane(root: HTMLElement, services?: TaskpaneServices): void {
  createRoot(root).render(
    <StrictMode>
      <ThemedPane services={services ?? getRuntimeServices()} />
    </StrictMode>,
  );
}
