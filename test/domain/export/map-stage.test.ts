// CellCRM stages onto the default pipelines of HubSpot and Salesforce.
import { HUBSPOT_STAGES, SALESFORCE_STAGES, mapStage } from "../../../src/domain/export";
import { DEFAULT_STAGES } from "../../../src/domain/pipeline";

const hubspot = (stage: string, stages = DEFAULT_STAGES) =>
  mapStage(stage, stages, HUBSPOT_STAGES).label;
const salesforce = (stage: string, stages = DEFAULT_STAGES) =>
  mapStage(stage, stages, SALESFORCE_STAGES).label;

describe("mapStage", () => {
  it("maps the default stages to HubSpot's default pipeline", () => {
    expect(DEFAULT_STAGES.map((s) => hubspot(s.name))).toEqual([
      "Appointment Scheduled",
      "Qualified To Buy",
      "Presentation Scheduled",
      "Decision Maker Bought-In",
      "Closed Won",
      "Closed Lost",
    ]);
  });

  it("maps the default stages to Salesforce's StageName picklist", () => {
    expect(DEFAULT_STAGES.map((s) => salesforce(s.name))).toEqual([
      "Prospecting",
      "Qualification",
      "Proposal/Price Quote",
      "Negotiation/Review",
      "Closed Won",
      "Closed Lost",
    ]);
  });

  it("closes stages named won or lost, and a 100% stage, whatever they are called", () => {
    const stages = [
      { name: "Closed Won", probability: 0.95 },
      { name: "Disqualified", probability: 0.1 },
      { name: "Signed", probability: 1 },
    ];
    expect(stages.map((s) => hubspot(s.name, stages))).toEqual([
      "Closed Won",
      "Closed Lost",
      "Closed Won",
    ]);
    expect(salesforce("won", stages)).toBe("Closed Won");
  });

  it("keeps a 0% stage open: an idle deal is not a lost one", () => {
    const stages = [{ name: "On Hold", probability: 0 }];
    expect(hubspot("On Hold", stages)).toBe("Appointment Scheduled");
    expect(salesforce("On Hold", stages)).toBe("Prospecting");
  });

  it("goes to the first stage whose probability reaches the deal's", () => {
    const stages = [
      { name: "Demo", probability: 0.45 },
      { name: "Verbal yes", probability: 0.95 },
    ];
    expect(hubspot("Demo", stages)).toBe("Presentation Scheduled");
    expect(salesforce("Demo", stages)).toBe("Value Proposition");
    expect(hubspot("Verbal yes", stages)).toBe("Contract Sent");
    expect(salesforce("Verbal yes", stages)).toBe("Negotiation/Review");
  });

  it("prefers a stage sharing a word, the nearest in probability among several", () => {
    const stages = [
      { name: "Contract sent", probability: 0.3 },
      { name: "Analysis", probability: 0.6 },
    ];
    expect(hubspot("Contract sent", stages)).toBe("Contract Sent");
    expect(salesforce("Analysis", stages)).toBe("Perception Analysis");
  });

  it("puts a stage the settings do not know at the start of the pipeline", () => {
    expect(hubspot("Mystery")).toBe("Appointment Scheduled");
    expect(salesforce("Mystery")).toBe("Prospecting");
  });
});
