// A button that opens another view of the pane, e.g. "Open Get started" in an empty state.
import { Button } from "@fluentui/react-components";
import { type ViewId, useNavigate } from "./navigation";

export function GoButton(props: { to: ViewId; children: React.ReactNode }) {
  const navigate = useNavigate();
  return (
    <Button size="small" onClick={() => navigate(props.to)}>
      {props.children}
    </Button>
  );
}
