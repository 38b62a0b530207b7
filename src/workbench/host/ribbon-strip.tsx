// The ribbon's custom tab as Excel draws it from manifest.xml: the tab's label, each group with
// its buttons (icon, label, tooltip). ShowTaskpane opens the pane; ExecuteFunction runs the
// handler the add-in associated, and the button stays busy until the handler completes.
import { Button, Text, Tooltip } from "@fluentui/react-components";
import { useState } from "react";
import type { HostBridge } from "./host-bridge";
import type { RibbonButton, RibbonTab } from "./manifest-ribbon";

interface RibbonProps {
  readonly tab: RibbonTab;
  readonly bridge: HostBridge;
  readonly showPane: () => void;
}

function RibbonCommand(props: { button: RibbonButton } & Omit<RibbonProps, "tab">) {
  const { button, bridge, showPane } = props;
  const [busy, setBusy] = useState(false);
  const click = () => {
    if (button.action.kind === "showTaskpane") return showPane();
    setBusy(true);
    void bridge.runAction(button.action.functionName).finally(() => setBusy(false));
  };
  return (
    <Tooltip content={button.tooltip || button.label} relationship="description">
      <Button
        appearance="subtle"
        size="small"
        disabled={busy}
        icon={button.icon ? <img src={button.icon} alt="" width={16} height={16} /> : undefined}
        onClick={click}
      >
        {button.label}
      </Button>
    </Tooltip>
  );
}

export function RibbonStrip({ tab, bridge, showPane }: RibbonProps) {
  return (
    <div
      role="toolbar"
      aria-label={`${tab.label} ribbon tab`}
      style={{ display: "flex", gap: 16, alignItems: "center", padding: "4px 12px" }}
    >
      <Text weight="semibold">{tab.label}</Text>
      {tab.groups.map((group) => (
        <div
          key={group.label}
          role="group"
          aria-label={group.label}
          style={{ display: "flex", gap: 4, alignItems: "center" }}
        >
          {group.buttons.map((button) => (
            <RibbonCommand key={button.id} button={button} bridge={bridge} showPane={showPane} />
          ))}
          <Text size={100}>{group.label}</Text>
        </div>
      ))}
    </div>
  );
}
