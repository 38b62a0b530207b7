// The first rows of a mapping preview exactly as they would be stored: each record's fields
// under CellCRM's names, then its own fields from the sheet, as plain text.
import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type CrmRecord, type RecordKind, schemaFor } from "../../domain/records";
import { fieldLabel, formatFieldValue } from "../field-format";
import { type MoneyStyle } from "../money/format-money";
import { useMoneyStyle } from "../money/money-context";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fields: {
    display: "grid",
    gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  value: { margin: 0 },
});

export function FirstRecords(props: { kind: RecordKind; records: readonly CrmRecord[] }) {
  const styles = useStyles();
  const money = useMoneyStyle();
  if (props.records.length === 0) return null;
  return (
    <section aria-label="First rows as they will be stored" className={styles.list}>
      <Text weight="semibold">First rows as they will be stored</Text>
      {props.records.map((record) => (
        <Card key={record.id} size="small" appearance="outline">
          <dl className={styles.fields}>
            {entriesOf(props.kind, record, money).map(([label, value]) => (
              <div key={label} style={{ display: "contents" }}>
                <dt>
                  <Text size={200} weight="semibold">
                    {label}
                  </Text>
                </dt>
                <dd className={styles.value}>
                  <Text size={200}>{value}</Text>
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      ))}
    </section>
  );
}

function entriesOf(kind: RecordKind, record: CrmRecord, money: MoneyStyle): [string, string][] {
  const values = record as unknown as Readonly<Record<string, unknown>>;
  const own = schemaFor(kind)
    .columns.filter((c) => c.field !== "id" && values[c.field] !== undefined)
    .map((c): [string, string] => [
      fieldLabel(kind, c.field),
      formatFieldValue(kind, c.field, values[c.field], money),
    ]);
  const extra = Object.entries(record.extra ?? {}).map(([k, v]): [string, string] => [
    k,
    String(v),
  ]);
  return [...own, ...extra];
}
