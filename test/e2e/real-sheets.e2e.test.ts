// Issue 10 in Chromium, as a new user would do it: open the contact list or leads export they
// already have (a CSV, through "Open workbook…"), map it in Get started with what CellCRM
// detects, and find their people, dates and own columns in the pane; import a leads sheet as
// customers + deals with its stage words mapped in one list; be asked before a second import
// adds anything; and log an activity right after mapping only Customers.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Papa from "papaparse";
import type { Locator, Page } from "playwright-core";
import { openWorkbench, paneFrame, paneOf } from "./support/browser";
import { eventually, openView, saveShot, sheetValues } from "./support/pane-flow";
import { storeRows } from "./support/pane-store";
import { workbenchSuite } from "./support/suite";

const CORPUS = join(__dirname, "..", "corpus", "files");
const CONTACTS = join(CORPUS, "customers-100-uk.csv");
const LEADS = join(CORPUS, "leads-100.csv");
const DEALS = join(CORPUS, "pipeline-de.csv");

type CsvRow = Record<string, string>;

/** The corpus file as a user's own CSV: header → cell text, blank lines dropped. */
function readCsv(file: string): CsvRow[] {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: "greedy" });
  return parsed.data.filter((row) => Object.values(row).some((v) => v.trim() !== ""));
}

/** Excel's serial number of a calendar date (what the store keeps for a date field). */
function serial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

interface StoredCustomer {
  id: string;
  name?: string;
  company?: string;
  email?: string;
  created?: number;
  extra?: Record<string, unknown>;
  deleted?: number;
}
interface StoredDeal {
  id: string;
  customerId?: string;
  stage: string;
  deleted?: number;
}
interface StoredActivity {
  id: string;
  customerId: string;
  summary?: string;
  deleted?: number;
}

const suite = workbenchSuite();
let page: Page;
let pane: Locator;
beforeEach(() => {
  page = suite.page;
  pane = paneOf(page);
});

async function live<T extends { deleted?: number }>(table: string): Promise<T[]> {
  return (await storeRows<T>(page, table)).filter((r) => r.deleted === undefined);
}

/** An empty workbook, then the user's CSV through the grid's "Open workbook…". */
async function openCsv(file: string, query = "?empty=1"): Promise<string> {
  await openWorkbench(page, suite.origin, query);
  await page.getByTestId("open-workbook-input").setInputFiles(file);
  await page
    .getByRole("status")
    .filter({ hasText: `Opened ${basename(file)}` })
    .waitFor();
  // the pane starts afresh on the new workbook, as Excel gives each workbook its own runtime
  await pane.getByRole("tablist", { name: "CellCRM views" }).waitFor();
  return basename(file, ".csv");
}

/** Get started → Map my existing sheet → the sheet; returns the mapping card. */
async function mapSheet(source: string): Promise<Locator> {
  await openView(pane, "Get started");
  await pane.getByRole("button", { name: "Map my existing sheet" }).click();
  const card = pane.getByRole("group", { name: "Map my existing sheet" });
  await card.getByLabel("Sheet or table").selectOption({ label: source });
  return card;
}

async function selectedText(select: Locator): Promise<string> {
  return select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
}

/** The pane's own medium date of a serial date, in the pane's locale. */
function paneDate(value: number): Promise<string> {
  return paneFrame(page).evaluate(
    (ms) => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }).format(ms),
    (value - 25_569) * 86_400_000,
  );
}

async function expectNoSideways(): Promise<void> {
  const overflow = await pane.evaluate((root) => root.scrollWidth - root.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The contact list mapped with the detected mapping, applied and synced (100 customers). */
async function mapContactList(): Promise<Locator> {
  const sheet = await openCsv(CONTACTS, "?empty=1&pane=320");
  const card = await mapSheet(`Sheet ${sheet}`);
  const use = card.getByLabel("Use it as");
  await expect(selectedText(use)).resolves.toBe("Customers");
  await card.getByRole("list", { name: "Column mapping" }).waitFor();
  return card;
}

async function applyMapping(card: Locator): Promise<void> {
  await card.getByRole("button", { name: "Use this mapping…" }).click();
  await card.getByRole("button", { name: "Apply" }).click();
  await card.getByText(/^Mapped\./).waitFor({ timeout: 30_000 });
  const synced = await eventually(async () => (await live<StoredCustomer>("customers")).length);
  expect(synced).toBe(100);
}

async function openCustomer(search: string, name: string): Promise<Locator> {
  await openView(pane, "Customers");
  await pane.getByRole("searchbox").fill(search);
  await pane
    .getByRole("button", { name: new RegExp(`^${name} · `) })
    .first()
    .click();
  const card = pane.getByRole("group", { name: `Customer ${name}` });
  await card.getByRole("heading", { name }).waitFor();
  return card;
}

/** The value beside a term in a <dl> of the pane. */
function definition(list: Locator, term: string): Locator {
  return list
    .locator("dt", { hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

it("maps a UK contact list with the detected mapping: full names, day-first dates, own columns", async () => {
  const rows = readCsv(CONTACTS);
  expect(rows).toHaveLength(100);
  const card = await mapContactList();

  // First + Last Name are joined into Name; City, Country… are kept as the record's own fields
  for (const header of ["First Name", "Last Name"]) {
    await expect(selectedText(card.getByLabel(`Field for ${header}`))).resolves.toBe("Name");
  }
  for (const header of ["City", "Country", "Website", "Phone 2"]) {
    await expect(selectedText(card.getByLabel(`Field for ${header}`))).resolves.toBe(
      "Keep as its own field",
    );
  }
  await expect(selectedText(card.getByLabel("Field for Subscription Date"))).resolves.toBe(
    "Created",
  );
  // nothing held back: every row is kept, the unreadable cells are issues
  await card.getByText(/^100 rows · 100 kept · \d+ with issues/).waitFor();
  await card
    .getByRole("list", { name: "How dates are read" })
    .getByText(/^Subscription Date: read day-first \(DD\/MM\)/)
    .waitFor();

  // the preview shows the first rows as they will be stored
  const preview = card.getByRole("region", { name: "First rows as they will be stored" });
  const [zoe, jose] = [preview.getByRole("group").nth(0), preview.getByRole("group").nth(1)];
  await expect(definition(zoe, "Name").textContent()).resolves.toBe("Zoë Ashdown");
  await expect(definition(zoe, "Created").textContent()).resolves.toBe(
    await paneDate(serial(2020, 8, 24)),
  );
  await expect(definition(zoe, "City").textContent()).resolves.toBe("Port Kessing");
  await expect(definition(jose, "Name").textContent()).resolves.toBe("José Núñez");
  // 11/05/2022 in a day-first column is 11 May 2022, not 5 November
  await expect(definition(jose, "Created").textContent()).resolves.toBe(
    await paneDate(serial(2022, 5, 11)),
  );
  await expectNoSideways();
  await saveShot(page, "real-sheets-contacts-mapping.png");

  await applyMapping(card);
  const stored = await live<StoredCustomer>("customers");
  const byName = (name: string) => stored.find((c) => c.name === name);
  expect(byName("Zoë Ashdown")?.created).toBe(serial(2020, 8, 24)); // day > 12
  expect(byName("José Núñez")?.created).toBe(serial(2022, 5, 11)); // ambiguous, read day-first
  expect(byName("Zoë Ashdown")?.extra).toMatchObject({ City: "Port Kessing", Country: "Ireland" });

  // found by surname, full name on the card, City and Country under "More from your sheet"
  await openView(pane, "Customers");
  await pane.getByRole("searchbox").fill("Ashdown");
  const ashdowns = rows.filter((r) => r["Last Name"] === "Ashdown");
  for (const r of ashdowns) {
    await pane
      .getByRole("button", { name: new RegExp(`^${r["First Name"]} Ashdown · ${r.Company}`) })
      .waitFor();
  }
  const customer = await openCustomer("Ashdown", "Zoë Ashdown");
  await customer.getByText("Tidewater Joinery S.L. · zoe.ashdown@example.com").waitFor();
  const more = customer.getByRole("region", { name: "More from your sheet" });
  await expect(definition(more, "City").textContent()).resolves.toBe("Port Kessing");
  await expect(definition(more, "Country").textContent()).resolves.toBe("Ireland");
  await expectNoSideways();
  await saveShot(page, "real-sheets-contact-card.png");
});

it("imports a leads export as customers and linked deals, its stage words mapped in one list", async () => {
  const rows = readCsv(LEADS);
  const sheet = await openCsv(LEADS);
  const card = await mapSheet(`Sheet ${sheet}`);
  await expect(selectedText(card.getByLabel("Use it as"))).resolves.toBe(
    "Leads (customers + deals)",
  );
  const leads = card.getByRole("region", { name: "Import leads" });
  await leads
    .getByRole("status")
    .filter({ hasText: `${rows.length} deals` })
    .waitFor();

  // each distinct stage word once, with its count and a suggested stage
  const counts = new Map<string, { word: string; count: number }>();
  for (const r of rows) {
    const word = r["Deal Stage"].trim();
    const seen = counts.get(word.toLowerCase()) ?? { word, count: 0 };
    counts.set(word.toLowerCase(), { ...seen, count: seen.count + 1 });
  }
  const words = leads.getByRole("list", { name: "Stages in your sheet" });
  await expect(words.getByRole("listitem").count()).resolves.toBe(counts.size);
  for (const { word, count } of counts.values()) {
    const label = word === "" ? "(no stage)" : word;
    await words.getByText(`${label} · ${count} row${count === 1 ? "" : "s"}`).waitFor();
  }
  const stageFor = (word: string) => words.getByLabel(`Stage for ${word}`);
  await expect(selectedText(stageFor("Closed Won"))).resolves.toBe("Won");
  await expect(selectedText(stageFor("Closed Lost"))).resolves.toBe("Lost");
  await expect(selectedText(stageFor("Disqualified"))).resolves.toBe("Lost");
  await expect(selectedText(stageFor("New Lead"))).resolves.toBe("Lead");
  await expect(selectedText(stageFor("Proposal Sent"))).resolves.toBe("Proposal");

  // "On Hold" becomes a stage of its own, won 5% of the time
  await stageFor("On Hold").selectOption({ label: "New stage “On Hold”" });
  await words.getByLabel("Win probability of “On Hold” (%)").fill("5");
  await expectNoSideways();
  await saveShot(page, "real-sheets-leads.png");
  const importButton = leads.getByRole("button", { name: /^Import \d+ customers and \d+ deals$/ });
  const [, customerCount] = /^Import (\d+) customers/.exec(await importButton.innerText()) ?? [];
  await importButton.click();
  await leads
    .getByText(new RegExp(`^Added ${customerCount} customers and ${rows.length} deals`))
    .waitFor({ timeout: 30_000 });

  // one deal per person row, each linked to its person's customer
  const customers = await eventually(async () => {
    const found = await live<StoredCustomer>("customers");
    return found.length === Number(customerCount) && found;
  });
  const deals = await eventually(async () => {
    const found = await live<StoredDeal>("deals");
    return found.length === rows.length && found;
  });
  expect(customers && customers.length).toBe(Number(customerCount));
  expect(deals && deals.length).toBe(rows.length);
  const ids = new Set((customers || []).map((c) => c.id));
  expect((deals || []).every((d) => d.customerId !== undefined && ids.has(d.customerId))).toBe(
    true,
  );
  const dealsOf = (email: string) => {
    const customer = (customers || []).find((c) => c.email === email);
    return (deals || []).filter((d) => d.customerId === customer?.id);
  };
  const maren = rows.find((r) => r["First Name"] === "Maren" && r["Last Name"] === "Okafor");
  expect(dealsOf(maren?.["Email 1"] ?? "").map((d) => d.stage)).toEqual(["Proposal"]);
  const byStage = (stage: string) => (deals || []).filter((d) => d.stage === stage).length;
  expect(byStage("On Hold")).toBe(counts.get("on hold")?.count);
  expect(byStage("Won")).toBe(
    (counts.get("closed won")?.count ?? 0) + (counts.get("closed-won")?.count ?? 0),
  );
  expect(byStage("Lost")).toBe(
    (counts.get("closed lost")?.count ?? 0) + (counts.get("disqualified")?.count ?? 0),
  );

  // the new stage is on the board, with its probability
  await openView(pane, "Pipeline");
  await pane.getByRole("tab", { name: /^On Hold,/ }).click();
  const onHold = pane.getByRole("tabpanel", { name: "Stage On Hold" });
  const held = counts.get("on hold")?.count;
  await onHold.getByText(new RegExp(`^On Hold · ${held} deals? · `)).waitFor();
  await onHold.getByText(/^Win probability 5%/).waitFor();
});

it("asks before a second import of the same leads, and Cancel adds nothing", async () => {
  const rows = readCsv(LEADS);
  const sheet = await openCsv(LEADS, "?empty=1&pane=320");
  const card = await mapSheet(`Sheet ${sheet}`);
  const leads = card.getByRole("region", { name: "Import leads" });
  const importButton = leads.getByRole("button", { name: /^Import \d+ customers and \d+ deals$/ });
  await importButton.click();
  await leads.getByText(/^Added \d+ customers and \d+ deals/).waitFor({ timeout: 30_000 });
  const counts = async () => ({
    customers: (await live<StoredCustomer>("customers")).length,
    deals: (await live<StoredDeal>("deals")).length,
    customerRows: (await sheetValues(page, "Customers")).length,
    dealRows: (await sheetValues(page, "Pipeline")).length,
  });
  const first = await eventually(async () => {
    const now = await counts();
    return now.deals === rows.length && now;
  });
  expect(first).toBeTruthy();
  if (!first) return;

  // the same sheet again: a question, not a silent second copy
  await importButton.click();
  const question = leads.getByText(
    `CellCRM already holds ${first.customers} customers and ${first.deals} deals.`,
    { exact: false },
  );
  await question.waitFor();
  await expect(question.textContent()).resolves.toMatch(/nothing is replaced/);
  await question.scrollIntoViewIfNeeded();
  await saveShot(page, "real-sheets-leads-again.png");
  await expect(counts()).resolves.toEqual(first);
  await leads.getByRole("button", { name: "Cancel" }).click();
  await question.waitFor({ state: "detached" });
  await importButton.waitFor();
  await expect(counts()).resolves.toEqual(first);

  // "Add them" adds the deals again and links the people already there
  await importButton.click();
  await leads.getByRole("button", { name: "Add them" }).click();
  await leads
    .getByText(new RegExp(`^Added 0 customers and ${rows.length} deals`))
    .waitFor({ timeout: 30_000 });
  const second = await eventually(async () => {
    const now = await counts();
    return now.deals === 2 * rows.length && now;
  });
  expect(second && second.customers).toBe(first.customers);
});

it("refuses to map a sheet that holds the Pipeline table as Customers, with a sentence", async () => {
  const sheet = await openCsv(DEALS);
  const deals = await mapSheet(`Sheet ${sheet}`);
  await expect(selectedText(deals.getByLabel("Use it as"))).resolves.toBe("Pipeline");
  const summary = deals.getByRole("status").filter({ hasText: / kept/ });
  const [, kept] = / (\d+) kept/.exec(await summary.innerText()) ?? [];
  expect(Number(kept)).toBeGreaterThan(0);
  await deals.getByRole("button", { name: "Use this mapping…" }).click();
  await deals.getByRole("button", { name: "Apply" }).click();
  await deals.getByText(/^Mapped\./).waitFor({ timeout: 30_000 });
  const before = await eventually(async () => (await live<StoredDeal>("deals")).length);
  expect(before).toBe(Number(kept));

  // the same sheet, now CRM_Pipeline, as Customers: refused, the deals stay in CellCRM
  await pane.getByRole("tab", { name: "Home" }).click();
  const card = await mapSheet(`Table CRM_Pipeline (sheet ${sheet})`);
  await card.getByLabel("Use it as").selectOption({ label: "Customers" });
  // a user fixes the mapping so the rows name somebody: the deal's customer is the company
  await card.getByLabel("Field for Customer", { exact: true }).selectOption({ label: "Company" });
  await card.getByRole("button", { name: "Use this mapping…" }).click();
  await card.getByRole("button", { name: "Apply" }).click();
  await card
    .getByText(
      `Sheet "${sheet}" already holds your Pipeline table (CRM_Pipeline); using it for customers would take its deals out of CellCRM.`,
      { exact: false },
    )
    .waitFor({ timeout: 30_000 });
  await expect(card.getByText(/^Mapped\./).count()).resolves.toBe(0);
  await expect(live<StoredDeal>("deals")).resolves.toHaveLength(before);
  await expect(live<StoredCustomer>("customers")).resolves.toHaveLength(0);
});

it("logs an activity right after mapping only Customers: the Activities table is made for it", async () => {
  const card = await mapContactList();
  await applyMapping(card);
  const names = await sheetValues(page, "customers-100-uk");
  expect(names.length).toBe(101);
  const customer = await openCustomer("Ashdown", "Zoë Ashdown");
  await customer.getByRole("button", { name: "Log activity" }).click();
  const form = customer.getByRole("form", { name: "Log activity" });
  await form.getByLabel("Type").selectOption("Call");
  await form.getByLabel("Summary").fill("Asked about the spring catalogue");
  await form.getByRole("button", { name: "Log call" }).click();
  await customer.getByText("Call logged and added to the Activities sheet.").waitFor();
  await customer
    .getByRole("list", { name: "Activities, newest first" })
    .getByText(/Call: Asked about the spring catalogue/)
    .waitFor();
  const stored = await eventually(async () =>
    (await live<StoredActivity>("activities")).find(
      (a) => a.summary === "Asked about the spring catalogue",
    ),
  );
  expect(stored?.customerId).toBe("d4257F1b54fcD2e");
  const row = await eventually(async () =>
    (await sheetValues(page, "Activities")).find((r) =>
      r.includes("Asked about the spring catalogue"),
    ),
  );
  expect(row).toEqual(expect.arrayContaining(["d4257F1b54fcD2e", "Call"]));
  await expect(pane.getByText(/requested resource/i).count()).resolves.toBe(0);
  await expectNoSideways();
});
