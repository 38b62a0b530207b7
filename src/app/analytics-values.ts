// Live values behind the team and sales-process custom functions (CRM.TEAM, CRM.ATTAINMENT,
// CRM.FUNNEL, CRM.ABNORMAL, CRM.VALUEEFFORT): each recomputes from the runtime's open store,
// read through the repositories only, whenever a sync changes it.
import {
  type DayWindow,
  type OwnerTarget,
  type Quadrant,
  type SpillTable,
  abnormalDeals,
  abnormalTable,
  attainmentOf,
  dealTimelines,
  funnelTable,
  ownerKey,
  ownerPerformance,
  processFunnel,
  teamTable,
  valueEffort,
  valueEffortTable,
} from "../domain/analytics";
import { DEFAULT_STAGES } from "../domain/pipeline";
import { type Result, errorValue } from "../domain/values";
import {
  type CrmDatabase,
  createActivityRepository,
  createCustomerRepository,
  createDealRepository,
  createHistoryRepository,
} from "../store";
import { type FollowStore, type Sink, streamFromStore } from "./live-values";

async function timelinesOf(db: CrmDatabase) {
  const deals = await createDealRepository(db).liveAll();
  const transitions = await createHistoryRepository(db).stageTransitions();
  return dealTimelines(deals, transitions);
}

async function teamFigures(db: CrmDatabase, window: DayWindow) {
  const timelines = await timelinesOf(db);
  const activities = await createActivityRepository(db).liveAll();
  return ownerPerformance(timelines, activities, DEFAULT_STAGES, window);
}

export function streamTeam(
  follow: FollowStore,
  window: DayWindow,
  targets: ReadonlyMap<string, OwnerTarget> | undefined,
  sink: Sink<SpillTable>,
) {
  return streamFromStore(
    follow,
    async (db) => teamTable(await teamFigures(db, window), targets),
    sink,
  );
}

export function streamAttainment(
  follow: FollowStore,
  owner: string,
  target: number,
  window: DayWindow,
  forecast: boolean,
  sink: Sink<number>,
) {
  return streamFromStore(
    follow,
    async (db): Promise<Result<number>> => {
      const rows = await teamFigures(db, window);
      const row = rows.slice(0, -1).find((r) => ownerKey(r.owner) === ownerKey(owner));
      if (row === undefined) return errorValue("#N/A", `no deal or activity has owner "${owner}"`);
      const a = attainmentOf(row, target);
      return forecast ? a.forecastAttainment : a.attainment;
    },
    sink,
  );
}

export function streamFunnel(follow: FollowStore, window: DayWindow, sink: Sink<SpillTable>) {
  return streamFromStore(
    follow,
    async (db) => funnelTable(processFunnel(await timelinesOf(db), DEFAULT_STAGES, window)),
    sink,
  );
}

export function streamAbnormal(follow: FollowStore, today: number, sink: Sink<SpillTable>) {
  return streamFromStore(
    follow,
    async (db) => {
      const timelines = await timelinesOf(db);
      const history = await createHistoryRepository(db).since(0);
      return abnormalTable(abnormalDeals(timelines, history, today));
    },
    sink,
  );
}

export function streamValueEffort(
  follow: FollowStore,
  today: number,
  only: Quadrant | undefined,
  sink: Sink<SpillTable>,
) {
  return streamFromStore(
    follow,
    async (db) => {
      const customers = await createCustomerRepository(db).liveAll();
      const deals = await createDealRepository(db).liveAll();
      const activities = await createActivityRepository(db).liveAll();
      return valueEffortTable(valueEffort(customers, deals, activities, { today }), only);
    },
    sink,
  );
}
