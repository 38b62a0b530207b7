// A contact list as people keep it: First + Last name columns, their own columns (City,
// Country, Website), numbered headers. Nothing the sheet holds is dropped.
import {
  type Customer,
  createSequentialIdGenerator,
  diffRecords,
  fieldCells,
  mapHeaders,
  parseTable,
  splitName,
  threeWayMerge,
} from "../../../src/domain/records";

const HEADERS = [
  "Index",
  "Customer Id",
  "First Name",
  "Last Name",
  "Company",
  "City",
  "Country",
  "Phone 1",
  "Phone 2",
  "Email",
  "Website",
];

const ROW = [
  1,
  "DD37Cf93aecA6Dc",
  "Sheryl",
  "Baxter",
  "Rasmussen Group",
  "East Leonard",
  "Chile",
  "229.077.5154",
  "397.884.0519x718",
  "zunigavanessa@example.org",
  "http://www.example.com/",
];

describe("a contact list with First and Last Name", () => {
  it("reads First + Last as one Name and keeps every other column as a custom field", () => {
    const mapping = mapHeaders(HEADERS, "customers");
    expect(mapping.columns.name).toBe(2);
    expect(mapping.joined.name).toEqual([2, 3]);
    expect(mapping.columns.phone).toBe(7);
    // the sheet's own customer IDs are the records' IDs
    expect(mapping.columns.id).toBe(1);
    expect(mapping.extras.map((i) => HEADERS[i])).toEqual([
      "Index",
      "City",
      "Country",
      "Phone 2",
      "Website",
    ]);
    const table = parseTable(
      "customers",
      { sheet: "People", headerRow: 1, headers: HEADERS, rows: [ROW] },
      {},
    );
    const sheryl = table.records.get("DD37Cf93aecA6Dc") as Customer;
    expect(sheryl.name).toBe("Sheryl Baxter");
    expect(sheryl.company).toBe("Rasmussen Group");
    expect(sheryl.extra).toEqual({
      Index: 1,
      City: "East Leonard",
      Country: "Chile",
      "Phone 2": "397.884.0519x718",
      Website: "http://www.example.com/",
    });
    expect(table.issues).toEqual([]);
  });

  it("keeps a name with one part blank, and a row with only a last name", () => {
    const table = parseTable(
      "customers",
      {
        sheet: "People",
        headerRow: 1,
        headers: ["Given name", "Surname", "Town"],
        rows: [
          ["  Zoë ", "", ""],
          ["", "Baxter", "Leeds"],
        ],
      },
      { newId: createSequentialIdGenerator() },
    );
    const people = [...table.records.values()];
    expect(people.map((c) => c.name)).toEqual(["Zoë", "Baxter"]);
    expect(people.map((c) => c.extra)).toEqual([undefined, { Town: "Leeds" }]);
  });

  it("joins two columns the user sends to Name, and leaves out what the user left out", () => {
    const mapping = mapHeaders(["Vorname", "Nachname", "Notizen intern"], "customers", {
      Vorname: "name",
      Nachname: "name",
      "Notizen intern": null,
    });
    expect(mapping.joined.name).toEqual([0, 1]);
    expect(mapping.extras).toEqual([]);
    expect(mapping.unmapped).toEqual(["Notizen intern"]);
  });

  it("keeps a column the user asked to keep as a custom field even if it looks like a field", () => {
    const mapping = mapHeaders(["Name", "Status"], "customers", { Status: "extra" as never });
    expect(mapping.columns.status).toBeUndefined();
    expect(mapping.extras).toEqual([1]);
  });

  it("keeps a second column for one field (Email 2) as a custom field, not a lost column", () => {
    const mapping = mapHeaders(["Name", "Email 1", "Email 2", "Email"], "customers");
    expect(mapping.columns.email).toBe(3);
    expect(mapping.extras.map((i) => mapping.headers[i])).toEqual(["Email 1", "Email 2"]);
  });

  it("names unnamed and repeated custom columns so none overwrites another", () => {
    const table = parseTable("customers", {
      sheet: "People",
      headerRow: 1,
      headers: ["ID", "Name", "", "Tag", "Tag"],
      rows: [["C-1", "Ada", "x", "a", "b"]],
    });
    expect(table.records.get("C-1")?.extra).toEqual({ "Column C": "x", Tag: "a", "Tag (2)": "b" });
  });
});

describe("writing people's fields back", () => {
  const mapping = mapHeaders(["ID", "First Name", "Middle name", "Last Name", "City"], "customers");

  it("splits an edited name over the part columns, the last word last", () => {
    expect(fieldCells(mapping, { id: "C-1", name: "Mary Ann Smith" }, "name")).toEqual([
      { column: 1, value: "Mary Ann" },
      { column: 2, value: "" },
      { column: 3, value: "Smith" },
    ]);
    expect(splitName("Cher", 2)).toEqual(["", "Cher"]);
  });

  it("writes a custom field to its own column, and has no cell for an unknown one", () => {
    const record = { id: "C-1", extra: { City: "Porto" } };
    expect(fieldCells(mapping, record, "extra.City")).toEqual([{ column: 4, value: "Porto" }]);
    expect(fieldCells(mapping, record, "extra.Region")).toBeUndefined();
  });
});

describe("custom fields in diffs and merges", () => {
  const base = { id: "C-1", name: "Ada", extra: { City: "Leeds", Country: "UK" } };

  it("diffs each custom field on its own", () => {
    const after = { ...base, extra: { City: "York", Country: "UK", Region: "North" } };
    expect(diffRecords(base, after)).toEqual([
      { field: "extra.City", before: "Leeds", after: "York" },
      { field: "extra.Region", before: undefined, after: "North" },
    ]);
  });

  it("merges a sheet edit of one custom field with a pane edit of another, no conflict", () => {
    const sheet = { ...base, extra: { City: "York", Country: "UK" } };
    const pane = { ...base, extra: { City: "Leeds", Country: "England" } };
    const merge = threeWayMerge(base, sheet, pane);
    expect(merge.conflicts).toEqual([]);
    expect(merge.toSheet).toEqual(["extra.Country"]);
    expect(merge.merged).toEqual({
      id: "C-1",
      name: "Ada",
      extra: { City: "York", Country: "England" },
    });
  });
});
