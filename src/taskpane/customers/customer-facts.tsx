// The customer's headline figures on the card: value segment and RFM code, value score, total
// spend, open and weighted pipeline, CLV (with its assumptions) and last contact.
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type CustomerView, DEFAULT_CLV_ASSUMPTIONS as CLV } from "../../domain/activity";
import { isErrorValue } from "../../domain/values";
import { formatNumber, formatPercent, formatSerialDate } from "../format";
import { useMoney } from "../money/use-money";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
});

function Fact(props: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt>
        <Text weight="semibold">{props.term}</Text>
      </dt>
      <dd style={{ margin: 0 }}>{props.children}</dd>
    </>
  );
}

export function CustomerFacts({ view }: { view: CustomerView }) {
  const styles = useStyles();
  const money = useMoney();
  const rfm = view.rfm;
  return (
    <dl className={styles.facts}>
      <Fact term="Segment">
        {isErrorValue(rfm) ? (
          <Text>Not scored: {rfm.message ?? rfm.code}</Text>
        ) : (
          <>
            <Badge appearance="tint">{rfm.segment}</Badge>{" "}
            <Text>
              RFM {rfm.code} · score {formatNumber(rfm.score)}
            </Text>
          </>
        )}
      </Fact>
      <Fact term="Total spend">{money.total(view.totalSpend)}</Fact>
      <Fact term="Open deals">
        {view.openDeals.length} · {money.total(view.openTotal)} (weighted{" "}
        {money.total(view.openWeighted)})
      </Fact>
      <Fact term="Won">
        {view.wonDeals.length} · {money.total(view.wonTotal)}
      </Fact>
      <Fact term="Lifetime value">
        {isErrorValue(view.clv) ? (view.clv.message ?? view.clv.code) : money.total(view.clv)}
        <Text size={200}>
          {" "}
          (assumes {formatPercent(CLV.marginRate)} margin, {formatPercent(CLV.retention)} retention,{" "}
          {formatPercent(CLV.discountRate)} discount)
        </Text>
      </Fact>
      <Fact term="Last contact">{formatSerialDate(view.lastContact)}</Fact>
    </dl>
  );
}
