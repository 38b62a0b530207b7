// "Leads / opportunities": one sheet of leads becomes customers and deals in one step. Each
// row's person is a customer — one per person, found again by e-mail, then by company + name,
// among the CRM's customers and earlier rows — and each row is a deal linked to that customer,
// named after its company (or person), its stage word mapped to a configured stage. The sheet
// itself is only read.
import {
  type Customer,
  type CustomHeaderMap,
  type Deal,
  type FieldOf,
  type IdGenerator,
  type RowIssue,
  type TableInput,
  mapHeaders,
  parseTable,
} from "../records";
import { type StageDefinition, normalizeStageName } from "../pipeline/default-stages";
import { CustomerMatcher } from "./customer-matcher";
import { suggestStage } from "./suggest-stage";
import { type StageValue, stageValues } from "./stage-values";

export interface LeadImportOptions {
  readonly stages: readonly StageDefinition[];
  /** The user's choice per stage word (normalizeStageName) → stage; others take the suggestion. */
  readonly stageMap?: Readonly<Record<string, string>>;
  /** The CRM's live customers, so a lead already there is linked, not added twice. */
  readonly existing?: readonly Customer[];
  readonly newId?: IdGenerator;
  readonly customHeaders?: CustomHeaderMap<"customers">;
}

export interface StageWord extends StageValue {
  /** The configured stage its deals go to. */
  readonly stage: string;
}

export interface LeadImportPlan {
  /** Customers to add (IDs minted), in sheet order. */
  readonly customers: readonly Customer[];
  /** Rows whose person is already a CRM customer or an earlier row (linked, not added). */
  readonly linked: number;
  readonly deals: readonly Deal[];
  /** The stage column's header, when the sheet has one. */
  readonly stageHeader?: string;
  /** The stage column's distinct words, each with its count and the stage it goes to. */
  readonly stageWords: readonly StageWord[];
  /** Non-blank rows that name nobody (no name, company or e-mail): they are not imported. */
  readonly waiting: number;
  readonly issues: readonly RowIssue[];
}

/** What a lead row's deal takes from the sheet besides its customer and stage. */
const DEAL_COLUMNS: readonly FieldOf<"deals">[] = [
  "amount",
  "probability",
  "expectedClose",
  "owner",
  "nextStep",
  "lastActivity",
  "created",
];
const TITLE = "CellCRM deal";
const STAGE = "CellCRM stage";

export function planLeadImport(input: TableInput, options: LeadImportOptions): LeadImportPlan {
  const dealColumns = mapHeaders(input.headers, "deals").columns;
  const stageColumn = dealColumns.stage;
  const stageCells = input.rows.map((row) => (stageColumn === undefined ? "" : row[stageColumn]));
  const stageOf = (word: unknown) => {
    const text = word === null || word === undefined ? "" : String(word).trim();
    return options.stageMap?.[normalizeStageName(text)] ?? suggestStage(text, options.stages);
  };
  const personColumns = mapHeaders(input.headers, "customers").columns as Record<string, number>;
  const dealOnly = DEAL_COLUMNS.map((f) => dealColumns[f]).filter(
    (i): i is number => i !== undefined && !Object.values(personColumns).includes(i),
  );
  const onlyPeople = leaveOut(input.headers, [
    ...(stageColumn === undefined ? [] : [stageColumn]),
    ...dealOnly,
  ]);
  const people = parseTable("customers", input, {
    stages: options.stages,
    newId: options.newId,
    customHeaders: { ...onlyPeople, ...options.customHeaders },
  });
  const matcher = new CustomerMatcher(options.existing ?? []);
  const ownerOf = new Map<number, Customer>();
  for (const [id, person] of people.records) {
    ownerOf.set(people.rowOf.get(id) ?? 0, matcher.find(person) ?? matcher.add(person));
  }
  const deals = parseTable(
    "deals",
    withDealCells(input, (i) => {
      const customer = ownerOf.get(input.headerRow + 1 + i);
      return customer ? [titleOf(customer), stageOf(stageCells[i])] : ["", ""];
    }),
    { stages: options.stages, newId: options.newId, customHeaders: dealHeaders(input.headers) },
  );
  const linkedDeals = [...deals.records.values()].map((deal) => {
    const customer = ownerOf.get(deals.rowOf.get(deal.id) ?? 0) as Customer;
    const link = { customerId: customer.id, customer: customer.company ?? customer.name };
    return Object.assign({}, deal, link) as Deal;
  });
  return {
    customers: matcher.added,
    linked: people.records.size - matcher.added.length,
    deals: linkedDeals,
    stageHeader: stageColumn === undefined ? undefined : input.headers[stageColumn],
    // the words of the rows that become deals: a blank row, or one naming nobody, has no stage
    stageWords: stageValues(stageCells.filter((_, i) => ownerOf.has(input.headerRow + 1 + i))).map(
      (v) => ({ ...v, stage: stageOf(v.value) }),
    ),
    waiting: nonBlankRows(input) - people.records.size,
    issues: [...people.issues, ...deals.issues.filter((i) => ownerOf.has(i.row))],
  };
}

function titleOf(customer: Customer): string {
  return customer.company ?? customer.name ?? customer.email ?? customer.id;
}

/** The sheet with two more columns: the deal's name and its mapped stage. */
function withDealCells(
  input: TableInput,
  cellsOf: (rowIndex: number) => [string, string],
): TableInput {
  return {
    ...input,
    headers: [...input.headers, TITLE, STAGE],
    rows: input.rows.map((row, i) => [...row, ...cellsOf(i)]),
    formulas: undefined,
  };
}

/** Deals read only their own columns (amount, close date…), the title and the mapped stage. */
function dealHeaders(headers: readonly string[]): CustomHeaderMap<"deals"> {
  const mapping = mapHeaders(headers, "deals");
  const keep = new Set(DEAL_COLUMNS.map((f) => mapping.columns[f]));
  const map: Record<string, FieldOf<"deals"> | null> = {};
  headers.forEach((header, index) => {
    if (!keep.has(index)) map[header] = null;
  });
  return { ...map, [TITLE]: "title", [STAGE]: "stage" };
}

/** A customers map that leaves out the given columns (the stage word, amount… are the deal's). */
function leaveOut(headers: readonly string[], columns: readonly number[]) {
  const map: Record<string, null> = {};
  for (const index of columns) map[headers[index]] = null;
  return map as CustomHeaderMap<"customers">;
}

function nonBlankRows(input: TableInput): number {
  return input.rows.filter((row) => row.some((c) => c !== null && String(c).trim() !== "")).length;
}
