// The cost and benefit items, costs first, each kind by category in the Costs sheet's order,
// with an Edit button per item.
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { type CostItem, categoriesFor } from "../../domain/records";
import { formatNumber } from "../format";

const COLUMNS = ["Item", "Category", "Frequency", "Amount", "Initiative", ""] as const;

function byKindAndCategory(a: CostItem, b: CostItem): number {
  if (a.kind !== b.kind) return a.kind === "Cost" ? -1 : 1;
  const rank = (i: CostItem) => {
    const at = categoriesFor(i.kind).indexOf(i.category ?? "Other");
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return rank(a) - rank(b);
}

export function CostItemsTable(props: {
  items: readonly CostItem[];
  onEdit: (item: CostItem) => void;
}) {
  const sorted = [...props.items].sort(byKindAndCategory);
  return (
    <Table aria-label="Cost and benefit items" size="small">
      <TableHeader>
        <TableRow>
          {COLUMNS.map((c) => (
            <TableHeaderCell key={c}>{c}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((item) => (
          <TableRow key={item.id}>
            <TableCell>
              {item.kind === "Cost" ? "Cost" : "Benefit"}: {item.item}
            </TableCell>
            <TableCell>{item.category ?? "Other"}</TableCell>
            <TableCell>{item.frequency}</TableCell>
            <TableCell>{formatNumber(item.amount)}</TableCell>
            <TableCell>{item.initiative ?? "Shared"}</TableCell>
            <TableCell>
              <Button
                size="small"
                aria-label={`Edit ${item.item}`}
                onClick={() => props.onEdit(item)}
              >
                Edit
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
