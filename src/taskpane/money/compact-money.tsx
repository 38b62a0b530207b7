// A compact amount ("$1.2M") where space is short, with the full figure on hover and on
// keyboard focus (a Fluent tooltip that also describes it to screen readers).
import { Tooltip } from "@fluentui/react-components";
import { useMoney } from "./use-money";

export function CompactMoney({ value }: { value: number }) {
  const money = useMoney();
  const short = money.compact(value);
  const full = money.total(value);
  if (short === full) return <span>{full}</span>;
  return (
    <Tooltip content={full} relationship="description" withArrow>
      <span tabIndex={0}>{short}</span>
    </Tooltip>
  );
}
