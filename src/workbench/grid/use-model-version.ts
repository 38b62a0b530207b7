// Re-renders a component whenever the workbook model changes (edits, add-in writes, results
// of custom functions arriving).
import { useEffect, useState } from "react";
import { type WorkbookModel } from "../simulator";

export function useModelVersion(model: WorkbookModel): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = model.onModelChange(() => setVersion((v) => v + 1));
    return () => {
      unsubscribe();
    };
  }, [model]);
  return version;
}
