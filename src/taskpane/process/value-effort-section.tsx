// Customers by value against effort: how many fall in each quadrant, and by name the gold ones
// (high value, little effort) and the high-maintenance, low-margin ones (much effort, low value).
import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type CustomerValueEffort, QUADRANTS, type Quadrant } from "../../domain/analytics";
import { useMoney } from "../money/use-money";

const NAMED = 5;

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  names: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { overflowWrap: "anywhere" },
});

function nameOf({ customer: c }: CustomerValueEffort): string {
  return c.name ?? c.company ?? c.email ?? c.id;
}

function Named({ title, rows }: { title: string; rows: readonly CustomerValueEffort[] }) {
  const styles = useStyles();
  const money = useMoney();
  return (
    <div>
      <Text as="h3" block weight="semibold">
        {title} ({rows.length})
      </Text>
      {rows.length === 0 ? (
        <Text as="p" block>
          None.
        </Text>
      ) : (
        <ul className={styles.names}>
          {rows.slice(0, NAMED).map((r) => (
            <li key={r.customer.id}>
              <Text className={styles.text}>
                {nameOf(r)} — {money.total(r.value)} value · {r.effort} activities
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ValueEffortSection({ rows }: { rows: readonly CustomerValueEffort[] }) {
  const styles = useStyles();
  const of = (q: Quadrant) => rows.filter((r) => r.quadrant === q);
  return (
    <section aria-label="Customers by value and effort">
      <Subtitle2 as="h2" block>
        Customers by value and effort
      </Subtitle2>
      <Text as="p" block size={200}>
        Value = total spend (else won deals); effort = activities logged. Each is high above the
        median.
      </Text>
      <ul className={styles.counts} aria-label="Customers per quadrant">
        {QUADRANTS.map((q) => (
          <li key={q}>
            <Text size={200}>
              {q}: {of(q).length}
            </Text>
          </li>
        ))}
      </ul>
      <Named title="Gold customers" rows={of("Gold")} />
      <Named title="High-maintenance, low-margin" rows={of("High-maintenance, low-margin")} />
    </section>
  );
}
