// The default sales stages and win probabilities (DESIGN.md §3). Shared by CRM.PIPELINE, the sync
// engine and the task pane, so stage-name matching lives here too.

export interface StageDefinition {
  readonly name: string;
  /** Win probability as a fraction 0–1. */
  readonly probability: number;
}

export const DEFAULT_STAGES: readonly StageDefinition[] = Object.freeze([
  { name: "Lead", probability: 0.1 },
  { name: "Qualified", probability: 0.25 },
  { name: "Proposal", probability: 0.5 },
  { name: "Negotiation", probability: 0.75 },
  { name: "Won", probability: 1 },
  { name: "Lost", probability: 0 },
]);

/** Key under which stage names compare: typed stages vary in case and stray spaces. */
export function normalizeStageName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

export function findStage(
  name: string,
  stages: readonly StageDefinition[] = DEFAULT_STAGES,
): StageDefinition | undefined {
  const key = normalizeStageName(name);
  return stages.find((stage) => normalizeStageName(stage.name) === key);
}

export function isWonStage(name: string): boolean {
  return normalizeStageName(name) === "won";
}

export function isLostStage(name: string): boolean {
  return normalizeStageName(name) === "lost";
}
