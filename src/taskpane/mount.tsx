// Renders the task pane into a DOM element, inside Fluent's provider and the services context.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { getRuntimeServices } from "../app/runtime";
import { App } from "./app";
import { ServicesContext, type TaskpaneServices } from "./services";

export function mountTaskpane(root: HTMLElement, services?: TaskpaneServices): void {
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <ServicesContext.Provider value={services ?? getRuntimeServices()}>
          <App />
        </ServicesContext.Provider>
      </FluentProvider>
    </StrictMode>,
  );
}
