// "Build dashboard": reads the records and settings, computes the summary tables and has the
// Dashboard sheet written with its charts; says what happened, or why not and what to do.
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { todaySerial } from "../../domain/records";
import { dashboardBlocks } from "./dashboard-blocks";
import { useDashboardServices } from "./dashboard-services";

type Status = { kind: "idle" | "busy" | "done" } | { kind: "failed"; why: string };

export function BuildDashboardButton() {
  const services = useDashboardServices();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const build = async () => {
    setStatus({ kind: "busy" });
    try {
      const [inputs, settings] = await Promise.all([
        services.readDashboardInputs(),
        services.readSettings(),
      ]);
      await services.writeDashboardSheet(dashboardBlocks(inputs, settings, todaySerial()));
      setStatus({ kind: "done" });
    } catch (e) {
      setStatus({ kind: "failed", why: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div role="group" aria-label="Dashboard">
      <Button appearance="primary" disabled={status.kind === "busy"} onClick={() => void build()}>
        Build dashboard
      </Button>
      {status.kind === "busy" && <Spinner size="tiny" label="Building the Dashboard sheet…" />}
      {status.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            The Dashboard sheet is ready: pipeline, forecast, segments, costs vs benefits,
            attainment and the stage funnel, each with a chart. Build it again after changes to
            refresh it.
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            The dashboard could not be built ({status.why}). Finish any cell edit in Excel, then
            choose Build dashboard again.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
