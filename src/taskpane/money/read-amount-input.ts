// Amounts and percentages typed in the pane's inputs, read by the same parser the sync uses
// for money cells ("$500", "500 €", "1.200,50 €", "1,200.50", "(300)"), and when it cannot
// read them a sentence naming the field: Amount: "abc" is not an amount.
import { parseMoneyText } from "../../domain/records";

export type InputReading =
  | { readonly ok: true; readonly value: number | undefined }
  | { readonly ok: false; readonly problem: string };

export interface AmountRules {
  /** Accounting negatives "(300)" and "-300" (a benefit shortfall, a refund). */
  readonly negative?: boolean;
  readonly required?: boolean;
  /** Decides a lone "1.200"; the user's locale's when not given (see decimalSeparatorOf). */
  readonly decimalSeparator?: "." | ",";
}

export function readAmountInput(
  label: string,
  text: string,
  rules: AmountRules = {},
): InputReading {
  const typed = text.trim();
  if (typed === "") return blank(label, rules.required, "an amount, e.g. 1200");
  const n = parseMoneyText(typed, rules.decimalSeparator ?? userSeparator());
  if (n === undefined) {
    return problem(
      `${label}: “${typed}” is not an amount. Type it as 1200, $1,200.50 or 1.200,50 €.`,
    );
  }
  if (n < 0 && !rules.negative)
    return problem(`${label}: “${typed}” is below zero. Type an amount of 0 or more.`);
  return { ok: true, value: n };
}

export interface PercentRules {
  readonly min?: number;
  readonly max?: number;
  readonly required?: boolean;
  readonly decimalSeparator?: "." | ",";
}

/** "12%" and "12" both mean 12% (the field is in percent); the value is the fraction 0.12. */
export function readPercentInput(
  label: string,
  text: string,
  rules: PercentRules = {},
): InputReading {
  const { min = 0, max = 100 } = rules;
  const typed = text.trim();
  if (typed === "") return blank(label, rules.required, "a percentage, e.g. 12%");
  const n = parseMoneyText(typed.replace(/\s*%$/, ""), rules.decimalSeparator ?? userSeparator());
  if (n === undefined || /[^\d\s.,%+\-−()'’]/.test(typed)) {
    return problem(`${label}: “${typed}” is not a percentage. Type it as 12 or 12%.`);
  }
  if (n < min || n > max) return problem(`${label}: ${typed} is outside ${min}–${max}%.`);
  return { ok: true, value: n / 100 };
}

/** The decimal separator of a locale (the user's when undefined): "," for "de-DE". */
export function decimalSeparatorOf(locale?: string): "." | "," {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal");
  return part?.value === "," ? "," : ".";
}

let separator: "." | "," | undefined;
function userSeparator(): "." | "," {
  return (separator ??= decimalSeparatorOf());
}

function blank(label: string, required: boolean | undefined, example: string): InputReading {
  return required ? problem(`${label}: type ${example}.`) : { ok: true, value: undefined };
}

function problem(text: string): InputReading {
  return { ok: false, problem: text };
}
