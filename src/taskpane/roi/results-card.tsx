// The headline figures: TCO, NPV, IRR, ROI, payback (plain and discounted). A figure that does
// not exist for these flows says why in words instead of showing an Excel error code. Each term
// and its figure share a line in the pane where they fit.
import { Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BusinessCaseResults } from "../../domain/roi";
import { type Result, isErrorValue } from "../../domain/values";
import { formatNumber, formatPercent } from "../format";
import { useMoney } from "../money/use-money";

const useStyles = makeStyles({
  facts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  // term and figure on one line where they fit, the figure under its term where they do not
  fact: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  // the card spaces its parts already
  heading: { margin: 0 },
  value: { margin: 0, marginLeft: "auto", textAlign: "end", overflowWrap: "anywhere" },
});

type Format = (value: number) => string;
const years: Format = (v) => `${formatNumber(v)} years`;

function show(value: Result<number>, format: Format, missing: string): string {
  return isErrorValue(value) ? missing : format(value);
}

export function ResultsCard(props: { results: BusinessCaseResults; horizonYears: number }) {
  const styles = useStyles();
  const money = useMoney();
  const { results: r, horizonYears } = props;
  const never = `Not paid back within ${horizonYears} years`;
  const rows: [string, string][] = [
    ["TCO (present value of costs)", show(r.tco, money.total, "Not available")],
    ["NPV", show(r.npv, money.total, "Not available")],
    ["IRR", show(r.irr, formatPercent, "None: the net flows never turn from negative to positive")],
    ["ROI", show(r.roi, formatPercent, "None: there are no costs to compare with")],
    ["Payback", show(r.payback, years, never)],
    ["Discounted payback", show(r.discountedPayback, years, never)],
  ];
  return (
    <Card aria-label="Results">
      <Subtitle2 as="h2" className={styles.heading}>
        Results
      </Subtitle2>
      <dl className={styles.facts}>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.fact}>
            <dt>
              <Text weight="semibold">{term}</Text>
            </dt>
            <dd className={styles.value} aria-label={term}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
