// The cost and benefit items as a compact list that fits a 320 px pane: costs first, then
// benefits, each by category in the Costs sheet's order; per item its name, what it is (category,
// frequency, initiative) and its amount, with an actions menu to edit or remove it.
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type CostItem, type CostKind, categoriesFor } from "../../domain/records";
import { useMoney } from "../money/use-money";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  amount: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
});

function byCategory(a: CostItem, b: CostItem): number {
  const rank = (i: CostItem) => {
    const at = categoriesFor(i.kind).indexOf(i.category ?? "Other");
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return rank(a) - rank(b);
}

function detailsOf(item: CostItem): string {
  return [item.category ?? "Other", item.frequency, item.initiative ?? "Shared"].join(" · ");
}

export interface CostItemsListProps {
  items: readonly CostItem[];
  onEdit(item: CostItem): void;
  onRemove(item: CostItem): void;
}

function ItemActions({
  item,
  onEdit,
  onRemove,
}: Omit<CostItemsListProps, "items"> & { item: CostItem }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" aria-label={`Edit or remove ${item.item}`}>
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => onEdit(item)}>Edit</MenuItem>
          <MenuItem onClick={() => onRemove(item)}>Remove…</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function Group(props: CostItemsListProps & { kind: CostKind }) {
  const money = useMoney();
  const styles = useStyles();
  const title = props.kind === "Cost" ? "Costs" : "Benefits";
  const shown = props.items.filter((i) => i.kind === props.kind).sort(byCategory);
  if (shown.length === 0) return null;
  return (
    <div className={styles.group}>
      <Text as="h3" weight="semibold" block className={styles.heading}>
        {title} ({shown.length})
      </Text>
      <ul className={styles.list} aria-label={title}>
        {shown.map((item) => (
          <li key={item.id} className={styles.item} aria-label={item.item}>
            <span className={styles.text}>
              <Text className={styles.name}>{item.item}</Text>
              <Text size={200}>{detailsOf(item)}</Text>
            </span>
            <Text weight="semibold" className={styles.amount}>
              {money.item(item.amount)}
            </Text>
            <ItemActions item={item} onEdit={props.onEdit} onRemove={props.onRemove} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CostItemsList(props: CostItemsListProps) {
  const styles = useStyles();
  return (
    <div className={styles.group} role="group" aria-label="Cost and benefit items">
      <Group {...props} kind="Cost" />
      <Group {...props} kind="Benefit" />
    </div>
  );
}
