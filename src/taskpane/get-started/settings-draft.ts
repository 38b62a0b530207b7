// The settings form's fields as typed (percent and day texts), and reading them back into
// settings or a sentence saying what to fix.
import type { CrmSettings } from "../../excel/workbook-settings";

export interface StageDraft {
  readonly name: string;
  /** Percent, e.g. "25". */
  readonly probability: string;
  /** Idle days before a deal is stale; "" = never. */
  readonly staleDays: string;
}

export interface SettingsDraft {
  readonly myName: string;
  readonly stages: readonly StageDraft[];
}

export function toSettingsDraft(settings: CrmSettings): SettingsDraft {
  return {
    myName: settings.myName,
    stages: settings.stages.map((s) => ({
      name: s.name,
      probability: String(Math.round(s.probability * 10000) / 100),
      staleDays: settings.staleDays[s.name] === undefined ? "" : String(settings.staleDays[s.name]),
    })),
  };
}

export function readSettingsDraft(
  draft: SettingsDraft,
  base: CrmSettings,
): { settings: CrmSettings } | { problem: string } {
  if (draft.stages.length === 0) return { problem: "Keep at least one stage." };
  const seen = new Set<string>();
  const staleDays: Record<string, number> = {};
  const stages = [];
  for (const [i, s] of draft.stages.entries()) {
    const name = s.name.trim();
    if (name === "") return { problem: `Stage ${i + 1} needs a name.` };
    if (seen.has(name.toLowerCase())) return { problem: `There are two stages named ${name}.` };
    seen.add(name.toLowerCase());
    const percent = Number(s.probability.trim().replace(/%$/, ""));
    if (s.probability.trim() === "" || !(percent >= 0 && percent <= 100)) {
      return { problem: `The probability of ${name} must be a number from 0 to 100.` };
    }
    stages.push({ name, probability: percent / 100 });
    if (s.staleDays.trim() === "") continue;
    const days = Number(s.staleDays.trim());
    if (!Number.isInteger(days) || days < 1) {
      return { problem: `Stale days for ${name} must be a whole number of days, or empty.` };
    }
    staleDays[name] = days;
  }
  return { settings: { ...base, myName: draft.myName.trim(), stages, staleDays } };
}
