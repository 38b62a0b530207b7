// Fixed word lists of the workbook data model (DESIGN.md §3): cost kinds, frequencies,
// cost/benefit categories and activity types, in the spelling written back to the sheet.

export const COST_KINDS = ["Cost", "Benefit"] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const FREQUENCIES = ["Once", "Monthly", "Quarterly", "Annual"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const ACTIVITY_TYPES = ["Call", "Email", "Meeting", "Note", "Task"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const COST_CATEGORIES = [
  "Software",
  "Hardware",
  "Implementation",
  "Integration",
  "Training",
  "Data maintenance",
  "Project management",
  "Change management",
  "Internal staff",
  "Other",
] as const;

export const BENEFIT_CATEGORIES = [
  "Revenue growth",
  "Cost savings",
  "Productivity",
  "Other",
] as const;

export function categoriesFor(kind: CostKind): readonly string[] {
  return kind === "Cost" ? COST_CATEGORIES : BENEFIT_CATEGORIES;
}
