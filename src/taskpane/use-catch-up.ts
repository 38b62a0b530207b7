// Asks the runtime to catch up whenever the user comes back to the pane (it gains focus or
// becomes visible): Excel fires no change event for a value picked from a drop-down, so that is
// the moment a pick made in the sheet must show here.
import { useEffect } from "react";
import { useServices } from "./services";

export function useCatchUpOnReturn(): void {
  const { catchUp } = useServices();
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") catchUp();
    };
    window.addEventListener("focus", catchUp);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("focus", catchUp);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [catchUp]);
}
