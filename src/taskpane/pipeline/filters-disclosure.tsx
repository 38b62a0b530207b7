// The board's filters folded behind one compact "Filters" button that says how many are on, so
// at 320 px the stages and cards start near the top; opening it shows Owner and Closing.
import { Button, CounterBadge, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { PipelineFilters, type PipelineFiltersProps, activeFilterCount } from "./pipeline-filters";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggle: { alignSelf: "flex-start" },
});

export function FiltersDisclosure(props: PipelineFiltersProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const panel = useId("pipeline-filters");
  const active = activeFilterCount(props.choice);
  const name = active === 0 ? "Filters, none on" : `Filters, ${active} on`;
  return (
    <div className={styles.root}>
      <Button
        className={styles.toggle}
        size="small"
        aria-expanded={open}
        aria-controls={panel}
        aria-label={name}
        onClick={() => setOpen(!open)}
      >
        Filters{" "}
        {active > 0 && <CounterBadge count={active} size="small" color="brand" aria-hidden />}{" "}
        {open ? "▴" : "▾"}
      </Button>
      <div id={panel} hidden={!open}>
        {open && <PipelineFilters {...props} />}
      </div>
    </div>
  );
}
