// The pane's tabs in one row at any pane width: the tabs that do not fit go into a "More" menu
// (Fluent's TabList-with-overflow pattern), and the selected tab always stays in the row.
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useRef } from "react";
import { VIEWS, VIEW_LABELS, type ViewId } from "./navigation";

const useStyles = makeStyles({
  row: { minWidth: 0, flexWrap: "nowrap", overflow: "hidden" },
  tab: { flexShrink: 0 },
  more: { flexShrink: 0, minWidth: "auto", alignSelf: "center" },
});

function MenuEntry({ view, onPick }: { view: ViewId; onPick: (v: ViewId) => void }) {
  const visible = useIsOverflowItemVisible(view);
  if (visible) return null;
  return <MenuItem onClick={() => onPick(view)}>{VIEW_LABELS[view]}</MenuItem>;
}

function MoreMenu({ onPick }: { onPick: (v: ViewId) => void }) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          role="tab"
          size="small"
          appearance="transparent"
          className={styles.more}
          aria-label={`More views (${overflowCount})`}
        >
          More ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {VIEWS.map((v) => (
            <MenuEntry key={v} view={v} onPick={onPick} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function ViewTabs({ view, onSelect }: { view: ViewId; onSelect: (v: ViewId) => void }) {
  const styles = useStyles();
  const row = useRef<HTMLDivElement>(null);
  // A view picked from the menu comes into the row in place of another; focus follows it there
  // rather than staying on "More", so arrow keys continue from the view the user is on.
  const pickFromMenu = (v: ViewId) => {
    onSelect(v);
    setTimeout(() => row.current?.querySelector<HTMLElement>(`[data-view="${v}"]`)?.focus());
  };
  return (
    // no reserve beyond the measured "More" button: at 320 px every pixel is a tab's
    <Overflow minimumVisible={2} padding={0}>
      <TabList
        ref={row}
        className={styles.row}
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => onSelect(data.value as ViewId)}
        aria-label="CellCRM views"
      >
        {VIEWS.map((v) => (
          <OverflowItem key={v} id={v} priority={v === view ? 2 : v === "home" ? 1 : 0}>
            <Tab value={v} data-view={v} className={styles.tab}>
              {VIEW_LABELS[v]}
            </Tab>
          </OverflowItem>
        ))}
        <MoreMenu onPick={pickFromMenu} />
      </TabList>
    </Overflow>
  );
}
