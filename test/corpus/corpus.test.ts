// Runs every corpus file through the add-in's domain pipeline (mapHeaders + parseTable, as the
// mapping preview and each sync do) and holds it to its row in expectations/: the mapping, the
// custom fields kept, records kept, issues by cell, date columns, sample records, duplicates.
// The files themselves are held to the generator, so a layout change shows up in review.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  type HeaderMapping,
  type ParsedTable,
  type RowIssue,
  createSequentialIdGenerator,
  findDuplicateCustomers,
  dateFromSerial,
  parseTable,
  unswapConvertedDate,
} from "../../src/domain/records";
import { CORPUS, type CorpusExpectation, type IssueKind } from "./expectations";
import { serial } from "./expectations/types";
import * as contacts from "./generator/contact-layouts";
import * as deals from "./generator/deal-layouts";
import { toCsv } from "./generator/sheet";
import { asEnUsExcelOpensIt, readCorpusFile } from "./read-corpus";

type Kind = CorpusExpectation["kind"];
/** What mapping carries once First + Last and custom fields land (issue 10). */
type Mapping = HeaderMapping<Kind> & {
  readonly joined?: Readonly<Record<string, readonly number[]>>;
  readonly extras?: readonly number[];
};

const ISSUE_KINDS: readonly (readonly [RegExp, IssueKind])[] = [
  [/table has no .* column/, "no column"],
  [/is already used on row/, "duplicate ID"],
  [/is not a date/, "date"],
  [/is not an e-mail address/, "email"],
  [/is not one of the stages/, "stage"],
  [/whole number/, "count"],
  [/is not a number/, "number"],
  [/has no /, "missing"],
];

function issueText(issue: RowIssue): string {
  const kind = ISSUE_KINDS.find(([pattern]) => pattern.test(issue.message))?.[1];
  return `${issue.address.split("!")[1]} ${kind ?? issue.message}`;
}

function read(e: CorpusExpectation) {
  const input = readCorpusFile(e.file, e.delimiter);
  const newId = createSequentialIdGenerator();
  const table = parseTable(e.kind, input, { ...e.options, newId }) as ParsedTable<Kind>;
  return { input, table, mapping: table.mapping as Mapping };
}

function fieldsByHeader(mapping: Mapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, index] of Object.entries(mapping.columns)) {
    for (const i of mapping.joined?.[field] ?? [index as number]) out[mapping.headers[i]!] = field;
  }
  return out;
}

function recordAt(table: ParsedTable<Kind>, row: number) {
  const id = [...table.rowOf].find(([, r]) => r === row)?.[0];
  return id === undefined ? undefined : table.records.get(id);
}

const title = (e: CorpusExpectation) =>
  `${e.file} as ${e.kind}${e.variant ? ` ${e.variant}` : ""} (${e.layout})`;

describe.each(CORPUS.map((e) => [title(e), e] as const))("%s", (_, e) => {
  const { input, table, mapping } = read(e);

  const disputed = new Set((e.regressions ?? []).map((r) => r.header));
  const extras = (mapping.extras ?? []).map((i) => input.headers[i]!);

  it("maps the headers as expected, keeping the other columns as custom fields", () => {
    const fields = Object.entries(fieldsByHeader(mapping)).filter(([h]) => !disputed.has(h));
    expect(Object.fromEntries(fields)).toEqual(e.mapping);
    const joined = Object.entries(mapping.joined ?? {})
      .filter(([, parts]) => parts.length > 1)
      .map(([field, parts]) => [field, parts.map((i) => input.headers[i])]);
    expect(Object.fromEntries(joined)).toEqual(e.joined ?? {});
    expect(extras.filter((h) => !disputed.has(h))).toEqual(e.extras);
  });

  // a known regression, reported: this test passes while the header is still mapped wrong
  for (const { header, wants } of e.regressions ?? []) {
    it.failing(`maps ${header} to ${wants} (regression, see the expectation's note)`, () => {
      const got = extras.includes(header) ? "custom field" : fieldsByHeader(mapping)[header];
      expect(got).toBe(wants);
    });
  }

  it("keeps the expected records and names every issue by its cell", () => {
    expect(input.rows.length).toBe(e.rows);
    expect(table.records.size).toBe(e.kept);
    expect(table.issues.map(issueText)).toEqual(e.issues);
  });

  it("reads each date column in the expected order", () => {
    const readings = Object.entries(table.dateOrders).map(([field, reading]) => {
      const from = { column: "from column", default: "by default", user: "by the user" };
      return [field, `${reading!.readAs} ${from[reading!.from]}`];
    });
    expect(Object.fromEntries(readings)).toEqual(e.dates ?? {});
  });

  const samples = Object.entries(e.samples ?? {});
  if (samples.length > 0) {
    it.each(samples)("gives the expected record for row %s", (row, want) => {
      const record = recordAt(table, Number(row));
      if (want === "waits") return void expect(record).toBeUndefined();
      const entries = Object.entries(want);
      expect(record).toMatchObject(Object.fromEntries(entries.filter(([, v]) => v !== undefined)));
      // a field the expectation says is empty is absent from the record, as blanks are
      for (const [field] of entries.filter(([, v]) => v === undefined)) {
        expect(record).not.toHaveProperty(field);
      }
    });
  }

  if (e.duplicateRows) {
    it("finds the same person twice", () => {
      const customers = [...table.records.values()] as Parameters<typeof findDuplicateCustomers>[0];
      const groups = findDuplicateCustomers(customers).map((g) =>
        g.ids.map((id) => table.rowOf.get(id)),
      );
      expect(groups).toEqual(e.duplicateRows);
    });
  }
});

describe("customers-100-uk.csv opened by double-click in en-US Excel", () => {
  // Excel converts the text before any add-in sees it: 11/05/2022 becomes 5 November, while
  // 24/08/2020 stays text and is read day-first. The text proves the column day-first, so the
  // converted serials are read back swapped (unswapConvertedDate), and the preview says how many.
  // The workbench's Open workbook… converts a .csv the same way (src/workbench/xlsx/read-csv.ts).
  const input = asEnUsExcelOpensIt(readCorpusFile("customers-100-uk.csv"));
  const table = parseTable("customers", input, { newId: createSequentialIdGenerator() });
  const created = (row: number) => recordAt(table as ParsedTable<Kind>, row)?.["created" as never];

  it("reads the day-first text and the dates Excel converted month-first both day-first", () => {
    const converted = input.rows.filter((row) => typeof row[10] === "number");
    expect(converted.length).toBe(44); // every DD/MM date with a day of 12 or less
    const swapped = converted.filter((row) => unswapConvertedDate(row[10] as number)).length;
    expect(table.dateOrders.created).toMatchObject({
      readAs: "dmy",
      dayFirstOnly: 56,
      either: 0,
      unswapped: swapped,
    });
    // the others are day = month (05/05/2021), the same date either way
    const same = converted.filter((row) => !unswapConvertedDate(row[10] as number));
    const dayIsMonth = (s: number) => dateFromSerial(s).day === dateFromSerial(s).month;
    expect(same.every((row) => dayIsMonth(row[10] as number))).toBe(true);
    expect(created(2)).toBe(serial(2020, 8, 24));
    expect(created(3)).toBe(serial(2022, 5, 11)); // 11/05/2022 as the user meant it
  });
});

describe("the corpus files", () => {
  const layouts = [...Object.values(contacts), ...Object.values(deals)].filter(
    (f): f is () => ReturnType<typeof contacts.customers100Uk> => typeof f === "function",
  );

  it.each(layouts.map((build) => [build().file, build] as const))(
    "%s is what the generator writes",
    (file, build) => {
      expect(readFileSync(join(__dirname, "files", file), "utf8")).toBe(toCsv(build()));
    },
  );

  it("stay small and are all in the expectations table", () => {
    const files = layouts.map((build) => build().file);
    const total = files.reduce((sum, f) => sum + statSync(join(__dirname, "files", f)).size, 0);
    expect(total).toBeLessThan(300_000);
    expect(new Set(CORPUS.map((e) => e.file))).toEqual(new Set(files));
  });
});
