// The default deal pipelines of the two CRMs an export targets, as their import tools accept the
// stage values, with each stage's default win probability.
// HubSpot: the "Sales Pipeline" every account starts with; a stage's probability 1.0 is Closed
// Won and 0.0 Closed Lost (https://developers.hubspot.com/docs/api/crm/pipelines,
// https://hublead.io/blog/hubspot-deal-stages for the default labels and probabilities).
// Salesforce: the Opportunity StageName picklist of a new org, with its default probabilities.

export type ClosedKind = "won" | "lost";

export interface TargetStage {
  /** The value written to the import file. */
  readonly label: string;
  readonly probability: number;
  readonly closed?: ClosedKind;
}

export const HUBSPOT_PIPELINE = "Sales Pipeline";

export const HUBSPOT_STAGES: readonly TargetStage[] = [
  { label: "Appointment Scheduled", probability: 0.2 },
  { label: "Qualified To Buy", probability: 0.4 },
  { label: "Presentation Scheduled", probability: 0.6 },
  { label: "Decision Maker Bought-In", probability: 0.8 },
  { label: "Contract Sent", probability: 0.9 },
  { label: "Closed Won", probability: 1, closed: "won" },
  { label: "Closed Lost", probability: 0, closed: "lost" },
];

export const SALESFORCE_STAGES: readonly TargetStage[] = [
  { label: "Prospecting", probability: 0.1 },
  { label: "Qualification", probability: 0.1 },
  { label: "Needs Analysis", probability: 0.2 },
  { label: "Value Proposition", probability: 0.5 },
  { label: "Id. Decision Makers", probability: 0.6 },
  { label: "Perception Analysis", probability: 0.7 },
  { label: "Proposal/Price Quote", probability: 0.75 },
  { label: "Negotiation/Review", probability: 0.9 },
  { label: "Closed Won", probability: 1, closed: "won" },
  { label: "Closed Lost", probability: 0, closed: "lost" },
];
