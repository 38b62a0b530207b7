import { type HistoryEntry, type StageTransition, changesSince } from "../../../src/domain/board";

const SINCE = 1_700_000_000_000;
const t = (minutes: number) => SINCE + minutes * 60_000;
const DEALS = [
  { id: "D1", title: "Acme renewal" },
  { id: "D2", title: "Globex pilot" },
  { id: "D3", title: "Initech seats" },
];

const edit = (recordId: string, field: string, before: unknown, after: unknown, at: number) =>
  ({ table: "deals", recordId, field, before, after, at, source: "sheet" }) as HistoryEntry;

describe("changesSince", () => {
  it("groups others' changes per deal, newest deal and newest event first", () => {
    const history: HistoryEntry[] = [
      edit("D1", "amount", 1000, 1200, t(5)),
      { ...edit("D2", "id", undefined, "D2", t(1)), kind: "added", author: "Ben" },
      edit("D2", "owner", "Ben", "Ana", t(2)),
    ];
    const transitions: StageTransition[] = [
      { dealId: "D1", from: "Lead", to: "Proposal", at: t(9), source: "pane", author: "Ben" },
    ];
    expect(changesSince(history, transitions, DEALS, SINCE, "Ana")).toEqual([
      {
        dealId: "D1",
        title: "Acme renewal",
        latestAt: t(9),
        events: [
          { kind: "moved", from: "Lead", to: "Proposal", at: t(9), source: "pane", author: "Ben" },
          { kind: "edited", field: "amount", before: 1000, after: 1200, at: t(5), source: "sheet" },
        ],
      },
      {
        dealId: "D2",
        title: "Globex pilot",
        latestAt: t(2),
        events: [
          {
            kind: "edited",
            field: "owner",
            before: "Ben",
            after: "Ana",
            at: t(2),
            source: "sheet",
          },
          { kind: "added", at: t(1), source: "sheet", author: "Ben" },
        ],
      },
    ]);
  });

  it("leaves out my own pane changes, changes at or before `since`, and other tables", () => {
    const history: HistoryEntry[] = [
      { ...edit("D1", "amount", 1, 2, t(3)), source: "pane", author: " ana" },
      { ...edit("D1", "amount", 1, 2, t(3)), source: "pane" },
      edit("D1", "amount", 1, 2, SINCE),
      { ...edit("C1", "name", "a", "b", t(4)), table: "customers" },
    ];
    const transitions: StageTransition[] = [
      { dealId: "D1", to: "Won", at: t(8), source: "pane", author: "Ana" },
      { dealId: "D1", from: "Lead", to: "Won", at: SINCE - 1, source: "sheet" },
    ];
    expect(changesSince(history, transitions, DEALS, SINCE, "Ana")).toEqual([]);
  });

  it("collapses one field's edits into a net edit and drops edits that undo themselves", () => {
    const history = [
      edit("D1", "amount", 1200, 1500, t(4)),
      edit("D1", "amount", 1000, 1200, t(2)),
      edit("D1", "nextStep", "Call", "Demo", t(1)),
      edit("D1", "nextStep", "Demo", "Call", t(6)),
    ];
    expect(changesSince(history, [], DEALS, SINCE, "Ana")[0].events).toEqual([
      { kind: "edited", field: "amount", before: 1000, after: 1500, at: t(4), source: "sheet" },
    ]);
  });

  it("turns stage history into moves unless a stage transition already records them", () => {
    const history = [
      edit("D3", "stage", "Lead", "Qualified", t(1)),
      edit("D3", "stage", "Qualified", "Proposal", t(2)),
    ];
    const transitions: StageTransition[] = [
      { dealId: "D3", from: "Lead", to: "Qualified", at: t(1), source: "sheet" },
    ];
    expect(changesSince(history, transitions, DEALS, SINCE, "Ana")[0].events).toEqual([
      { kind: "moved", from: "Qualified", to: "Proposal", at: t(2), source: "sheet" },
      { kind: "moved", from: "Lead", to: "Qualified", at: t(1), source: "sheet" },
    ]);
  });

  it("reports removed deals without a title once they are gone", () => {
    const history: HistoryEntry[] = [
      {
        ...edit("D9", "id", "D9", undefined, t(3)),
        kind: "removed",
        author: "Ben",
        source: "pane",
      },
    ];
    expect(changesSince(history, [], DEALS, SINCE, "Ana")).toEqual([
      {
        dealId: "D9",
        latestAt: t(3),
        events: [{ kind: "removed", at: t(3), source: "pane", author: "Ben" }],
      },
    ]);
  });

  it("orders deals changed at the same time by ID", () => {
    const history = [edit("D2", "amount", 1, 2, t(1)), edit("D1", "amount", 1, 2, t(1))];
    expect(changesSince(history, [], DEALS, SINCE, "Ana").map((g) => g.dealId)).toEqual([
      "D1",
      "D2",
    ]);
  });

  describe("with rows shaped as the store writes them (no author, no kind)", () => {
    it("reads an id set from nothing as added; a new deal's values are not edits to it", () => {
      const history = [
        edit("D2", "id", undefined, "D2", t(1)),
        edit("D2", "amount", undefined, 500, t(1)),
        edit("D2", "amount", 500, 650, t(3)),
        edit("D1", "id", "D1", undefined, t(2)),
      ];
      expect(changesSince(history, [], DEALS, SINCE, "Ana")).toEqual([
        {
          dealId: "D1",
          title: "Acme renewal",
          latestAt: t(2),
          events: [{ kind: "removed", at: t(2), source: "sheet" }],
        },
        {
          dealId: "D2",
          title: "Globex pilot",
          latestAt: t(1),
          events: [{ kind: "added", at: t(1), source: "sheet" }],
        },
      ]);
    });

    it("takes a transition's source from its stage history row, and shows it when unknown", () => {
      const history = [
        { ...edit("D1", "stage", "Lead", "Won", t(1)), source: "pane" as const },
        edit("D3", "stage", "Lead", "Qualified", t(2)),
      ];
      const transitions: StageTransition[] = [
        { dealId: "D1", from: "Lead", to: "Won", at: t(1) },
        { dealId: "D3", from: "Lead", to: "Qualified", at: t(2) },
        { dealId: "D2", to: "Lead", at: t(4) },
      ];
      expect(
        changesSince(history, transitions, DEALS, SINCE, "Ana").map((g) => [g.dealId, g.events]),
      ).toEqual([
        ["D2", [{ kind: "moved", to: "Lead", at: t(4) }]],
        ["D3", [{ kind: "moved", from: "Lead", to: "Qualified", at: t(2), source: "sheet" }]],
      ]);
    });

    it("never shows the sync's own changes", () => {
      const history = [{ ...edit("D1", "id", "", "D1", t(1)), source: "sync" as const }];
      expect(changesSince(history, [], DEALS, SINCE, "Ana")).toEqual([]);
    });
  });
});
