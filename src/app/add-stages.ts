// New stages the user made while mapping a sheet (a lead sheet's "On Hold", an export's own
// stage word): added before Won and Lost, saved in the workbook, and the Stage drop-down follows.
import type { StageDefinition } from "../domain/pipeline/default-stages";
import { insertOpenStages } from "../domain/pipeline/insert-open-stages";
import type { CrmSession } from "./crm-session";

/** The stage list with the user's new stages, saved in the workbook (and the drop-down). */
export async function addStages(
  session: CrmSession,
  added: readonly StageDefinition[],
): Promise<readonly StageDefinition[]> {
  const settings = session.settings();
  if (added.length === 0) return settings.stages;
  const stages = insertOpenStages(settings.stages, added);
  await session.saveSettings({ ...settings, stages });
  await session.port.setStageList(stages, settings.headerMaps.deals);
  return stages;
}
