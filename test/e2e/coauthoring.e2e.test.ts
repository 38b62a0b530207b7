// Two people, one pipeline workbook: the workbench with ?coauthors=2 runs a second add-in
// instance (Sam's) beside the first (Alex's, whose grid it is), each with its own store, and
// every edit one makes reaches the other as a co-author's (Remote) change. Both open rows
// without IDs and end with the same IDs; a customer Alex adds reaches Sam's store under Alex's
// ID; a deal Sam moves moves on Alex's board, in a =CRM.EXPECTED cell and in Alex's "what
// changed"; a stage probability Sam saves changes Alex's weighted pipeline without a reload.
// When both change one customer's Phone, Sam's pane (held from Alex's edit, as Excel's late
// delivery of merged edits would) writes nothing and shows one conflict until Sam chooses.
import type { Locator, Page } from "playwright-core";
import { paneFrame } from "./support/browser";
import { eventually, openPane, openView, sheetValues } from "./support/pane-flow";
import { storeRows } from "./support/pane-store";
import { servedChromium } from "./support/suite";

const host = servedChromium();
const QUERY = "?coauthors=2&customers=20&deals=30&pane=320";
const SAM = "cellcrm-pane-b";

const samPane = (page: Page): Locator =>
  page.frameLocator(`iframe[name="${SAM}"]`).locator(":root");
/** Alex's pane, found by its frame's name (its title names whose pane it is). */
const alexPane = (page: Page): Locator =>
  page.frameLocator('iframe[name="cellcrm-pane"]').locator(":root");

async function bothSynced(page: Page, alex: Locator): Promise<void> {
  await alex.getByText(/^Last synced /).waitFor({ timeout: 90_000 });
  await samPane(page)
    .getByText(/^Last synced /)
    .waitFor({ timeout: 90_000 });
}

type Row = (string | number | boolean)[];

async function column(page: Page, sheet: string, header: string): Promise<Row> {
  const [headers, ...rows] = await sheetValues(page, sheet);
  return rows.map((r) => r[headers.indexOf(header)]);
}

const liveIds = async (page: Page, kind: string, frame?: string) =>
  (await storeRows<{ id: string; deleted?: number }>(page, kind, frame))
    .filter((r) => r.deleted === undefined)
    .map((r) => r.id)
    .sort();

/** Opens, in both panes, a copy of the sample's Customers and Pipeline with every ID cleared. */
async function openWithoutIds(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Model = {
      tables(): { name: string; sheet: string; address: string }[];
      usedSize(s: string): { rows: number; cols: number };
      getCell(s: string, r: number, c: number): { value: unknown };
      addSheet(s: string): void;
      setValues(s: string, at: string, v: unknown[][]): void;
      addTable(s: string, name: string, address: string): void;
    };
    const handle = (
      window as unknown as {
        __cellcrm: { model: Model; session: { replace(m: Model): void } };
      }
    ).__cellcrm;
    const from = handle.model;
    const to = new (from.constructor as new () => Model)();
    for (const table of from.tables()) {
      if (table.name !== "CRM_Customers" && table.name !== "CRM_Pipeline") continue;
      const { rows, cols } = from.usedSize(table.sheet);
      const grid = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => from.getCell(table.sheet, r, c).value),
      );
      const blank = grid[0].flatMap((h, c) => (h === "ID" || h === "Customer ID" ? [c] : []));
      for (const row of grid.slice(1)) for (const c of blank) row[c] = "";
      to.addSheet(table.sheet);
      to.setValues(table.sheet, "A1", grid);
      to.addTable(table.sheet, table.name, table.address.split("!")[1]);
    }
    handle.session.replace(to);
  });
}

/** The weighted pipeline in the board's summary line ("… · weighted $4,649,523 · …"). */
async function weighted(pane: Locator): Promise<number> {
  const summary = await pane
    .getByRole("region", { name: "Board" })
    .getByText(/^[\d,]+ deals? · .* · weighted /)
    .innerText();
  return Number(/weighted \D*([\d,]+)/.exec(summary)?.[1].replace(/,/g, ""));
}

async function typeInto(page: Page, address: string, text: string): Promise<void> {
  const [sheet, a1] = address.split("!");
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: sheet }).click();
  await page.locator(`[data-address="${address}"]`).dblclick();
  const editor = page.getByRole("textbox", { name: `Edit ${sheet} ${a1}` });
  await editor.fill(text);
  await editor.press("Enter");
}

const cellNumber = (page: Page, address: string) =>
  page.evaluate((a) => {
    const text = document.querySelector(`[data-address="${a}"]`)?.textContent ?? "";
    return /^-?[\d,.]+$/.test(text) ? Number(text.replace(/,/g, "")) : undefined;
  }, address);

/** Opens the customer's card in the pane's Customers view and its edit form. */
async function editForm(pane: Locator, name: string): Promise<Locator> {
  await openView(pane, "Customers");
  await pane.getByRole("searchbox").fill(name);
  await pane
    .getByRole("button", { name: new RegExp(`^${name} · `) })
    .first()
    .click();
  await pane.getByRole("button", { name: "Edit details" }).click();
  return pane.getByRole("form", { name: `Edit ${name}` });
}

const remoteToSam = (page: Page, step: "holdRemote" | "releaseRemote") =>
  page.evaluate((s) => {
    type Coauthor = Record<typeof s, () => void>;
    (window as unknown as { __cellcrm: { coauthor: Coauthor } }).__cellcrm.coauthor[s]();
  }, step);

const [ALEX_PHONE, SAM_PHONE] = ["+1 555 0101", "+1 555 0202"];

/**
 * Both open the customer's edit form; Alex saves a new Phone, then Sam, whose add-in has not yet
 * heard of Alex's edit (held, as Excel delivers merged co-author edits seconds later).
 */
async function bothEditPhone(page: Page, name: string): Promise<void> {
  await remoteToSam(page, "holdRemote");
  const samForm = await editForm(samPane(page), name);
  const alexForm = await editForm(alexPane(page), name);
  await alexForm.getByRole("textbox", { name: "Phone" }).fill(ALEX_PHONE);
  await alexForm.getByRole("button", { name: "Save changes" }).click();
  const phone = async () => (await column(page, "Customers", "Phone"))[0];
  await expect(eventually(async () => (await phone()) === ALEX_PHONE)).resolves.toBe(true);
  await samForm.getByRole("textbox", { name: "Phone" }).fill(SAM_PHONE);
  await samForm.getByRole("button", { name: "Save changes" }).click();
  // Sam is told the value waits in Sync, not that it will be written later
  await samForm
    .getByText(/A teammate changed this row in the sheet since your last sync/)
    .waitFor();
}

describe("two co-authors in one workbook", () => {
  it("both open rows without IDs and end with the same IDs, no duplicates", async () => {
    const flow = await openPane(host.browser, host.origin, QUERY);
    const { page } = flow;
    const pane = alexPane(page);
    await bothSynced(page, pane);
    await openWithoutIds(page);
    await bothSynced(page, pane);
    const ids = await eventually(async () => {
      const all = await column(page, "Pipeline", "ID");
      return all.every((id) => id !== "") ? all.map(String) : undefined;
    });
    expect(ids).toBeDefined();
    expect(new Set(ids).size).toBe(ids?.length);
    const want = [...(ids ?? [])].sort();
    await expect(
      eventually(async () => (await liveIds(page, "deals")).join() === want.join()),
    ).resolves.toBe(true);
    await expect(
      eventually(async () => (await liveIds(page, "deals", SAM)).join() === want.join()),
    ).resolves.toBe(true);
    expect(flow.problems).toEqual([]);
    await page.close();
  });

  it("a customer Alex adds reaches Sam's store under the ID Alex's add-in wrote", async () => {
    const flow = await openPane(host.browser, host.origin, QUERY);
    const { page } = flow;
    const pane = alexPane(page);
    await bothSynced(page, pane);
    await openView(pane, "Customers");
    await pane.getByRole("button", { name: "Add customer" }).click();
    const form = pane.getByRole("form", { name: "Add a customer" });
    await form.getByRole("textbox", { name: "Name" }).fill("Quinn Coauthor");
    await form.getByRole("button", { name: "Add customer" }).click();
    const id = await eventually(async () => {
      const names = await column(page, "Customers", "Name");
      const at = names.indexOf("Quinn Coauthor");
      return at < 0 ? undefined : String((await column(page, "Customers", "ID"))[at]);
    });
    expect(id).toMatch(/^CUS-/);
    const inSams = async () =>
      (await storeRows<{ id: string; name: string }>(page, "customers", SAM)).filter(
        (c) => c.name === "Quinn Coauthor",
      );
    await expect(eventually(async () => (await inSams()).length > 0)).resolves.toBe(true);
    expect((await inSams()).map((c) => c.id)).toEqual([id]);
    expect(flow.problems).toEqual([]);
    await page.close();
  });

  it("a deal Sam moves moves on Alex's board, in =CRM.EXPECTED and in Alex's what-changed", async () => {
    const flow = await openPane(host.browser, host.origin, QUERY);
    const { page } = flow;
    const pane = alexPane(page);
    await bothSynced(page, pane);
    await typeInto(page, "Business Case!E2", "=CRM.EXPECTED(0, 2958465)");
    const before = (await eventually(() => cellNumber(page, "Business Case!E2"))) ?? NaN;
    const [headers, ...rows] = await sheetValues(page, "Pipeline");
    const at = (h: string) => headers.indexOf(h);
    const deal = rows.find(
      (r) => r[at("Stage")] === "Proposal" && r[at("Probability")] === "" && r[at("Amount")] !== "",
    );
    if (!deal) throw new Error("the sample has no Proposal deal without its own probability");
    const title = String(deal[at("Deal")]);
    await openView(pane, "Pipeline");
    const alexBefore = await weighted(pane);

    const sam = samPane(page);
    await openView(sam, "Pipeline");
    await sam
      .getByRole("tablist", { name: "Stages" })
      .getByRole("tab", { name: /^Proposal,/ })
      .click();
    await sam
      .getByRole("button", { name: `Move ${title}`, exact: true })
      .first()
      .click();
    await sam.getByRole("menuitem", { name: "Won" }).click();

    const gain = Number(deal[at("Amount")]) * 0.5;
    await expect(
      eventually(async () => Math.abs((await weighted(pane)) - (alexBefore + gain)) < 1),
    ).resolves.toBe(true);
    await expect(
      eventually(
        async () =>
          Math.abs(((await cellNumber(page, "Business Case!E2")) ?? 0) - before - gain) < 0.01,
      ),
    ).resolves.toBe(true);
    const changed = pane.getByRole("region", { name: "What changed" });
    await expect(eventually(async () => (await changed.innerText()).includes(title))).resolves.toBe(
      true,
    );
    expect(flow.problems).toEqual([]);
    await page.close();
  });

  it("a stage probability Sam saves changes Alex's weighted pipeline without a reload", async () => {
    const flow = await openPane(host.browser, host.origin, QUERY);
    const { page } = flow;
    const pane = alexPane(page);
    await bothSynced(page, pane);
    await openView(pane, "Pipeline");
    const before = await weighted(pane);
    const [headers, ...rows] = await sheetValues(page, "Pipeline");
    const at = (h: string) => headers.indexOf(h);
    const proposalSum = rows
      .filter((r) => r[at("Stage")] === "Proposal" && r[at("Probability")] === "")
      .reduce(
        (sum, r) => sum + (typeof r[at("Amount")] === "number" ? Number(r[at("Amount")]) : 0),
        0,
      );
    // Sam's add-in saves the workbook's settings with Proposal at 90% instead of 50%
    await paneFrame(page, SAM).evaluate(async () => {
      await Excel.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject("cellcrm.settings");
        setting.load("value");
        await context.sync();
        const raw: unknown = setting.isNullObject ? "{}" : setting.value;
        const saved = (typeof raw === "string" ? JSON.parse(raw) : raw) as {
          stages?: { name: string; probability: number }[];
        };
        const stages = (
          saved.stages ?? [
            { name: "Lead", probability: 0.1 },
            { name: "Qualified", probability: 0.25 },
            { name: "Proposal", probability: 0.5 },
            { name: "Negotiation", probability: 0.75 },
            { name: "Won", probability: 1 },
            { name: "Lost", probability: 0 },
          ]
        ).map((s) => (s.name === "Proposal" ? { ...s, probability: 0.9 } : s));
        context.workbook.settings.add("cellcrm.settings", JSON.stringify({ ...saved, stages }));
        await context.sync();
      });
    });
    const want = before + proposalSum * 0.4;
    await expect(eventually(async () => Math.abs((await weighted(pane)) - want) < 2)).resolves.toBe(
      true,
    );
    expect(flow.problems).toEqual([]);
    await page.close();
  });

  it("both change one customer's Phone: Sam's pane shows one conflict with both values until Sam keeps one", async () => {
    const flow = await openPane(host.browser, host.origin, QUERY);
    const { page } = flow;
    await bothSynced(page, alexPane(page));
    const name = String((await column(page, "Customers", "Name"))[0]);
    const phone = async () => (await column(page, "Customers", "Phone"))[0];
    expect(await phone()).not.toBe(ALEX_PHONE);
    await bothEditPhone(page, name);

    const sam = samPane(page);
    await openView(sam, "Sync");
    const cards = sam.getByRole("list", { name: "Conflicts" }).getByRole("listitem");
    await cards.first().waitFor();
    const card = cards.getByRole("group", { name: `Conflict: ${name}, Phone` });
    const side = (title: string) => card.getByRole("group", { name: title }).innerText();
    await expect(side("In the sheet")).resolves.toContain(ALEX_PHONE);
    await expect(side("Typed in CellCRM")).resolves.toContain(SAM_PHONE);
    expect(await phone()).toBe(ALEX_PHONE);
    // Alex's edit now reaches Sam's add-in (its live sync debounces 300 ms): nothing may change
    await remoteToSam(page, "releaseRemote");
    await page.waitForTimeout(2_000);
    expect([await cards.count(), await card.count()]).toEqual([1, 1]);
    expect(await phone()).toBe(ALEX_PHONE);

    const keep = `Keep ${SAM_PHONE} (typed in cellcrm) for ${name}, Phone`;
    await card.getByRole("button", { name: keep, exact: true }).click();
    await sam.getByText("No conflicts: nothing waits for your choice.").waitFor();
    await expect(eventually(async () => (await phone()) === SAM_PHONE)).resolves.toBe(true);
    const inAlexs = async () =>
      (await storeRows<{ name: string; phone?: string }>(page, "customers")).find(
        (c) => c.name === name,
      )?.phone;
    await expect(eventually(async () => (await inAlexs()) === SAM_PHONE)).resolves.toBe(true);
    expect(flow.problems).toEqual([]);
    await page.close();
  });
});
