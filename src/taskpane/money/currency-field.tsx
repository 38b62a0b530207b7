// The settings' currency: automatic (what the money columns' formats or the language suggest)
// or one chosen for every co-author of the workbook, from the common currencies. Each code is
// shown with its name ("EUR — Euro") in the user's language.
import { Field, Select, makeStyles } from "@fluentui/react-components";
import { currencyChoices } from "../../domain/money";
import { useMoneyStyle } from "./money-context";

const useStyles = makeStyles({
  // a grid item is as wide as its longest option otherwise, past the card's edge at 320 px
  fit: { minWidth: 0, maxWidth: "100%" },
});

const names = new Map<string, string>();

function currencyName(code: string): string {
  let name = names.get(code);
  if (name === undefined) names.set(code, (name = displayName(code)));
  return name;
}

function displayName(code: string): string {
  try {
    const name = new Intl.DisplayNames(undefined, { type: "currency" }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}

export function CurrencyField(props: { value: string; onChange: (code: string) => void }) {
  const styles = useStyles();
  const money = useMoneyStyle();
  const automatic =
    money.source === "setting" ? "Automatic" : `Automatic (now ${currencyName(money.currency)})`;
  return (
    <Field label="Currency" hint="Money in every view is shown in this currency">
      <Select
        className={styles.fit}
        select={{ className: styles.fit }}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      >
        <option value="">{automatic}</option>
        {currencyChoices([props.value, money.currency]).map((code) => (
          <option key={code} value={code}>
            {currencyName(code)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
