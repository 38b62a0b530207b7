// Deals shared by the board tests. Serials: 46023 = 2026-01-01, 46054 = 2026-02-01,
// 46082 = 2026-03-01, 46113 = 2026-04-01, 46327 = 2026-11-01, 46388 = 2027-01-01.
import type { BoardDeal } from "../../../src/domain/board";
import { asExcelSerial } from "../../../src/domain/records";

const s = asExcelSerial;

export const DEALS: readonly BoardDeal[] = [
  { id: "D1", stage: "Lead", amount: 1000, owner: "Ana", expectedClose: s(46030) },
  { id: "D2", stage: " qualified ", amount: 2000, owner: "Ben", expectedClose: s(46060) },
  { id: "D3", stage: "Proposal", amount: 4000, owner: "ana ", expectedClose: s(46054) },
  { id: "D4", stage: "Proposal", amount: 800, probability: 0.75, owner: "Ben" },
  { id: "D5", stage: "Negotiation", amount: 2000, owner: "Ana", expectedClose: s(46112.5) },
  { id: "D6", stage: "Won", amount: 3000, owner: "Ana", expectedClose: s(46023) },
  { id: "D7", stage: "Lost", amount: 5000, owner: "Ben", expectedClose: s(46100) },
  { id: "D8", stage: "Prospect", amount: 700, owner: "Ana", expectedClose: s(46040) },
];
