import { valueEffort } from "../../../src/domain/analytics";
import { type Activity, type Customer, asExcelSerial } from "../../../src/domain/records";
import { DAY, deal, serial } from "./fixtures";

const TODAY = DAY + 730;
const customers: Customer[] = [
  { id: "C1", name: "Gold Ltd", totalSpend: 1000, created: serial(DAY) },
  { id: "C2", name: "Big Needs", totalSpend: 800 },
  { id: "C3", name: "Needy", totalSpend: 100 },
  { id: "C4", name: "Quiet" },
];
const deals = [
  deal("D3", { customerId: "C3", stage: "Proposal", amount: 9 }),
  deal("D4", { customerId: "C4", stage: "Won", amount: 50 }),
  deal("D5", { customerId: "C4", stage: "Lost", amount: 500 }),
];
let n = 0;
const touch = (link: Partial<Activity>, date = TODAY - 10) =>
  ({ id: `A${++n}`, type: "Call", date: asExcelSerial(date), ...link }) as Activity;
const activities = [
  ...Array.from({ length: 5 }, () => touch({ customerId: "C2" })),
  touch({ customerId: "C3" }),
  touch({ customerId: "C3" }),
  ...Array.from({ length: 4 }, () => touch({ dealId: "D3" })),
  touch({ dealId: "D4" }, TODAY - 100),
  touch({ customerId: "nobody" }),
];

describe("valueEffort", () => {
  const rows = valueEffort(customers, deals, activities, { today: TODAY });
  const byId = Object.fromEntries(rows.map((r) => [r.customer.id, r]));

  it("splits value and effort at their medians and names the quadrants", () => {
    // values 1000, 800, 100, 50 (median 450); efforts 0, 5, 6, 1 (median 3)
    expect(rows.map((r) => [r.customer.id, r.value, r.effort, r.quadrant])).toEqual([
      ["C1", 1000, 0, "Gold"],
      ["C2", 800, 5, "Strategic"],
      ["C3", 100, 6, "High-maintenance, low-margin"],
      ["C4", 50, 1, "Low touch"],
    ]);
  });

  it("values a customer without Total Spend by its won deals, and gives its CLV", () => {
    // C1: 1000 over 2 years × 30% margin = 150 a year → 150 × 0.8 / (1 + 0.1 − 0.8) = 400
    expect(byId.C1.clv).toBeCloseTo(400, 9);
    // C4: 50 over 1 year (its first activity is 100 days ago) × 30% = 15 → 40
    expect(byId.C4.clv).toBeCloseTo(40, 9);
  });

  it("gives #N/A for the CLV of a customer with no date to spread the spend over", () => {
    const [only] = valueEffort([{ id: "C9", totalSpend: 10 }], [], [], { today: TODAY });
    expect(only.clv).toMatchObject({ code: "#N/A" });
    expect(only.quadrant).toBe("Low touch");
  });
});
