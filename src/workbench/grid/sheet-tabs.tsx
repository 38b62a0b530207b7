// The sheet tabs below the grid.
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
  },
});

interface Props {
  sheets: string[];
  active: string;
  onSelect(sheet: string): void;
}

export function SheetTabs({ sheets, active, onSelect }: Props) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      aria-label="Sheets"
      selectedValue={active}
      onTabSelect={(_e, data) => onSelect(String(data.value))}
    >
      {sheets.map((name) => (
        <Tab key={name} value={name}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}
