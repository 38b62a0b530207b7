// The customer's own columns from the sheet (City, Country, Website…), kept as custom fields:
// shown as plain text under their headers, in the sheet's order.
import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CustomFields } from "../../domain/records";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  value: { margin: 0 },
});

export function CustomFieldsList({ extra }: { extra?: CustomFields }) {
  const styles = useStyles();
  const entries = Object.entries(extra ?? {});
  if (entries.length === 0) return null;
  return (
    <section aria-label="More from your sheet">
      <Subtitle2 as="h3">More from your sheet</Subtitle2>
      <dl className={styles.list}>
        {entries.map(([key, value]) => (
          <div key={key} style={{ display: "contents" }}>
            <dt>
              <Text weight="semibold">{key}</Text>
            </dt>
            <dd className={styles.value}>
              <Text>{String(value)}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
