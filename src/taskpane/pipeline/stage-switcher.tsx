// The stage switcher: one tab per configured stage with its count and total, wrapped onto as
// many rows as the pane needs, so at 320 px every stage is in view at once — each is a drop
// target for a dragged card, with no sideways scrolling in the middle of a drag.
import { Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StageSummary } from "../../domain/board";
import { useMoney } from "../money/use-money";
import { countOf } from "./board-lanes";
import { useStageDrop } from "./use-stage-drop";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(92px, 1fr))",
    gap: tokens.spacingHorizontalXS,
  },
  tab: {
    flexDirection: "column",
    alignItems: "flex-start",
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { display: "block", overflowWrap: "anywhere", textAlign: "start" },
  figures: { display: "block", color: tokens.colorNeutralForeground2, textAlign: "start" },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export interface StageSwitcherProps {
  stages: readonly StageSummary[];
  selected: string;
  onSelect(stage: string): void;
  onDropDeal(dealId: string, stage: string): void;
}

export function StageSwitcher({ stages, selected, onSelect, onDropDeal }: StageSwitcherProps) {
  const styles = useStyles();
  const money = useMoney();
  const { over, dropProps } = useStageDrop(onDropDeal);
  return (
    <TabList
      className={styles.list}
      size="small"
      // grid cells size the tabs, so no hidden bold copy of each label is needed for width
      reserveSelectedTabSpace={false}
      selectedValue={selected}
      onTabSelect={(_, d) => onSelect(String(d.value))}
      aria-label="Stages"
    >
      {stages.map((s) => {
        // the name says what the tab shows, so speech and sight agree; the full total on hover
        const figures = `${countOf(s.count, "deal")} · ${money.compact(s.total)}`;
        return (
          <Tab
            key={s.stage}
            value={s.stage}
            className={mergeClasses(styles.tab, over === s.stage && styles.over)}
            aria-label={`${s.stage}, ${figures}`}
            title={money.total(s.total)}
            {...dropProps(s.stage)}
          >
            <Text weight="semibold" className={styles.name}>
              {s.stage}
            </Text>{" "}
            <Text size={200} className={styles.figures}>
              {figures}
            </Text>
          </Tab>
        );
      })}
    </TabList>
  );
}
