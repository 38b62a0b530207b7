// Reads one sheet row into a record. Every cell that cannot be read becomes an issue naming the
// cell (never a silent zero). Nothing is held back for it: the record is kept with that field
// empty (the sheet keeps the text; the issue quotes it). Only a row that cannot be a record —
// a required field missing or unreadable, a failed row check — yields no record, with all its
// issues. A blank row is skipped without issues. A row without an ID gets one from its minter
// (assignedId) to be written back, or waits for its author (no record yet). Columns no field
// takes come along as custom fields.

import type { CellValue } from "../values";
import type { ParseOptions } from "./parse-options";
import { type RowValues, RECORD_CHECKS } from "./check-record";
import { readCustomFields } from "./custom-fields";
import { headerOfField, issueAtField } from "./locate-issue";
import { joinNameParts } from "./name-parts";
import { newId } from "./new-id";
import { parseCell } from "./parse-cell";
import type { FieldOf, RecordOf } from "./records";
import type { RecordKind } from "./record-kind";
import { type RowContext, isFormula } from "./row-context";
import { type RowIssue, hasErrors, showCell } from "./row-issue";
import { schemaFor } from "./table-schemas";

export interface ParsedRow<K extends RecordKind = RecordKind> {
  /** Undefined when the row is blank or has an error. */
  readonly record?: RecordOf<K>;
  readonly issues: readonly RowIssue[];
  readonly blank: boolean;
  /** The ID minted because the row's ID cell was blank; write it back to the sheet. */
  readonly assignedId?: string;
  /** Fields whose cell holds a formula: computed in the sheet, so edits must not overwrite it. */
  readonly formulaFields: readonly FieldOf<K>[];
}

export function parseRow<K extends RecordKind>(
  kind: K,
  cells: readonly CellValue[],
  context: RowContext<K>,
): ParsedRow<K> {
  if (cells.every(isBlankCell)) return { issues: [], blank: true, formulaFields: [] };
  const { values, issues, failed, formulaFields } = readCells(kind, cells, context);
  const missing = missingRequired(kind, values, failed, context);
  const header = (field: string) => headerOfField(context, field);
  const findings = RECORD_CHECKS[kind](values, header).map((f) =>
    issueAtField(context, f.field, f.message, f.severity),
  );
  issues.push(...missing, ...findings);
  // a group is met by any one readable field: a bad e-mail beside a name still identifies
  const unmet = schemaFor(kind).required.some((group) =>
    group.every((f) => values[f] === undefined),
  );
  const unusable = unmet || hasErrors(findings);
  if (unusable) return { issues, blank: false, formulaFields };
  if (values.id !== undefined) {
    return { record: values as unknown as RecordOf<K>, issues, blank: false, formulaFields };
  }
  const assignedId = (context.newId ?? newId)(kind, cells);
  // the row's author writes its ID; until it appears the row is not a record here
  if (assignedId === undefined) return { issues, blank: false, formulaFields };
  const record = Object.assign({ id: assignedId }, values) as unknown as RecordOf<K>;
  return { record, issues, blank: false, assignedId, formulaFields };
}

function readCells<K extends RecordKind>(
  kind: K,
  cells: readonly CellValue[],
  context: RowContext<K>,
) {
  const values: RowValues = {};
  const issues: RowIssue[] = [];
  const failed = new Set<string>();
  const formulaFields: FieldOf<K>[] = [];
  for (const { field, type } of schemaFor(kind).columns) {
    const index = context.mapping.columns[field];
    if (index === undefined) continue;
    const parts = context.mapping.joined[field];
    const raw = parts ? joinNameParts(parts.map((i) => cells[i])) : cells[index];
    if (
      context.formulas &&
      (parts ?? [index]).some((i) => isFormula(context.formulas?.[i], cells[i]))
    )
      formulaFields.push(field);
    const options = cellOptions(context, field, type);
    const result = parseCell(type, raw, options);
    const header = context.mapping.headers[index];
    if (!result.ok) {
      failed.add(field);
      issues.push(
        issueAtField(context, field, `${header} "${showCell(raw)}" ${result.problem}`, "error"),
      );
    } else {
      if (result.warning) issues.push(issueAtField(context, field, result.warning, "warning"));
      if (result.value !== undefined) values[field] = result.value;
    }
  }
  if (context.mapping.extras.length > 0) {
    const extra = readCustomFields(context.mapping, cells);
    if (extra !== undefined) values.extra = extra;
  }
  return { values, issues, failed, formulaFields };
}

/**
 * The cell's options: the row's, with the column's own date order or decimal mark where it has
 * one. Built once per field for all the rows of one parse (the last one's inputs are kept):
 * spreading the row context per cell cost a third of a 100,000-row parse.
 */
function cellOptions<K extends RecordKind>(
  context: RowContext<K>,
  field: string,
  type: string,
): ParseOptions {
  const source = context as unknown as RowContext;
  let entry = cached;
  if (!entry || !sameSource(entry.from, source))
    cached = entry = { from: source, byField: new Map() };
  let options = entry.byField.get(field);
  if (options === undefined) {
    options = optionsFor(source, field, type);
    entry.byField.set(field, options);
  }
  return options;
}

let cached: { from: RowContext; byField: Map<string, ParseOptions> } | undefined;

function sameSource(a: RowContext, b: RowContext): boolean {
  return (
    a.mapping === b.mapping &&
    a.dateOrder === b.dateOrder &&
    a.dateOrders === b.dateOrders &&
    a.unswapDates === b.unswapDates &&
    a.decimalSeparator === b.decimalSeparator &&
    a.decimalSeparators === b.decimalSeparators &&
    a.stages === b.stages &&
    a.stageAliases === b.stageAliases
  );
}

function optionsFor(context: RowContext, field: string, type: string): ParseOptions {
  const base: ParseOptions = {
    dateOrder: context.dateOrder,
    decimalSeparator: context.decimalSeparator,
    stages: context.stages,
    stageAliases: context.stageAliases,
  };
  if (type === "date") {
    const order = context.dateOrders?.[field] ?? context.dateOrder;
    return { ...base, dateOrder: order, unswapSerials: context.unswapDates?.has(field) ?? false };
  }
  const mark = context.decimalSeparators?.[field] ?? context.decimalSeparator;
  return { ...base, decimalSeparator: mark };
}

function missingRequired<K extends RecordKind>(
  kind: K,
  values: RowValues,
  failed: ReadonlySet<string>,
  context: RowContext<K>,
): RowIssue[] {
  const schema = schemaFor(kind);
  const unmet = schema.required.filter((group) =>
    group.every((f) => values[f] === undefined && !failed.has(f)),
  );
  return unmet.map((group) => {
    const names = listWords(group.map((f) => headerOfField(context, f)));
    const at = group.find((f) => context.mapping.columns[f] !== undefined);
    return issueAtField(context, at, `This ${schema.noun} has no ${names}`, "error");
  });
}

/** "Name, Company or Email". */
function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

function isBlankCell(value: CellValue): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}
